/**
 * A map's head start: the files it will read are asked for at the addresses
 * the data tools give them (src/contract/file-layout.ts) while its index is
 * still on its way, through the same requests and cache entries the loader
 * uses once the index names them. On a cold page the index arrives while the
 * element is first laid out, and its geometry and values used to be asked for
 * only after it had been read and checked: ~30 ms after it had arrived on a
 * local server (marks through the page of npm run bench:map), and a round trip
 * more on any network.
 *
 * Only a source named `index.json` gets a head start (a bundle, or an index of
 * another name, is read as before); the index stays the authority: a file it
 * does not name is never used, and an address it does not name only costs
 * that request (a host that moved the files: the console shows its 404).
 */
import { AREAS_FILE, AREAS_LATEST_FILE, GEOMETRY_FILES, REGION_FILE } from '../contract/file-layout.js';
import type { ContractLoader, GeometryOptions } from '../data/loader.js';
import { documentAhead } from '../data/index-ahead.js';
import { layoutUrl } from '../data/shard-urls.js';
import { isSurveyMetric } from './drill.js';

/** What a map shows: its level, region (two digits, or none: all Italy) and metric (none: the index's first, unknown yet). */
export interface HeadStartView {
  level: 'regions' | 'provinces' | 'comuni';
  region: string;
  metric: string;
  /** It shows the latest year (no year asked): a national map reads that year's file first (src/contract/area-latest.ts). */
  latest?: boolean;
}

/** The files a map reads, at their addresses: its packed geometry layer, and its national area file or its region's shard, if any. */
export interface HeadStartUrls {
  packed: { url: string; layer: HeadStartView['level']; object: string };
  areas: string | null;
  /** Whether `areas` is a latest year's file. */
  latest: boolean;
  shard: string | null;
}

/** The addresses a map of `view` reads from a source laid out by the data tools, or null when `src` is not such a source. */
export function headStartUrls(src: string, view: HeadStartView): HeadStartUrls | null {
  const { level, region, metric, latest = false } = view;
  const layer = level === 'comuni' ? (region ? GEOMETRY_FILES.comuni : GEOMETRY_FILES.comuniNational) : GEOMETRY_FILES[level];
  const packed = /^(\d{2})?$/.test(region) ? layoutUrl(src, layer.packed, region ? { region } : {}) : null;
  if (packed === null) return null;
  // All Italy's comuni or provinces: the national area file of the metric (a survey's estimate comes from its wave instead).
  const areas =
    level !== 'regions' && !region && metric !== '' && !isSurveyMetric(metric)
      ? layoutUrl(src, latest ? AREAS_LATEST_FILE : AREAS_FILE, { level, metric })
      : null;
  // Inside a region: its shard (at regions level the points come from the index's tallies).
  const shard = level !== 'regions' && region ? layoutUrl(src, REGION_FILE, { region }) : null;
  return { packed: { url: packed, layer: level, object: layer.object }, areas, latest: latest && areas !== null, shard };
}

/**
 * Asks for what a map of `view` will read before its index has arrived; the
 * answers wait in the loader's cache for the loader's own calls. Nothing is
 * reported here: an error reaches the map, if at all, when the index names
 * the file. `signal` (the map's) gives the requests up with the map.
 */
export function headStart(
  loader: ContractLoader,
  src: string,
  view: HeadStartView,
  readPacked: NonNullable<GeometryOptions['readPacked']>,
  signal: AbortSignal,
): void {
  const urls = headStartUrls(src, view);
  if (!urls) return;
  const { url, layer, object } = urls.packed;
  loader.packedAt(url, layer, object, readPacked, { signal }).catch(() => undefined);
  if (urls.areas) documentAhead(loader, urls.areas, urls.latest ? 'areas-latest' : 'areas', signal);
  if (urls.shard) documentAhead(loader, urls.shard, 'region', signal);
}
