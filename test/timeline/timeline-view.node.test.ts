import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/element/usage-error.ts';
import type { TimelineData } from '../../src/timeline/load-timeline.ts';
import { provisionalFlags } from '../../src/contract/provisional-years.ts';
import { annotationsOf, metricsOf, timelineView, type TimelineInputs } from '../../src/timeline/timeline-view.ts';
import { indexFixture } from '../fixtures/contract.fixture.ts';
import { MESSAGES } from '../../components/trend-timeline/trend-timeline.messages.ts';
import { tableValue, trendSentence, valuesAt } from '../../components/trend-timeline/trend-timeline.text.ts';
import { wilson } from '../../src/util/wilson.ts';
import { chartModel } from '../../src/timeline/chart-model.ts';
import { differenceInterval } from '../../src/util/mover.ts';
import { countRateInterval } from '../../src/map/count-rates.ts';
import { timelineCsv, timelineTable, timelineXlsx } from '../../components/trend-timeline/trend-timeline.export.ts';
import { readSheet } from 'read-excel-file/node';
import { provenanceOf } from '../../src/util/provenance.ts';

const LABELS = {
  nation: 'Italia',
  modes: { perSchool: 'per istituzione', per1000Students: 'ogni 1.000 studenti' },
  share: 'quota sul totale delle istituzioni',
  levels: MESSAGES.it.levels,
};
/** An Italian CSV of the view, line by line, without its byte-order mark. */
const csvLines = (view: Parameters<typeof timelineCsv>[0]) =>
  timelineCsv(view, MESSAGES.it, 'it')
    .replace(/^\uFEFF/, '')
    .split('\n');

const INPUTS: TimelineInputs = { metrics: '', normalisation: 'absolute', view: 'lines', variant: 'full' };

function dataOf(): TimelineData {
  const index = indexFixture();
  const toscana = index.regions.find((r) => r.code === '09')!;
  return {
    index,
    scopes: [
      { ...toscana, scope: { level: 'region', code: '09' }, parents: [{ level: 'nation', code: 'IT' }] },
      { ...index.nation, scope: { level: 'nation', code: 'IT' }, parents: [] },
    ],
  };
}

