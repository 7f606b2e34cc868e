/**
 * An element's download buttons as one group under one word: «Scarica: CSV
 * Excel SVG PNG». Each button keeps its whole name for a screen reader and a
 * voice command («Scarica CSV», «Scarica Excel (XLSX)»: the words around the
 * visible one visually hidden inside the button), where four buttons that each
 * said «Scarica» took two rows of a phone's toolbar and more. The group wraps
 * as a whole, after the word.
 */
import { html } from 'lit';

export type DownloadKind = 'csv' | 'xlsx' | 'svg' | 'png';

/** What each file is called on its button, and what its name adds unseen: a spreadsheet by the program most readers know it by. */
const FILE_NAMES: Record<DownloadKind, readonly [shown: string, unseen: string]> = {
  csv: ['CSV', ''],
  xlsx: ['Excel', ' (XLSX)'],
  svg: ['SVG', ''],
  png: ['PNG', ''],
};

export function renderDownloads<K extends DownloadKind>(label: string, kinds: readonly K[], download: (kind: K) => void) {
  return html`<span class="downloads" role="group" aria-label=${label}
    ><span aria-hidden="true">${label}:</span>
    ${kinds.map((kind) => {
      const [shown, unseen] = FILE_NAMES[kind];
      return html`<button type="button" @click=${() => download(kind)}>
        <span class="visually-hidden">${label} </span>${shown}<span class="visually-hidden">${unseen}</span>
      </button>`;
    })}</span
  >`;
}
