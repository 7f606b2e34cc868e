/**
 * The contenders of the timeline benchmark: 21 series of 12 years (the nation
 * and its 20 regions, one metric) and 20 small multiples (one per region), drawn
 * by <trend-timeline>, by a plain d3-shape SVG baseline with no framework, by
 * Observable Plot and by ECharts; timed from "data loaded" to "painted".
 */
import * as Plot from '@observablehq/plot';
import { line } from 'd3-shape';
import * as echarts from 'echarts';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import { sharedLoader } from '../../src/data/loader.js';
import '../../components/trend-timeline/define.js';
import type { TrendTimeline } from '../../components/trend-timeline/trend-timeline.js';
import { container, holdFetch, painted, renderedAndPainted } from '../support/page.js';

const SRC = new URL('/demo-data/index.json', location.href).href;
const METRIC = 'etwinning.projects';
const WIDTH = 900;
const HEIGHT = 420;
const SVG = 'http://www.w3.org/2000/svg';

interface Series {
  name: string;
  values: (number | null)[];
}

interface BenchData {
  years: number[];
  /** The nation and the 20 regions. */
  series: Series[];
}

type Contender = (data: BenchData) => Promise<number>;

/** The lines as one SVG built by hand with d3-shape: what any chart must at least do. */
function baselineSvg(data: BenchData, series: readonly Series[], width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  let max = 0;
  for (const s of series) for (const v of s.values) if (v !== null && v > max) max = v;
  const x = (i: number) => 30 + (i * (width - 40)) / (data.years.length - 1);
  const y = (v: number) => height - 20 - (v / (max || 1)) * (height - 30);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i))
    .y((v) => y(v!));
  for (const s of series) {
    const p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', path(s.values) ?? '');
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', '#0072b2');
    svg.append(p);
  }
  return svg;
}

const baseline: Contender = async (data) => {
  const start = performance.now();
  container(WIDTH, HEIGHT).append(baselineSvg(data, data.series, WIDTH, HEIGHT));
  await painted();
  return performance.now() - start;
};

const baselineMultiples: Contender = async (data) => {
  const start = performance.now();
  const box = container(WIDTH, HEIGHT);
  box.style.display = 'flex';
  box.style.flexWrap = 'wrap';
  for (const s of data.series.slice(1)) box.append(baselineSvg(data, [s], 150, 60));
  await painted();
  return performance.now() - start;
};

/** A <trend-timeline> of METRIC from SRC (unless `attributes` say otherwise), put on the page. */
function placeTimeline(attributes: Record<string, string>): TrendTimeline {
  const el = document.createElement('trend-timeline') as TrendTimeline;
  for (const [name, value] of Object.entries({ src: SRC, metrics: METRIC, ...attributes })) el.setAttribute(name, value);
  container(WIDTH, HEIGHT).append(el);
  return el;
}

const chartShown = (el: TrendTimeline) => renderedAndPainted(el, () => Boolean(el.shadowRoot?.querySelector('svg')));

async function drawTimeline(attributes: Record<string, string>): Promise<TrendTimeline> {
  const el = placeTimeline(attributes);
  await chartShown(el);
  return el;
}

/**
 * <trend-timeline> created once its data is already loaded (a dashboard adding
 * a chart), timed from creation to paint: its styles, its loading state and
 * every one-off cost of a first chart fall in the time. `second`: another
 * timeline was drawn on the page before, so the one-off costs of a first
 * instance (Lit preparing its templates, the shadow styles, lazily compiled
 * code, fonts) are paid already.
 */
function timeline(attributes: Record<string, string>, second = false): Contender {
  return async () => {
    if (second) (await drawTimeline(attributes)).parentElement!.remove();
    const start = performance.now();
    await drawTimeline(attributes);
    return performance.now() - start;
  };
}

/** How long the data of a timeline that waits for it is held back: a fast network's round trip. */
const DOWNLOAD_MS = 200;
let waitingRun = 0;

/**
 * <trend-timeline> as on any real page: on the page before its data, showing
 * that it loads while the index downloads (held back for DOWNLOAD_MS), then
 * timed like the other contenders, from the loader handing over the validated
 * index to the paint. The index comes from a URL of its own, so that the
 * shared loader fetches it anew; the bench's own request for it is made first,
 * so its callback, which starts the clock, runs before the element's.
 */
function waitingTimeline(attributes: Record<string, string>): Contender {
  return async () => {
    const src = `${SRC}?waiting=${++waitingRun}`;
    const release = holdFetch(src);
    let start = 0;
    const loaded = sharedLoader()
      .index(src)
      .then(() => (start = performance.now()));
    const el = placeTimeline({ ...attributes, src });
    await new Promise((resolve) => setTimeout(resolve, DOWNLOAD_MS));
    release();
    await loaded;
    await chartShown(el);
    return performance.now() - start;
  };
}