describe('timeline view', () => {
  it("reaches at least the value axis's top a page sets (value-max), in the chart's unit, never cutting a value off", () => {
    // Toscana's projects peak at 6: the axis's top is a round 6 or so on its own.
    const own = timelineView(dataOf(), INPUTS, 'it', LABELS);
    assert.equal(own.valueMax, undefined);
    const box = { width: 600, height: 300, top: 10, right: 10, bottom: 20, left: 40 };
    const ownTop = chartModel(own.series, own.years.length, box).max;
    assert.ok(ownTop < 20);
    const shared = timelineView(dataOf(), { ...INPUTS, valueMax: '20' }, 'it', LABELS);
    assert.equal(shared.valueMax, 20);
    assert.equal(chartModel(shared.series, shared.years.length, box, false, shared.valueMax).max, 20);
    // Below the data's highest value: the data's own top, nothing cut off.
    const low = timelineView(dataOf(), { ...INPUTS, valueMax: '2' }, 'it', LABELS);
    assert.equal(chartModel(low.series, low.years.length, box, false, low.valueMax).max, ownTop);
    // Counts take plain numbers: a percentage, a decimal comma or two values are said, and the data's top is kept.
    for (const [written, problem] of [
      ['20%', 'plain'],
      ['2,5', 'number'],
      ['10 20', 'count'],
    ] as const) {
      const view = timelineView(dataOf(), { ...INPUTS, valueMax: written }, 'it', LABELS);
      assert.equal(view.valueMax, undefined);
      assert.equal(view.valueMaxIgnored?.problem, problem);
    }
    // A share per institution is written in percent, with its sign.
    const data = dataOf();
    data.index.metrics[0] = { ...data.index.metrics[0]!, counts: 'institutions' };
    const shares = { ...INPUTS, normalisation: 'perSchool' };
    assert.equal(timelineView(data, { ...shares, valueMax: '50%' }, 'it', LABELS).valueMax, 0.5);
    assert.equal(timelineView(data, { ...shares, valueMax: '0.5' }, 'it', LABELS).valueMaxIgnored?.problem, 'percent');
  });

  it('makes one series per scope, named by the scope, with gaps kept as gaps', () => {
    const view = timelineView(dataOf(), INPUTS, 'it', LABELS);
    assert.deepEqual(
      view.series.map((s) => s.label),
      ['Toscana', 'Italia'],
    );
    assert.deepEqual(view.series[0]!.values, [3, 4, null, 6]);
    assert.equal(view.title, 'Progetti eTwinning');
    assert.equal(view.unit, 'count');
  });

  it('marks a rate whose area has values but nothing to divide them by, and says why rather than "no data"', () => {
    const data = dataOf();
    // Toscana's students not counted (as Trentino-Alto Adige's): no rate per 1,000 students, its projects counted all the same.
    data.scopes[0] = { ...data.scopes[0]!, students: null };
    const view = timelineView(data, { ...INPUTS, normalisation: 'per1000Students' }, 'it', LABELS);
    assert.deepEqual(
      view.series.map((s) => s.undivided),
      ['students', undefined],
    );
    assert.equal(trendSentence(view.series[0]!, view, MESSAGES.it, 'it'), 'Toscana: nessuno studente contato, tasso non calcolabile.');
    // Nothing counted at all is no data; a count is never a missing rate.
    data.scopes[0] = { ...data.scopes[0]!, values: { 'etwinning.projects': [null, null, null, null] } };
    const empty = timelineView(data, { ...INPUTS, normalisation: 'per1000Students' }, 'it', LABELS);
    assert.equal(trendSentence(empty.series[0]!, empty, MESSAGES.it, 'it'), 'Toscana: nessun dato.');
    assert.equal(timelineView(dataOf(), INPUTS, 'it', LABELS).series[0]!.undivided, undefined);
  });

  it('piles up no count of institutions beside another series: an institution active in two programmes would count twice', () => {
    const data = dataOf();
    const projects = data.index.metrics.find((m) => m.id === 'etwinning.projects')!;
    const active = (id: string, name: string) => ({ ...projects, id, label: { it: name, en: name }, counts: 'institutions' as const });
    data.index = {
      ...data.index,
      metrics: [...data.index.metrics, active('etwinning.active', 'eTwinning'), active('erasmus.active', 'Erasmus+')],
    };
    data.scopes = data.scopes.map((scope) => ({
      ...scope,
      values: { ...scope.values, 'etwinning.active': [1, 2, 2, 1], 'erasmus.active': [0, 1, 1, 1] },
    }));
    const view = (metrics: string) => timelineView(data, { ...INPUTS, view: 'stacked', metrics }, 'it', LABELS);
    const both = view('etwinning.active erasmus.active');
    assert.deepEqual([both.stacked, both.canStack, both.stackRefused], [false, false, ['eTwinning', 'Erasmus+']]);
    // Drawn as lines instead: every scope compared, as lines are.
    assert.equal(both.series.length, 4);
    assert.equal(
      MESSAGES.it.stackRefused(both.stackRefused!),
      "Aree impilate non disponibili: «eTwinning» e «Erasmus+» contano istituzioni, che non si sommano ad altre serie: un'istituzione attiva in più programmi si conterebbe più volte. Si vedono le linee.",
    );
    // Beside projects: institutions and projects do not add up either.
    assert.deepEqual(view('etwinning.active etwinning.projects').stackRefused, ['eTwinning']);
    // One count of institutions alone, counts of projects and the default programme mix pile up as before.
    for (const metrics of ['etwinning.active', 'etwinning.projects', ''])
      assert.deepEqual([view(metrics).stacked, view(metrics).canStack, view(metrics).stackRefused], [true, true, null], metrics);
    // Asked for lines, nothing is refused; the toolbar still knows they cannot be piled.
    const lines = timelineView(data, { ...INPUTS, metrics: 'etwinning.active erasmus.active' }, 'it', LABELS);
    assert.deepEqual([lines.stacked, lines.canStack, lines.stackRefused], [false, false, null]);
  });

  it('marks a series whose values an earlier one has every year, and says it; not in the stacked view, nor without data', () => {
    // The fixture's one region is its nation: Italy's line lies on Toscana's.
    const view = timelineView(dataOf(), INPUTS, 'it', LABELS);
    assert.deepEqual(
      view.series.map((s) => s.sameAs),
      [undefined, 0],
    );
    assert.match(
      trendSentence(view.series[1]!, view, MESSAGES.it, 'it'),
      /\. Gli stessi valori di Toscana in ogni anno: le due linee coincidono\.$/,
    );
    assert.doesNotMatch(trendSentence(view.series[0]!, view, MESSAGES.it, 'it'), /stessi valori/);
    const english = timelineView(dataOf(), INPUTS, 'en', LABELS);
    assert.match(
      trendSentence(english.series[1]!, english, MESSAGES.en, 'en'),
      / The same values as Toscana every year: the two lines coincide\.$/,
    );
    // One year apart, or a gap where the other has a value: each line shows.
    for (const values of [
      [3, 4, null, 7],
      [3, 4, 5, 6],
    ]) {
      const data = dataOf();
      data.scopes[1] = { ...data.scopes[1]!, values: { 'etwinning.projects': values } };
      assert.equal(timelineView(data, INPUTS, 'it', LABELS).series[1]!.sameAs, undefined);
    }
    // Two series without any data have nothing drawn to hide.
    const empty = dataOf();
    empty.scopes = empty.scopes.map((scope) => ({ ...scope, values: { 'etwinning.projects': [null, null, null, null] } }));
    assert.deepEqual(
      timelineView(empty, INPUTS, 'it', LABELS).series.map((s) => s.sameAs),
      [undefined, undefined],
    );
    // Piled up, equal layers do not lie on each other.
    const stacked = timelineView(dataOf(), { ...INPUTS, view: 'stacked' }, 'it', LABELS);
    assert.ok(stacked.series.every((s) => s.sameAs === undefined));
  });

  it('names series by metric and scope when there are several of each, in the language asked', () => {
    const data = dataOf();
    const ka1 = { ...data.index.metrics[0]!, id: 'erasmus.ka1', programme: 'erasmus', label: { it: 'Mobilità KA1', en: 'KA1 mobility' } };
    data.index.metrics.push(ka1);
    const view = timelineView(data, { ...INPUTS, metrics: 'etwinning.projects erasmus.ka1' }, 'en', LABELS);
    assert.equal(view.series.length, 4);
    assert.equal(view.series[0]!.label, 'eTwinning projects · Toscana');
    assert.equal(view.series[1]!.label, 'KA1 mobility · Toscana');
    assert.deepEqual(view.series[1]!.provisional, [false, true, true, true]);
    assert.equal(view.title, 'eTwinning projects, KA1 mobility · Toscana');
  });

  it('normalises when every metric allows it, and says so in the title', () => {
    const view = timelineView(dataOf(), { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    assert.equal(view.mode, 'perSchool');
    assert.deepEqual(view.series[0]!.values, [1.5, 2, null, 3]);
    assert.equal(view.title, 'Progetti eTwinning per istituzione');
    assert.equal(view.modeUnavailable, null);
    // A metric that does not offer it: absolute values, and the metrics that lack it named to say so.
    const data = dataOf();
    data.index.metrics[0]!.normalisations = [];
    const absolute = timelineView(data, { ...INPUTS, normalisation: 'perSchool' }, 'en', LABELS);
    assert.equal(absolute.mode, 'absolute');
    assert.deepEqual(absolute.modeUnavailable, { mode: 'perSchool', metrics: ['eTwinning projects'] });
    // No attribute, or an empty one, asks for absolute values.
    assert.equal(timelineView(data, { ...INPUTS, normalisation: '' }, 'it', LABELS).modeUnavailable, null);
  });

  it('shows counts of institutions per institution as shares, said in the title and in the trend as percentage points', () => {
    const data = dataOf();
    data.index.metrics[0]!.counts = 'institutions';
    const view = timelineView(data, { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    assert.equal(view.share, true);
    assert.equal(view.title, 'Progetti eTwinning (quota sul totale delle istituzioni)');
    assert.equal(timelineView(data, INPUTS, 'it', LABELS).share, false, 'the count itself is no share');
    assert.equal(
      timelineView(dataOf(), { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS).share,
      false,
      'nor projects per institution',
    );
    // Toscana's 0.15 to 0.3 (the fixture's values as shares): "da 15% … a 30% (+15 punti)", not "(+100%)".
    const shares = { ...view, series: [{ ...view.series[0]!, values: [0.15, 0.2, null, 0.3] }] };
    assert.match(
      trendSentence(shares.series[0]!, shares, MESSAGES.it, 'it'),
      /da 15% nel 2021\/22 a 30% nel 2024\/25 \(\+15 punti percentuali\)/,
    );
    assert.match(
      trendSentence(shares.series[0]!, shares, MESSAGES.en, 'en'),
      /from 15% in 2021\/22 to 30% in 2024\/25 \(\+15 percentage points\)/,
    );
    // A change shown as 1 takes the singular (0.96 points are shown «+1»).
    const one = { ...view, series: [{ ...view.series[0]!, values: [0.15, 0.2, null, 0.1596] }] };
    assert.match(trendSentence(one.series[0]!, one, MESSAGES.it, 'it'), /\(\+1 punto percentuale\)/);
    assert.match(trendSentence(one.series[0]!, one, MESSAGES.en, 'en'), /\(\+1 percentage point\)/);
    const plain = timelineView(dataOf(), { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    assert.match(trendSentence(plain.series[0]!, plain, MESSAGES.it, 'it'), /\(\+100%\)/);
    // The CSV writes the percentages the chart shows, its headings saying so.
    const csv = csvLines(shares);
    assert.equal(csv[0], 'Anno scolastico;Toscana (%);Provvisorio');
    assert.equal(csv[1], '2021/22;15;');
    assert.match(timelineCsv(plain, MESSAGES.it, 'it'), /;Toscana;/);
  });

  it('writes the same table as an XLSX workbook: years as text, the percentages as numbers, where it comes from on a second sheet', async () => {
    const data = dataOf();
    data.index.metrics[0]!.counts = 'institutions';
    const view = timelineView(data, { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    const shares = { ...view, series: [{ ...view.series[0]!, values: [0.15, 0.2, null, 0.3] }] };
    const about = provenanceOf(data.index, shares.title, false, 'it');
    const bytes = Buffer.from(await (await timelineXlsx(shares, MESSAGES.it, 'it', about)).arrayBuffer());
    const table = (await readSheet(bytes, 1)) as unknown[][];
    assert.deepEqual(table, timelineTable(shares, MESSAGES.it));
    assert.deepEqual(table.slice(0, 2), [
      ['Anno scolastico', 'Toscana (%)', 'Provvisorio'],
      ['2021/22', 15, null],
    ]);
    const sources = (await readSheet(bytes, 2)) as unknown[][];
    assert.deepEqual(sources[0], ['Titolo', shares.title]);
  });

  it("gives a share its 95% interval each year, in the tooltip, the table, the CSV and the stacked view's words; other values none", () => {
    const data = dataOf();
    data.index.metrics[0]!.counts = 'institutions';
    // Toscana's and Italy's 2 institutions, 1, 1, none and 2 of them active.
    for (const area of data.scopes) (area.values as Record<string, (number | null)[]>)['etwinning.projects'] = [1, 1, null, 2];
    const view = timelineView(data, { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    const toscana = view.series[0]!;
    assert.deepEqual(toscana.intervals, [wilson(1, 2), wilson(1, 2), null, wilson(2, 2)]);
    assert.equal(valuesAt(view, 0, MESSAGES.it, 'it')[0], 'Toscana: 50%; al 95% tra 9,5% e 90,5%');
    assert.equal(valuesAt(view, 0, MESSAGES.en, 'en')[0], 'Toscana: 50%; 95% interval 9.5% to 90.5%');
    assert.equal(tableValue(toscana, 3, view, 'it'), '100% (34,2%\u00a0– 100%)');
    assert.equal(tableValue(toscana, 2, view, 'it'), 'n.d.');
    // The trend's change carries its interval (MOVER from the two years'): 1 of 2 institutions becoming 2 of 2 is no sure rise.
    const [low, high] = differenceInterval(0.5, wilson(1, 2), 1, wilson(2, 2));
    assert.ok(low < 0 && high > 0);
    assert.match(
      trendSentence(toscana, view, MESSAGES.it, 'it'),
      /da 50% nel 2021\/22 a 100% nel 2024\/25 \(\+50 punti percentuali; al 95% tra -27,3 e \+90,5\)/,
    );
    assert.match(
      trendSentence(toscana, view, MESSAGES.en, 'en'),
      /from 50% in 2021\/22 to 100% in 2024\/25 \(\+50 percentage points; 95% interval -27\.3 to \+90\.5\)/,
    );
    const csv = csvLines(view);
    assert.equal(
      csv[0],
      'Anno scolastico;Toscana (%);Toscana: minimo (95%) (%);Toscana: massimo (95%) (%);Italia (%);Italia: minimo (95%) (%);Italia: massimo (95%) (%);Provvisorio',
    );
    assert.equal(csv[1], '2021/22;50;9,5;90,5;50;9,5;90,5;');
    // After the rows, what the interval columns are, as the note under the chart says.
    assert.equal(csv.at(-2), `"${MESSAGES.it.intervalNote}"`);
    // The stacked view draws no band (src/timeline/chart-model.ts) but says the same intervals: its change went without one.
    const stacked = timelineView(
      data,
      { ...INPUTS, normalisation: 'perSchool', view: 'stacked', metrics: 'etwinning.projects' },
      'it',
      LABELS,
    );
    assert.equal(stacked.stacked, true);
    assert.deepEqual(stacked.series[0]!.intervals, toscana.intervals);
    assert.match(trendSentence(stacked.series[0]!, stacked, MESSAGES.it, 'it'), /\(\+50 punti percentuali; al 95% tra -27,3 e \+90,5\)/);
    // An end near zero is written with the decimals that keep it off zero: +0.016 points read «tra -10 e 0», no fall ruled out.
    const falling = {
      ...toscana,
      values: [0.3, 0.28, 0.27, 0.25],
      intervals: [[0.2598, 0.34], null, null, [0.22, 0.28]] as [number, number][],
    };
    assert.match(trendSentence(falling, view, MESSAGES.it, 'it'), /\(-5 punti percentuali; al 95% tra -10 e \+0,02\)/);
    assert.match(trendSentence(falling, view, MESSAGES.en, 'en'), /\(-5 percentage points; 95% interval -10 to \+0\.02\)/);
    assert.equal(
      chartModel(stacked.series, 4, { width: 400, height: 200, top: 0, right: 0, bottom: 0, left: 0 }, true).series[0]!.interval,
      '',
    );
    // Nulls: a rate that is no share and the counts themselves have no intervals.
    for (const other of [
      timelineView(dataOf(), { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS),
      timelineView(data, INPUTS, 'it', LABELS),
    ])
      assert.ok(
        other.series.every((s) => s.intervals === undefined) && !csvLines(other).some((line) => line.includes(MESSAGES.it.intervalNote)),
        other.title,
      );
  });

  it("gives a rate of counts its quasi-Poisson interval from the metric's dispersion, per institution and per 1,000 students", () => {
    const data = dataOf();
    data.index.metrics[0]!.dispersion = [2, 2, null, 3];
    const view = timelineView(data, { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    // Toscana: 3, 4, none and 6 projects over 2 institutions; no dispersion in 2023, so no interval there.
    assert.deepEqual(view.series[0]!.intervals, [countRateInterval(3, 2, 2), countRateInterval(4, 2, 2), null, countRateInterval(6, 2, 3)]);
    assert.match(valuesAt(view, 3, MESSAGES.it, 'it')[0]!, /^Toscana: 3; al 95% tra 0,82 e 10,94$/);
    // The relative change with its interval (MOVER for a ratio): 1,5 to 3 projects per institution of 2 institutions.
    assert.match(trendSentence(view.series[0]!, view, MESSAGES.it, 'it'), /\(\+100%; al 95% tra -72% e \+1\.299%\)/);
    // A first year whose interval reaches 0 bounds no growth: its upper end is said to be open.
    const open = { ...view.series[0]!, intervals: [[0, 4], null, null, countRateInterval(6, 2, 3)] as [number, number][] };
    assert.match(trendSentence(open, view, MESSAGES.it, 'it'), /\(\+100%; al 95% almeno -\d+%\)/);
    assert.match(trendSentence(open, view, MESSAGES.en, 'en'), /\(\+100%; 95% interval -\d+% or more\)/);
    // A small rate and its interval with the decimals that keep them apart: "0,01 (0,01 – 0,03)" put it on its lower end.
    const small = {
      ...view.series[0]!,
      values: [0.0123, 4, null, 6],
      intervals: [[0.00567, 0.0268], null, null, null] as [number, number][],
    };
    assert.equal(tableValue(small, 0, view, 'it'), '0,012 (0,006\u00a0– 0,027)');
    assert.equal(valuesAt({ ...view, series: [small] }, 0, MESSAGES.it, 'it')[0], 'Toscana: 0,012; al 95% tra 0,006 e 0,027');
    const csv = csvLines(view);
    assert.equal(
      csv[0],
      'Anno scolastico;Toscana;Toscana: minimo (95%);Toscana: massimo (95%);Italia;Italia: minimo (95%);Italia: massimo (95%);Provvisorio',
    );
    const students = timelineView(data, { ...INPUTS, normalisation: 'per1000Students' }, 'it', LABELS);
    assert.deepEqual(students.series[0]!.intervals![3], countRateInterval(6, 1450, 3, 1000));
    // Toscana's institutions varying more than the nation's (φ 5 in 2024) widen its intervals, not Italy's; a smaller φ changes nothing.
    const toscana = data.index.regions.find((r) => r.code === '09')!;
    toscana.dispersion = { 'etwinning.projects': [1, 1, null, 5] };
    const wider = timelineView(data, { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    assert.deepEqual(wider.series[0]!.intervals, [
      countRateInterval(3, 2, 2),
      countRateInterval(4, 2, 2),
      null,
      countRateInterval(6, 2, 5),
    ]);
    assert.deepEqual(wider.series[1]!.intervals, view.series[1]!.intervals);
    // A school's own values were counted: no interval (1 institution's 0 read "al 95% tra -79,3 e +79,3 punti"); Italy's keep theirs.
    const school = dataOf();
    school.index.metrics[0]!.dispersion = [2, 2, null, 3];
    school.scopes[0] = { ...school.scopes[0]!, scope: { level: 'school', code: 'FIIC81200A' }, parents: [{ level: 'region', code: '09' }] };
    const own = timelineView(school, { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    assert.equal(own.series[0]!.intervals, undefined);
    assert.deepEqual(own.series[1]!.intervals, view.series[1]!.intervals);
    assert.doesNotMatch(trendSentence(own.series[0]!, own, MESSAGES.it, 'it'), /al 95%/);
    // A province's region is its parent's.
    data.scopes[0] = { ...data.scopes[0]!, scope: { level: 'province', code: '048' }, parents: [{ level: 'region', code: '09' }] };
    const firenze = timelineView(data, { ...INPUTS, normalisation: 'perSchool' }, 'it', LABELS);
    assert.deepEqual(firenze.series[0]!.intervals![3], countRateInterval(6, 2, 5));
  });

  it('compares a school with its areas per institution, and says so: in absolute values its count stood under their sums', () => {
    const school = dataOf();
    school.scopes[0] = { ...school.scopes[0]!, scope: { level: 'school', code: 'FIIC81200A' }, parents: [{ level: 'region', code: '09' }] };
    const view = timelineView(school, INPUTS, 'it', LABELS);
    assert.deepEqual([view.mode, view.perInstitution, view.title], ['perSchool', 'school', 'Progetti eTwinning per istituzione']);
    // Italy's 2 institutions: its projects per institution, not its total (3, 4, –, 6).
    assert.deepEqual(view.series[1]!.values, [1.5, 2, null, 3]);
    assert.match(MESSAGES.it.perInstitution.school, /^Una scuola si confronta con le sue aree per istituzione/);
    // A school alone, areas alone, or another normalisation asked for: as asked.
    for (const [data, normalisation] of [
      [{ ...school, scopes: school.scopes.slice(0, 1) }, 'absolute'],
      [dataOf(), 'absolute'],
      [school, 'per1000Students'],
    ] as const) {
      const asked = timelineView(data, { ...INPUTS, normalisation }, 'it', LABELS);
      assert.deepEqual([asked.mode, asked.perInstitution], [normalisation, null]);
    }
    // Written or not, absolute values of a school beside its areas do not compare.
    assert.equal(timelineView(school, { ...INPUTS, normalisation: '' }, 'it', LABELS).perInstitution, 'school');
  });

  it('compares areas per institution unless the page wrote absolute values', () => {
    // Toscana beside Italy, no normalisation written: Italy's projects per institution, not its total (3, 4, –, 6).
    const view = timelineView(dataOf(), { ...INPUTS, normalisation: '' }, 'it', LABELS);
    assert.deepEqual([view.mode, view.perInstitution, view.title], ['perSchool', 'areas', 'Progetti eTwinning per istituzione']);
    assert.deepEqual(view.series[1]!.values, [1.5, 2, null, 3]);
    assert.match(MESSAGES.it.perInstitution.areas, /^Le aree si confrontano per istituzione/);
    assert.match(MESSAGES.en.perInstitution.areas, /^The areas are compared per institution/);
    // Areas of one level too: Toscana's totals lay under Lombardia's whatever each did.
    const regions = dataOf();
    regions.scopes[1] = { ...regions.scopes[0]!, scope: { level: 'region', code: '03' } };
    assert.deepEqual(timelineView(regions, { ...INPUTS, normalisation: '' }, 'it', LABELS).perInstitution, 'areas');
    // Written absolute, an area alone, a metric without values per institution, another normalisation: as asked.
    const noPerSchool = dataOf();
    noPerSchool.index.metrics[0]!.normalisations = [];
    for (const [data, normalisation, mode] of [
      [dataOf(), 'absolute', 'absolute'],
      [{ ...dataOf(), scopes: dataOf().scopes.slice(0, 1) }, '', 'absolute'],
      [noPerSchool, '', 'absolute'],
      [dataOf(), 'per1000Students', 'per1000Students'],
    ] as const) {
      const asked = timelineView(data, { ...INPUTS, normalisation }, 'it', LABELS);
      assert.deepEqual([asked.mode, asked.perInstitution], [mode, null]);
    }
    // A sparkline draws its first scope alone: nothing compared, its totals.
    const sparkline = timelineView(dataOf(), { ...INPUTS, normalisation: '', variant: 'sparkline' }, 'it', LABELS);
    assert.deepEqual([sparkline.mode, sparkline.perInstitution], ['absolute', null]);
  });

  it('names a comune and its province apart where they share a name, in the series and the CSV', () => {
    // compare="parents" of the comune of Firenze: two lines named "Firenze" in the legend, the summary and the files.
    const data = dataOf();
    data.scopes = [
      { ...data.scopes[0]!, name: 'Firenze', scope: { level: 'comune', code: '048017' } },
      { ...data.scopes[0]!, name: 'Firenze', scope: { level: 'province', code: '048' } },
      data.scopes[1]!,
    ];
    const view = timelineView(data, INPUTS, 'it', LABELS);
    assert.deepEqual(
      view.series.map((s) => s.label),
      ['Firenze (comune)', 'Firenze (provincia)', 'Italia'],
    );
    assert.match(csvLines(view).join('\n'), /Firenze \(comune\).*Firenze \(provincia\)/s);
  });

  it('draws the small multiples per institution unless the page writes a normalisation: on one scale the small regions lay flat', () => {
    const multiples = { ...dataOf(), scopes: [] };
    const view = timelineView(multiples, { ...INPUTS, normalisation: '', variant: 'multiples' }, 'it', LABELS);
    assert.deepEqual([view.mode, view.perInstitution, view.title], ['perSchool', 'regions', 'Progetti eTwinning per istituzione']);
    assert.match(MESSAGES.it.perInstitution.regions, /^Le regioni si confrontano per istituzione/);
    assert.match(MESSAGES.en.perInstitution.regions, /^The regions are compared per institution/);
    for (const normalisation of ['absolute', 'per1000Students'] as const) {
      const asked = timelineView(multiples, { ...INPUTS, normalisation, variant: 'multiples' }, 'it', LABELS);
      assert.deepEqual([asked.mode, asked.perInstitution], [normalisation, null]);
    }
  });

  it('draws the first of several metrics in a compact chart, named in its title, and names the others', () => {
    const index = indexFixture();
    index.metrics.push({ ...index.metrics[0]!, id: 'erasmus.ka1', label: { it: 'Mobilità KA1', en: 'KA1 mobility' } });
    const data = { ...dataOf(), index };
    for (const variant of ['sparkline', 'multiples']) {
      const view = timelineView(data, { ...INPUTS, metrics: 'etwinning.projects erasmus.ka1', variant }, 'it', LABELS);
      assert.deepEqual(
        view.metrics.map((m) => m.id),
        ['etwinning.projects'],
        variant,
      );
      assert.match(view.title, /^Progetti eTwinning( ·|$)/, variant);
      assert.deepEqual(view.unshown, ['Mobilità KA1'], variant);
    }
    assert.equal(
      MESSAGES.it.unshown(['Mobilità KA1']),
      'Il grafico compatto disegna solo il primo indicatore: «Mobilità KA1» non è disegnato.',
    );
    assert.equal(MESSAGES.en.unshown(['A', 'B']), 'The compact chart draws the first metric only: “A” and “B” are not drawn.');
    // The null: the full chart draws both; one metric leaves nothing out.
    assert.equal(timelineView(data, { ...INPUTS, metrics: 'etwinning.projects erasmus.ka1' }, 'it', LABELS).unshown, null);
    assert.equal(timelineView(data, { ...INPUTS, metrics: 'etwinning.projects', variant: 'sparkline' }, 'it', LABELS).unshown, null);
  });

  it('stacks the main scope only', () => {
    const view = timelineView(dataOf(), { ...INPUTS, view: 'stacked', metrics: 'etwinning.projects' }, 'it', LABELS);
    assert.equal(view.stacked, true);
    assert.equal(view.series.length, 1);
  });

  it('stacks the programme mix by default, national funding only where it counts as internationalisation', () => {
    // The demo's funding is PNRR 1.4.1 (school websites, context only): stacked on the projects it read as a burst of activity.
    const index = indexFixture();
    const projects = index.metrics[0]!;
    index.metrics.push(
      { ...projects, id: 'erasmus.ka1', programme: 'erasmus' },
      { ...projects, id: 'funding.projects', programme: 'funding' },
    );
    const ids = () => metricsOf(index, [], true).map((m) => m.id);
    // The fixture's index pillars are eTwinning and Erasmus+: funding is context.
    assert.deepEqual(ids(), ['etwinning.projects', 'erasmus.ka1']);
    index.methods!.index!.pillars.push({ ...index.methods!.index!.pillars[0]!, id: 'funding' });
    assert.deepEqual(ids(), ['etwinning.projects', 'erasmus.ka1', 'funding.projects']);
  });

  it('refuses what cannot be drawn with a usage error naming it', () => {
    const cases: [Partial<TimelineInputs>, string][] = [
      [{ view: 'pie' }, 'view'],
      [{ variant: 'poster' }, 'variant'],
      [{ metrics: 'nope' }, 'metric'],
      [{ metrics: 'etwinning.projects erasmus.grant' }, 'units'],
      // "perPupil" drew absolute values without a word.
      [{ normalisation: 'perPupil' }, 'normalisation'],
    ];
    for (const [inputs, what] of cases) {
      assert.throws(
        () => timelineView(dataOf(), { ...INPUTS, ...inputs }, 'it', LABELS),
        (error: unknown) => error instanceof UsageError && error.what === what,
      );
    }
  });

  it('marks a metric across all programmes as provisional where any programme is', () => {
    const index = indexFixture();
    assert.deepEqual(provisionalFlags(index, { ...index.metrics[0]!, programme: 'all' }), [false, true, true, true]);
  });

  it('clips annotations to the chart’s years, as year indices', () => {
    const index = indexFixture();
    index.annotations = [{ kind: 'period', from: 2014, to: 2022, label: { it: 'Programma 2014-2020', en: '2014-2020 programme' } }];
    assert.deepEqual(annotationsOf(index, index.years, 'en'), [{ kind: 'period', from: 0, to: 1, label: '2014-2020 programme' }]);
  });
});
