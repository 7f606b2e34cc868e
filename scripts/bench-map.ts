/**
 * `npm run bench` (map part): <region-map> against a plain d3-geo canvas
 * baseline, Leaflet (GeoJSON layer, canvas renderer), Observable Plot (geo mark)
 * and ECharts (map series), drawing the same ~7,900 pre-projected comuni in
 * headless Chromium, from data loaded to first paint; median of 9 fresh pages
 * each, all in one run. Then hover hit-testing of <region-map>, and its change of
 * year against Leaflet's `setStyle`, right after the first paint and once the
 * page has settled; and the national comuni map from a cold cache against
 * Leaflet, in 15 rounds.
 * Every figure with a target comes with its 95% interval over the rounds
 * (bench/support/intervals.ts), and a target is called met only when the whole
 * interval is within it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { METRIC } from '../bench/map/metric.js';
import { areaRows } from '../src/contract/area-rows.js';
import { validateDocument } from '../src/contract/validate.js';
import { bundleBenchPage, median, runRounds, startHarness } from '../bench/support/node-harness.js';
import { atLeastRow, atMostRow, formatInterval, medianInterval, medianRatioInterval } from '../bench/support/intervals.js';
import { slowestStepKey } from '../bench/support/thread-time.js';

/**
 * One GeoJSON of the national comuni with the last year's value of the bench's
 * metric in each feature: what a Leaflet map would be given, made from the
 * same demo data the element reads. Twice: with every coordinate as decoding
 * the topology gives it (~17 digits, as a tool that converts TopoJSON writes
 * it), and rounded to 0.01 unit, below the topology's quantisation step
 * (0.09 to 0.12 unit), so that nothing of the shapes is lost: a leaner file
 * Leaflet is fairly given too.
 */
function writeColdGeoJson(): void {
  const topology = JSON.parse(readFileSync('demo-data/geo/comuni/italia.topo.json', 'utf8')) as Topology;
  const file = validateDocument(JSON.parse(readFileSync(`demo-data/areas/comuni/${METRIC}.json`, 'utf8')), ['areas']);
  const values = new Map(areaRows(file).map((area) => [area.code, area.values[METRIC]!.at(-1) ?? null]));
  const geojson = feature(topology, topology.objects['comuni'] as GeometryCollection) as unknown as {
    features: { id?: string | number; geometry: unknown; properties: Record<string, unknown> }[];
  };
  geojson.features = geojson.features
    .filter((f) => f.geometry)
    .map((f) => ({ ...f, properties: { value: values.get(String(f.id)) ?? null } }));
  mkdirSync('.cache/bench-map-cold', { recursive: true });
  writeFileSync('.cache/bench-map-cold/comuni.geojson', JSON.stringify(geojson));
  // A position is the only array of numbers in a feature.
  const rounded = (_key: string, value: unknown) =>
    Array.isArray(value) && typeof value[0] === 'number' ? value.map((n: number) => Math.round(n * 100) / 100) : value;
  writeFileSync('.cache/bench-map-cold/comuni-rounded.geojson', JSON.stringify(geojson, rounded));
}

const RUNS = 9;
// More rounds for the cold first picture: its ratio's interval (below) narrows as the rounds add up.
const COLD_RUNS = 15;
const url = await bundleBenchPage(
  'bench-map',
  'bench/map/contenders.ts',
  '<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">',
);
const COLD = ['cold: region-map', 'cold: leaflet', 'cold: leaflet, rounded'];
// What the first picture leaves for later (the other years), timed on its own pages: not one marked step.
const COLD_THEN = 'cold: region-map, then another year';
writeColdGeoJson();
const coldUrl = await bundleBenchPage(
  'bench-map-cold',
  'bench/map/cold.ts',
  '<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">',
);
const harness = await startHarness();

