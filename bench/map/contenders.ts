/**
 * The contenders of the map benchmark, each drawing the same pre-projected
 * comuni with the same colours, timed from "data loaded" to "painted".
 */
import * as Plot from '@observablehq/plot';
import { geoPath, geoIdentity } from 'd3-geo';
import * as echarts from 'echarts';
import { readPackedTopology } from '../../src/contract/packed-topology.js';
import { sharedLoader } from '../../src/data/loader.js';
import { registerAreasLatestKind } from '../../src/contract/area-latest.js';
import { loadAreasLatest } from '../../src/map/load-areas-latest.js';
import '../../components/region-map/define.js';
import type { RegionMap } from '../../components/region-map/region-map.js';
import { renderedAndPainted } from '../support/page.js';
import type L from 'leaflet';
import { drawLeaflet } from './leaflet-map.js';
import { container, HEIGHT, METRIC, painted, prepare, SRC, WIDTH, type BenchData } from './prepare.js';

type Contender = (data: BenchData) => Promise<number>;

const baseline: Contender = async (data) => {
  const start = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  container().append(canvas);
  const ctx = canvas.getContext('2d')!;
  const projection = geoIdentity().fitSize([WIDTH, HEIGHT], data.geojson);
  const path = geoPath(projection, ctx);
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 0.5;
  for (const f of data.geojson.features) {
    ctx.beginPath();
    path(f);
    ctx.fillStyle = data.colours.get(String(f.id)) ?? '#d9dadb';
    ctx.fill();
    ctx.stroke();
  }
  await painted();
  return performance.now() - start;
};

const regionMap: Contender = async () => {
  const start = performance.now();
  const box = container();
  const map = document.createElement('region-map') as RegionMap;
  map.setAttribute('src', SRC);
  map.setAttribute('level', 'comuni');
  map.setAttribute('metric', METRIC);
  // The totals the other contenders draw (without a normalisation the element draws values per institution).
  map.setAttribute('normalisation', 'absolute');
  map.setAttribute('shadow-zones', '');
  map.shadowZones = false;
  box.append(map);
  // Until the element has drawn its canvas (Lit updates and the cached loader are microtasks).
  await renderedAndPainted(map, () => (map.shadowRoot?.querySelector('canvas')?.width ?? 0) > 0);
  return performance.now() - start;
};

/** The last Leaflet layer drawn and its data, for its change of year. */
let leafletDrawn: { layer: L.GeoJSON; data: BenchData } | undefined;

const leaflet: Contender = async (data) => {
  const start = performance.now();
  const layer = drawLeaflet(data.geojson, (f) => data.colours.get(String(f?.id)) ?? '#d9dadb');
  await painted();
  const time = performance.now() - start;
  leafletDrawn = { layer, data };
  return time;
};

/** The years each map is re-coloured to, in this order; the middle time counts. */
const YEARS = [2023, 2024, 2022];

/** The middle time of `YEARS`' changes, each from `change(year)` to the painted frame. */
async function yearChanges(change: (year: number) => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  for (const year of YEARS) {
    const t0 = performance.now();
    await change(year);
    await painted();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1]!;
}

/**
 * Until the page has been idle: what a first paint put off for idle time is done, as when a person's first click
 * comes (a second after the map shows, at the soonest).
 */
async function settled(): Promise<void> {
  await new Promise((done) => setTimeout(done, 1000));
  await new Promise((done) => requestIdleCallback(done, { timeout: 2000 }));
}

/** Changes of year right after the first paint, then once the page is settled. */
export interface Recolours {
  recolourMs: number;
  settledMs: number;
}

/** Leaflet's change of year, after its first paint: the year's classes and colours, then `setStyle`, then painted. */
async function leafletRecolour(): Promise<Recolours> {
  const { layer, data } = leafletDrawn!;
  const change = (year: number) => {
    const colours = data.coloursOf(year);
    layer.setStyle((f) => ({ fillColor: colours.get(String(f?.id)) ?? '#d9dadb' }));
  };
  const recolourMs = await yearChanges(change);
  await settled();
  return { recolourMs, settledMs: await yearChanges(change) };
}