const COMPARE_ALL = {
  scope: 'nation',
  // The totals the other contenders draw (by default the element compares the nation and its regions per institution).
  normalisation: 'absolute',
  compare: Array.from({ length: 20 }, (_, i) => `region:${String(i + 1).padStart(2, '0')}`).join(' '),
};

/** The totals the other contenders draw (by default the element draws the small multiples per institution). */
const MULTIPLES = { variant: 'multiples', normalisation: 'absolute' };

/** Plot's rows: one per series and year, the shape its line mark expects. */
const rows = (series: readonly Series[], years: readonly number[]) =>
  series.flatMap((s) => s.values.map((value, i) => ({ name: s.name, year: years[i]!, value })));

const plot: Contender = async (data) => {
  const start = performance.now();
  const svg = Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    marks: [Plot.lineY(rows(data.series, data.years), { x: 'year', y: 'value', z: 'name', stroke: 'name', marker: true })],
  });
  container(WIDTH, HEIGHT).append(svg);
  await painted();
  return performance.now() - start;
};

const plotMultiples: Contender = async (data) => {
  const start = performance.now();
  const svg = Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    fx: { interval: 1 },
    marks: [
      Plot.lineY(
        rows(data.series.slice(1), data.years).map((r, i) => ({
          ...r,
          cell: Math.floor(i / data.years.length) % 5,
          row: Math.floor(i / data.years.length / 5),
        })),
        { x: 'year', y: 'value', fx: 'cell', fy: 'row' },
      ),
    ],
  });
  container(WIDTH, HEIGHT).append(svg);
  await painted();
  return performance.now() - start;
};

const chart: Contender = async (data) => {
  const start = performance.now();
  const instance = echarts.init(container(WIDTH, HEIGHT), undefined, { renderer: 'svg', width: WIDTH, height: HEIGHT });
  instance.setOption({
    animation: false,
    xAxis: { type: 'category', data: data.years.map(String) },
    yAxis: { type: 'value' },
    series: data.series.map((s) => ({ type: 'line', name: s.name, data: s.values, connectNulls: false })),
  });
  await painted();
  return performance.now() - start;
};

const chartMultiples: Contender = async (data) => {
  const start = performance.now();
  const instance = echarts.init(container(WIDTH, HEIGHT), undefined, { renderer: 'svg', width: WIDTH, height: HEIGHT });
  const regions = data.series.slice(1);
  instance.setOption({
    animation: false,
    grid: regions.map((_, i) => ({ left: `${(i % 5) * 20 + 1}%`, top: `${Math.floor(i / 5) * 25 + 2}%`, width: '17%', height: '20%' })),
    xAxis: regions.map((_, i) => ({ type: 'category', gridIndex: i, data: data.years.map(String), show: false })),
    yAxis: regions.map((_, i) => ({ type: 'value', gridIndex: i, show: false })),
    series: regions.map((s, i) => ({ type: 'line', xAxisIndex: i, yAxisIndex: i, data: s.values, showSymbol: false })),
  });
  await painted();
  return performance.now() - start;
};

export const CONTENDERS: Record<string, Contender> = {
  'lines: d3-shape baseline': baseline,
  'lines: trend-timeline': waitingTimeline(COMPARE_ALL),
  'lines: trend-timeline, created after the data': timeline(COMPARE_ALL),
  'lines: trend-timeline, second on the page': timeline(COMPARE_ALL, true),
  'lines: plot': plot,
  'lines: echarts': chart,
  'multiples: d3-shape baseline': baselineMultiples,
  'multiples: trend-timeline': waitingTimeline(MULTIPLES),
  'multiples: trend-timeline, created after the data': timeline(MULTIPLES),
  'multiples: trend-timeline, second on the page': timeline(MULTIPLES, true),
  'multiples: plot': plotMultiples,
  'multiples: echarts': chartMultiples,
};

let data: BenchData;
(window as unknown as { bench: { ready: Promise<void>; run: (name: string) => Promise<number> } }).bench = {
  ready: (async () => {
    // Every contender gets the data already downloaded and validated (through the shared loader).
    const { index } = await sharedLoader().index(SRC);
    const of = (area: NationalIndex['nation'] | NationalIndex['regions'][number]): Series => ({
      name: area.name,
      values: [...(area.values[METRIC] ?? [])],
    });
    data = { years: [...index.years], series: [of(index.nation), ...index.regions.map(of)] };
  })(),
  run: (name) => CONTENDERS[name]!(data),
};
