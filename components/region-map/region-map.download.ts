/**
 * A download asked for: the export code (region-map.export.ts) comes only
 * then, since most visitors never download; a failure is said beside the
 * buttons (src/element/download-note.ts).
 */
import type { DownloadNote } from '../../src/element/download-note.js';
import type { DownloadKind } from '../../src/element/download-buttons.js';
import type { MapExport } from './region-map.export.js';

export function downloadMapLater(host: HTMLElement, kind: DownloadKind, note: DownloadNote, view: Omit<MapExport, 'font'>): void {
  const font = getComputedStyle(host).fontFamily || 'sans-serif';
  note.started();
  import('./region-map.export.js')
    .then(({ downloadMap }) => downloadMap(host, kind, { ...view, font }))
    .catch((error: unknown) => note.failed(kind, error));
}