try {
  const interactions: { hoverMs: number; recolourMs: number; settledMs: number }[] = [];
  const leafletRecolours: { recolourMs: number; settledMs: number }[] = [];
  const results = await runRounds(
    harness,
    url,
    ['baseline', 'region-map', 'leaflet', 'plot', 'echarts'],
    RUNS,
    { width: 1100, height: 1300 },
    async (name, page) => {
      if (name === 'region-map') interactions.push(await page.evaluate(() => window.bench.interaction()));
      if (name === 'leaflet') leafletRecolours.push(await page.evaluate(() => window.bench.leafletRecolour()));
    },
  );
  const ours = median(results['region-map']!);
  const base = median(results.baseline!);
  console.table(
    Object.entries(results).map(([name, times]) => ({
      contender: name,
      'median ms': median(times).toFixed(1),
      'vs baseline': (median(times) / base).toFixed(2),
      'vs region-map': (median(times) / ours).toFixed(2),
    })),
  );
  // Each ratio with its 95% interval over the rounds (each round drew every contender), and whether the
  // whole interval meets its target.
  // A change of year right after the first paint (while what it put off for idle time may still be waiting) and once
  // the page has settled (as a person's first click comes): the target is judged on the settled one.
  const recolours = interactions.map((i) => i.recolourMs);
  const leafletNow = leafletRecolours.map((i) => i.recolourMs);
  const settledOurs = interactions.map((i) => i.settledMs);
  const settledLeaflet = leafletRecolours.map((i) => i.settledMs);
  console.table([
    {
      measure: 'first paint, region-map / baseline',
      ...atMostRow(medianRatioInterval(results['region-map']!, results.baseline!), 1.25, 2),
    },
    ...['leaflet', 'plot', 'echarts'].map((name) => ({
      measure: `${name} / region-map`,
      ...atLeastRow(medianRatioInterval(results[name]!, results['region-map']!), 2, 2),
    })),
    { measure: 'hover hit-test per pointer move (ms)', ...atMostRow(medianInterval(interactions.map((i) => i.hoverMs)), 1, 3) },
    { measure: 'change of year, settled page, re-colour to paint (ms)', ...atMostRow(medianInterval(settledOurs), 50, 1) },
    {
      measure: 'change of year, settled page, Leaflet canvas setStyle to paint (ms)',
      value: formatInterval(medianInterval(settledLeaflet), 1),
      target: '-',
    },
    {
      measure: 'change of year, settled page, region-map / Leaflet setStyle',
      ...atMostRow(medianRatioInterval(settledOurs, settledLeaflet), 1, 2),
    },
    {
      measure: 'change of year right after the first paint: region-map; Leaflet setStyle (ms)',
      value: `${formatInterval(medianInterval(recolours), 1)}; ${formatInterval(medianInterval(leafletNow), 1)}`,
      target: '-',
    },
    {
      measure: 'the same, region-map / Leaflet setStyle',
      value: formatInterval(medianRatioInterval(recolours, leafletNow), 2),
      target: '-',
    },
  ]);
  // Time to the first picture with the data counted, from a cold cache (issue #19).
  // Each page's whole run is one marked step: its main-thread CPU time too (on this shared machine the
  // clock also counts waiting for the downloads and for the processor).
  const cold = await runRounds(harness, coldUrl, [...COLD, COLD_THEN], COLD_RUNS, { width: 1100, height: 1300 }, undefined, COLD);
  const ourCold = median(cold['cold: region-map']!);
  const leafletCold = median(cold['cold: leaflet']!);
  const ourCpu = median(cold[slowestStepKey('cold: region-map')]!);
  const leafletCpu = median(cold[slowestStepKey('cold: leaflet')]!);
  const leafletRounded = median(cold['cold: leaflet, rounded']!);
  // Each round ran both on the same machine at about the same moment: its ratio, round by round, shows how
  // far the medians' ratio can be trusted on a machine whose speed wanders.
  const rounds = cold['cold: region-map']!.map((ours, r) => ours / cold['cold: leaflet']![r]!).sort((a, b) => a - b);
  // The ratios with their 95% intervals (a bootstrap of the rounds): a target is met only when the whole interval is.
  const coldRatio = medianRatioInterval(cold['cold: region-map']!, cold['cold: leaflet']!);
  const cpuRatio = medianRatioInterval(cold[slowestStepKey('cold: region-map')]!, cold[slowestStepKey('cold: leaflet')]!);
  console.table([
    { measure: 'cold cache to first picture, region-map (ms)', value: ourCold.toFixed(1), target: '-' },
    { measure: 'cold cache to first picture, Leaflet canvas, one GeoJSON (ms)', value: leafletCold.toFixed(1), target: '-' },
    { measure: 'cold cache to first picture, region-map / Leaflet', ...atMostRow(coldRatio, 0.5, 3) },
    {
      measure: 'the same, round by round: lowest to highest; rounds within 0.5',
      value: `${rounds[0]!.toFixed(3)} to ${rounds.at(-1)!.toFixed(3)}; ${rounds.filter((ratio) => ratio <= 0.5).length} of ${rounds.length}`,
      target: '-',
    },
    { measure: 'the same, Leaflet given the GeoJSON rounded to 0.01 (ms)', value: leafletRounded.toFixed(1), target: '-' },
    { measure: 'the same, region-map / Leaflet given the rounded GeoJSON', value: (ourCold / leafletRounded).toFixed(2), target: '-' },
    {
      measure: 'the same, main-thread CPU: region-map; Leaflet (ms)',
      value: `${ourCpu.toFixed(1)}; ${leafletCpu.toFixed(1)}`,
      target: '-',
    },
    { measure: 'the same, main-thread CPU: region-map / Leaflet', value: formatInterval(cpuRatio, 2), target: '-' },
    {
      // The first picture reads the latest year's file (Leaflet's GeoJSON holds that one year too); the other years come
      // with the whole file once it is drawn. A change of year asked for at once waits for it: the cost put off.
      measure: 'region-map, cold, then a change of year at once, to its picture (ms); / Leaflet first picture',
      value: `${formatInterval(medianInterval(cold[COLD_THEN]!), 1)}; ${formatInterval(medianRatioInterval(cold[COLD_THEN]!, cold['cold: leaflet']!), 2)}`,
      target: '-',
    },
  ]);
} finally {
  await harness.close();
}