const plot: Contender = async (data) => {
  const start = performance.now();
  const svg = Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    projection: { type: 'identity', domain: data.geojson },
    marks: [
      Plot.geo(data.geojson, {
        fill: (f: { id: string }) => data.colours.get(String(f.id)) ?? '#d9dadb',
        stroke: '#fff',
        strokeWidth: 0.5,
      }),
    ],
  });
  container().append(svg);
  await painted();
  return performance.now() - start;
};

const chart: Contender = async (data) => {
  const start = performance.now();
  const geojson = { ...data.geojson, features: data.geojson.features.map((f) => ({ ...f, properties: { name: String(f.id) } })) };
  echarts.registerMap('comuni', geojson as never);
  const instance = echarts.init(container(), undefined, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
  instance.setOption({
    animation: false,
    series: [
      {
        type: 'map',
        map: 'comuni',
        projection: { project: (p: number[]) => [p[0], -p[1]!], unproject: (p: number[]) => [p[0], -p[1]!] },
        itemStyle: { borderColor: '#fff', borderWidth: 0.5 },
        data: geojson.features.map((f) => ({
          name: String(f.id),
          value: data.values.get(String(f.id)) ?? null,
          itemStyle: { areaColor: data.colours.get(String(f.id)) ?? '#d9dadb' },
        })),
      },
    ],
  });
  await painted();
  return performance.now() - start;
};

export const CONTENDERS: Record<string, Contender> = { baseline, 'region-map': regionMap, leaflet, plot, echarts: chart };

/** Hover hit-testing and re-colouring of <region-map>, after its first paint. */
async function interaction(): Promise<{ hoverMs: number } & Recolours> {
  const map = document.querySelector('region-map') as RegionMap;
  const box = map.shadowRoot!.querySelector<HTMLElement>('[role="application"]')!;
  const rect = box.getBoundingClientRect();
  const moves = 1000;
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  // A mouse's moves: the element shows an area for a mouse only (a finger taps), so moves without a pointer type
  // measured nothing from 2026-11-30 (#19's taps) to 2026-12-02.
  const move = () =>
    box.dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: rect.left + random() * rect.width,
        clientY: rect.top + random() * rect.height,
        pointerType: 'mouse',
        bubbles: true,
      }),
    );
  // The first move draws the picking canvas if the page has not been idle yet since the first paint: not a hit-test.
  move();
  const start = performance.now();
  for (let i = 0; i < moves; i++) move();
  const hoverMs = (performance.now() - start) / moves;
  // The moves must hit areas (a move over the sea shows none), and the map keeps a tooltip open while the year changes
  // below, as under a user's mouse.
  const shown = () => map.shadowRoot!.querySelector('[part~="tooltip"]') !== null;
  for (let tries = 0; tries < 100; tries++) {
    await map.updateComplete;
    if (shown()) break;
    move();
  }
  if (!shown()) throw new Error('the hover measure showed no area: it measured nothing');
  const change = async (year: number) => {
    map.year = year;
    await map.updateComplete;
  };
  const recolourMs = await yearChanges(change);
  await settled();
  return { hoverMs, recolourMs, settledMs: await yearChanges(change) };
}

declare global {
  interface Window {
    bench: {
      ready: Promise<void>;
      run: (name: string) => Promise<number>;
      interaction: typeof interaction;
      leafletRecolour: typeof leafletRecolour;
    };
  }
}

let data: BenchData;
window.bench = {
  ready: (async () => {
    data = await prepare();
    // <region-map> reads through the loader: warm its cache so its data is "loaded" too (the national area
    // file of the metric and its latest year's, which a map without a year draws first, or the region shards for
    // data written before them).
    const loader = sharedLoader();
    const { index } = await loader.index(SRC);
    registerAreasLatestKind();
    // The packed geometry, as the element reads it (src/map/load-map.ts).
    const [, file] = await Promise.all([
      loader.geometry(SRC, 'comuni', undefined, { readPacked: readPackedTopology }),
      loader.areas(SRC, 'comuni', METRIC),
      loadAreasLatest(loader, SRC, 'comuni', METRIC),
    ]);
    if (!file) await Promise.all(index.regions.map((r) => loader.region(SRC, r.code)));
  })(),
  run: (name) => CONTENDERS[name]!(data),
  interaction,
  leafletRecolour,
};
