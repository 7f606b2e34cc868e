/**
 * Time to the first picture with the data counted (issue #19): a fresh page,
 * nothing downloaded, from the element (or the map) created to painted.
 * - <region-map> of all Italy's comuni: the index, the national comuni
 *   geometry and the national area file of the metric, each validated;
 * - Leaflet's canvas renderer drawing one GeoJSON of the same comuni with the
 *   same values (written by scripts/bench-map.ts from the demo data), coloured
 *   by the same quantile classes; and the same from a GeoJSON whose
 *   coordinates are rounded to 0.01 unit (half the bytes, the same shapes).
 * Each is also one marked step, whose main-thread CPU time the Node side reads
 * (bench/support/thread-time.ts).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import '../../components/region-map/define.js';
import type { RegionMap } from '../../components/region-map/region-map.js';
import { drawLeaflet } from './leaflet-map.js';
import { sharedLoader } from '../../src/data/loader.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { END_MARK, STEP_MARK } from '../support/thread-time.js';
import { container, METRIC, painted, quantileColour, SRC } from './prepare.js';

const GEOJSON = new URL('/.cache/bench-map-cold/comuni.geojson', location.href).href;
const ROUNDED = new URL('/.cache/bench-map-cold/comuni-rounded.geojson', location.href).href;

/** Leaflet from a cold cache: the GeoJSON at `url` fetched, parsed, coloured by the quantile classes, drawn, painted. */
async function coldLeaflet(url: string): Promise<number> {
  performance.mark(STEP_MARK);
  const start = performance.now();
  const geojson = (await (await fetch(url)).json()) as FeatureCollection<Geometry, { value: number | null }>;
  const colour = quantileColour(geojson.features.flatMap((f) => (f.properties.value === null ? [] : [f.properties.value])));
  drawLeaflet(geojson, (f) => {
    const value = (f?.properties as { value: number | null } | undefined)?.value ?? null;
    return value === null ? '#d9dadb' : colour(value);
  });
  await painted();
  performance.mark(END_MARK);
  return performance.now() - start;
}

/** Until the paint of the first frame where `done()` holds, seen at the start of each frame. */
async function paintedWhen(done: () => boolean, start: number): Promise<void> {
  while (!(await painted(done))) {
    if (performance.now() - start > 30_000) throw new Error('<region-map> did not draw within 30 s');
  }
}

/** <region-map> of all Italy's comuni created, until its first picture is painted (no year: the latest year's file). */
async function coldMap(): Promise<{ map: RegionMap; start: number }> {
  const start = performance.now();
  const map = document.createElement('region-map') as RegionMap;
  map.setAttribute('src', SRC);
  map.setAttribute('level', 'comuni');
  map.setAttribute('metric', METRIC);
  // The totals Leaflet's GeoJSON holds (without a normalisation the element draws values per institution).
  map.setAttribute('normalisation', 'absolute');
  container().append(map);
  // The canvas drawn, its data downloaded: seen at the start of each frame, so that work the element leaves for idle
  // time after it (its picking canvas, the whole area file) is not counted, nor a frame missed.
  await paintedWhen(() => (map.shadowRoot?.querySelector('canvas')?.width ?? 0) > 0, start);
  return { map, start };
}

const contenders: Record<string, () => Promise<number>> = {
  'cold: region-map': async () => {
    performance.mark(STEP_MARK);
    const { start } = await coldMap();
    performance.mark(END_MARK);
    return performance.now() - start;
  },
  // What the first picture leaves for later: the other years (the whole area file), asked for at once by a change of
  // year as soon as the map is drawn, until that year is painted.
  'cold: region-map, then another year': async () => {
    const { map, start } = await coldMap();
    // The year before the last, from the index the map has read (the page's loader answers from its cache).
    const year = (await sharedLoader().index(SRC)).index.years.at(-2)!;
    map.year = year;
    // Until the picture's title says that year: the whole file downloaded, read and drawn.
    const title = () => map.shadowRoot!.querySelector('.note strong')?.textContent ?? '';
    await paintedWhen(() => title().includes(formatSchoolYear(year)), start);
    return performance.now() - start;
  },
  'cold: leaflet': () => coldLeaflet(GEOJSON),
  'cold: leaflet, rounded': () => coldLeaflet(ROUNDED),
};

const coldPage = () => Promise.reject(new Error('cold page'));
window.bench = { ready: Promise.resolve(), run: (name) => contenders[name]!(), interaction: coldPage, leafletRecolour: coldPage };
