/**
 * One year's classes for every year of a map (src/map/classes-year.ts): a colour means the same values in every year,
 * so that a planted growth shows and a steady series does not change, where each year's own quantiles showed a
 * programme that grew almost sixfold as the same picture every year.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGES } from '../../components/region-map/region-map.messages.ts';
import { classesNoteOf, classRanges, scaleEnds } from '../../components/region-map/region-map.text.ts';
import type { Topology } from '../../src/contract/contract.types.ts';
import { MAP_FULLER } from '../../components/region-map/region-map.load.ts';
import { classesYearOf } from '../../src/map/classes-year.ts';
import { classify, classOf } from '../../src/map/classify.ts';
import type { MapArea, MapData } from '../../src/map/load-map.ts';
import { mapView, type MapInputs, type MapViewModel } from '../../src/map/map-view.ts';
import { paletteAt } from '../../src/map/palettes.ts';
import { indexFixture, YEARS } from '../fixtures/contract.fixture.ts';
import { DEFAULT_MAP_INPUTS } from '../fixtures/map-inputs.fixture.ts';
import { seededRandom } from '../support/seeded-random.ts';

const METRIC = 'etwinning.projects';
const INPUTS: MapInputs = { ...DEFAULT_MAP_INPUTS, metric: METRIC };

/** A map of `series.length` comuni drawn as unit squares in a row, each with its series over the fixture's four years. */
function mapOf(series: readonly (readonly (number | null)[])[]): MapData {
  const codes = series.map((_, k) => String(100000 + k));
  const topology: Topology = {
    type: 'Topology',
    objects: {
      comuni: {
        type: 'GeometryCollection',
        geometries: codes.map((id, k) => ({ type: 'Polygon' as const, id, arcs: [[k]] })),
      },
    },
    arcs: codes.map((_, k) => [
      [2 * k, 0],
      [2 * k + 1, 0],
      [2 * k + 1, 1],
      [2 * k, 1],
      [2 * k, 0],
    ]),
  };
  const areas = new Map<string, MapArea>(
    codes.map((code, k) => [
      code,
      { code, name: `Comune ${k}`, province: '048', schools: 10, institutions: 10, students: 1000, values: { [METRIC]: series[k]! } },
    ]),
  );
  return { index: indexFixture(), level: 'comuni', region: '09', province: null, topology, object: 'comuni', areas, schools: new Map() };
}

/** Sixty comuni whose latest year is drawn at random and whose first year is `first` of it (a growth, or the same). */
function grown(first: (latest: number) => number, seed = 7): MapData {
  const rnd = seededRandom(seed);
  return mapOf(
    Array.from({ length: 60 }, () => {
      const latest = Math.floor(rnd() * 50);
      return [first(latest), null, first(latest), latest];
    }),
  );
}

const yearView = (data: MapData, year: number, inputs: Partial<MapInputs> = {}) => mapView(data, { ...INPUTS, year, ...inputs });
const LATEST = YEARS.at(-1)!;
const FIRST = YEARS[0]!;

/** The mean class of the areas with a value: how dark the map reads. */
function meanClass(view: MapViewModel): number {
  const classes = [...view.values.values()].flatMap(({ value }) => (value === null ? [] : [classOf(value, view.classes.breaks)]));
  return classes.reduce((a, b) => a + b, 0) / classes.length;
}

describe('one year’s classes for every year of a map (classes-year)', () => {
  it('colours a value alike in every year: a planted growth shows, a steady series does not change', () => {
    const growth = grown((latest) => Math.round(latest / 3));
    const latest = yearView(growth, LATEST);
    const first = yearView(growth, FIRST);
    assert.deepEqual(first.classes.breaks, latest.classes.breaks, 'the latest year’s thresholds');
    for (const i of first.shown) {
      const value = first.values.get(i)!.value!;
      assert.equal(
        first.fills.get(i),
        latest.colours[classOf(value, latest.classes.breaks)],
        `area ${i}: its value's colour in the latest year`,
      );
    }
    assert.ok(
      meanClass(latest) - meanClass(first) > 1.5,
      `a growth to three times reads darker: ${meanClass(first)} → ${meanClass(latest)}`,
    );
    // Each year's own quantiles (classes-year="each") hid it: the two years read alike.
    const own = yearView(growth, FIRST, { classesYear: 'each' });
    assert.deepEqual(
      own.classes.breaks,
      classify(
        [...own.values.values()].map((v) => v.value!),
        'quantile',
        5,
      ).breaks,
    );
    assert.ok(Math.abs(meanClass(latest) - meanClass(own)) < 0.5, `each year's own classes: ${meanClass(own)} and ${meanClass(latest)}`);
    // The null: the same values every year give the same picture every year.
    const steady = grown((latest) => latest);
    assert.deepEqual([...yearView(steady, FIRST).fills], [...yearView(steady, LATEST).fills]);
  });

  it('leaves the latest year as its own classes drew it, and says whose classes every year shares', () => {
    const growth = grown((latest) => Math.round(latest / 3));
    const shared = yearView(growth, LATEST);
    const own = yearView(growth, LATEST, { classesYear: 'each' });
    assert.deepEqual([...shared.fills], [...own.fills]);
    assert.deepEqual(classRanges(shared, 'it'), classRanges(own, 'it'));
    assert.deepEqual(shared.sharedClasses, { year: LATEST, provisional: false });
    assert.equal(classesNoteOf(shared, MESSAGES.it), 'Soglie delle classi del 2024/25, le stesse in ogni anno.');
    assert.equal(classesNoteOf(shared, MESSAGES.en), 'Class thresholds of 2024/25, the same in every year.');
    assert.equal(classesNoteOf(own, MESSAGES.it), 'Classi proprie di ogni anno: i colori non si confrontano tra anni.');
    // Thresholds the page set are the same in every year already, and say so themselves.
    for (const classesYear of ['latest', 'each'])
      assert.equal(classesNoteOf(yearView(growth, FIRST, { breaks: '5 10', classesYear }), MESSAGES.it), null, classesYear);
  });

  it('takes the latest year with final figures: a year still counting neither sets the thresholds nor darkens the years before', () => {
    // The same values every year, and a latest year still being reported, at half of them so far (Erasmus+ projects).
    const rnd = seededRandom(11);
    const series = Array.from({ length: 60 }, () => {
      const value = 10 + Math.floor(rnd() * 40);
      return [value, value, value, Math.round(value / 2)];
    });
    // Data whose programme has these provisional years (an index's are fixed: the map's classes are made once per data).
    const withProvisional = (years: number[]) => {
      const data = mapOf(series);
      data.index.programmes.find((p) => p.id === 'etwinning')!.provisionalYears = years;
      return data;
    };
    const incomplete = withProvisional([LATEST]);
    const final = YEARS.at(-2)!;
    const first = yearView(incomplete, FIRST);
    assert.deepEqual(first.sharedClasses, { year: final, provisional: false, final: true });
    assert.deepEqual(first.classes.breaks, yearView(incomplete, final, { classesYear: 'each' }).classes.breaks);
    // The null: the final years read alike; the year still counting reads lighter, as its figures so far are.
    assert.deepEqual([...first.fills], [...yearView(incomplete, final).fills]);
    const latest = yearView(incomplete, LATEST);
    assert.ok(meanClass(first) - meanClass(latest) > 1.5, `the incomplete year reads lighter: ${meanClass(first)} → ${meanClass(latest)}`);
    assert.equal(
      classesNoteOf(latest, MESSAGES.it),
      'Soglie delle classi del 2023/24 (ultimo anno con dati definitivi), le stesse in ogni anno.',
    );
    assert.equal(
      classesNoteOf(latest, MESSAGES.en),
      'Class thresholds of 2023/24 (the latest year with final figures), the same in every year.',
    );
    // By the year still counting's thresholds (what the map did), every final year read darker: a fall that is not there.
    const byIncomplete = yearView(withProvisional([]), FIRST);
    assert.deepEqual(byIncomplete.sharedClasses, { year: LATEST, provisional: false });
    assert.ok(meanClass(byIncomplete) - meanClass(first) > 1, `${meanClass(first)} → ${meanClass(byIncomplete)}`);
    // Where every year with values is provisional, the latest of them, said so.
    const allProvisional = yearView(withProvisional([...YEARS]), FIRST);
    assert.deepEqual(allProvisional.sharedClasses, { year: LATEST, provisional: true });
    assert.equal(classesNoteOf(allProvisional, MESSAGES.it), 'Soglie delle classi del 2024/25 (dato provvisorio), le stesse in ogni anno.');
    assert.equal(classesNoteOf(allProvisional, MESSAGES.en), 'Class thresholds of 2024/25 (provisional figure), the same in every year.');
  });

  it('labels the ends of another year’s classes by how far the shown year’s values reach, open where none is', () => {
    const growth = grown((latest) => Math.round(latest / 3));
    const first = yearView(growth, FIRST);
    const labels = classRanges(first, 'it').map((c) => c.label);
    const { breaks } = first.classes;
    const values = [...first.values.values()].map((v) => v.value!);
    assert.equal(labels[0], `${Math.min(...values)} – ${breaks[0]}`);
    // Its highest value is below the top class: that class is open, not "from its threshold down to the year's highest".
    assert.ok(Math.max(...values) < breaks.at(-1)!);
    assert.equal(labels.at(-1), `${breaks.at(-1)} o più`);
    assert.equal(classRanges(first, 'en').at(-1)!.label, `${breaks.at(-1)} or more`);
    // One area in a class that held several values in the latest year: labelled by the class's range, not its value.
    const lone = yearView(
      mapOf([
        [0, null, 0, 0],
        [0, null, 0, 0],
        [7, null, 7, 5],
        [7, null, 3, 9],
        [1, null, 1, 1],
        [2, null, 2, 2],
      ]),
      FIRST,
      {
        classes: 3,
      },
    );
    assert.deepEqual(
      lone.classes.breaks,
      yearView(mapOf([[0], [0], [5], [9], [1], [2]].map(([v]) => [null, null, null, v!])), LATEST, { classes: 3 }).classes.breaks,
    );
    assert.deepEqual(
      classRanges(lone, 'it').map((c) => c.label),
      ['0', '1 – 5', '5 – 7'],
    );
    // A fall: the latest year's bottom class is open in the first year, whose values are all higher.
    const fall = yearView(
      grown((latest) => latest * 3 + 200),
      FIRST,
    );
    assert.equal(classRanges(fall, 'it')[0]!.label, `meno di ${fall.classes.breaks[0]}`);
  });

  it('keeps a continuous scale of the latest year, its ends saying where the shown values pass them', () => {
    const growth = grown((latest) => latest * 2 + 10);
    const latest = yearView(growth, LATEST, { classification: 'continuous' });
    const first = yearView(growth, FIRST, { classification: 'continuous' });
    const { min, max } = latest.classes;
    for (const i of first.shown) {
      const value = first.values.get(i)!.value!;
      assert.equal(first.fills.get(i), paletteAt('blues', (value - min) / (max - min)));
    }
    assert.deepEqual(scaleEnds(latest, 'it'), [String(min), String(max)]);
    assert.deepEqual(scaleEnds(first, 'it'), [String(min), `${max} o più`]);
    assert.equal(classesNoteOf(first, MESSAGES.it), 'Scala dei colori del 2024/25, la stessa in ogni anno.');
  });

  it('takes the latest year with values: a metric whose last year is empty keeps its last year’s classes', () => {
    const data = mapOf(Array.from({ length: 12 }, (_, k) => [k, k * 2, k * 3, null]));
    const view = yearView(data, FIRST);
    assert.deepEqual(view.sharedClasses, { year: 2023, provisional: false });
    assert.deepEqual(view.classes.breaks, yearView(data, 2023, { classesYear: 'each' }).classes.breaks);
  });

  it('draws a national map’s first picture, from its latest year’s file alone, as its whole file does', () => {
    const whole = grown((latest) => Math.round(latest / 3));
    const latestOnly: MapData = { ...whole, onlyYear: LATEST };
    assert.deepEqual([...yearView(latestOnly, LATEST).fills], [...yearView(whole, LATEST).fills]);
    assert.deepEqual(classRanges(yearView(latestOnly, LATEST), 'it'), classRanges(yearView(whole, LATEST), 'it'));
    // A provisional latest year: the file carries the latest final year's values (src/contract/area-latest.ts), and
    // the first picture takes that year's classes, as the whole file does.
    const provisional = grown((latest) => Math.round(latest / 3));
    provisional.index.programmes.find((p) => p.id === 'etwinning')!.provisionalYears = [LATEST];
    const final = YEARS.at(-2)!;
    const fromLatest = yearView({ ...provisional, onlyYear: LATEST, finalYear: final }, LATEST);
    const fromWhole = yearView(provisional, LATEST);
    assert.deepEqual(fromWhole.sharedClasses, { year: final, provisional: false, final: true });
    assert.deepEqual(fromLatest.sharedClasses, fromWhole.sharedClasses);
    assert.deepEqual([...fromLatest.fills], [...fromWhole.fills]);
  });

  it('takes a school year the page names as every year’s classes, a baseline: a planted growth shows, a steady series does not', () => {
    const growth = grown((latest) => Math.round(latest / 3));
    const baseline = { classesYear: String(FIRST) };
    const first = yearView(growth, FIRST, baseline);
    const latest = yearView(growth, LATEST, baseline);
    // The baseline year looks as its own classes draw it; every other year is coloured by its thresholds.
    assert.deepEqual([...first.fills], [...yearView(growth, FIRST, { classesYear: 'each' }).fills]);
    assert.deepEqual(latest.classes.breaks, first.classes.breaks);
    assert.deepEqual(latest.sharedClasses, { year: FIRST, provisional: false });
    assert.equal(latest.classesYearIgnored, null);
    assert.equal(classesNoteOf(latest, MESSAGES.it), 'Soglie delle classi del 2021/22, le stesse in ogni anno.');
    // Values three times the baseline's fill its top classes (of five: from about the middle one, 2).
    assert.ok(meanClass(latest) - meanClass(first) > 1, `a growth to three times reads darker: ${meanClass(first)} → ${meanClass(latest)}`);
    assert.ok(meanClass(latest) > meanClass(yearView(growth, LATEST)), 'darker than by the latest year’s own classes');
    // The null: the same values every year give the same picture every year.
    const steady = grown((latest) => latest);
    assert.deepEqual([...yearView(steady, FIRST, baseline).fills], [...yearView(steady, LATEST, baseline).fills]);
    // The page chose it: a provisional year is taken all the same, and said so.
    const provisional = grown((latest) => Math.round(latest / 3));
    provisional.index.programmes.find((p) => p.id === 'etwinning')!.provisionalYears = [LATEST];
    const byProvisional = yearView(provisional, FIRST, { classesYear: String(LATEST) });
    assert.deepEqual(byProvisional.sharedClasses, { year: LATEST, provisional: true });
    assert.deepEqual(byProvisional.classes.breaks, yearView(provisional, LATEST, { classesYear: 'each' }).classes.breaks);
  });

  it('draws the default classes, and says why, for a school year it cannot take', () => {
    const growth = grown((latest) => Math.round(latest / 3));
    const byDefault = yearView(growth, FIRST);
    // Not a year of the data.
    const missing = yearView(growth, FIRST, { classesYear: '2030' });
    assert.deepEqual(missing.classesYearIgnored, { year: 2030, years: YEARS, empty: false });
    assert.deepEqual(missing.sharedClasses, byDefault.sharedClasses);
    assert.deepEqual([...missing.fills], [...byDefault.fills]);
    // A year of the data without a value in the shown areas (the fixture's second year).
    const empty = yearView(growth, FIRST, { classesYear: String(YEARS[1]) });
    assert.deepEqual(empty.classesYearIgnored, { year: YEARS[1], years: YEARS, empty: true });
    assert.deepEqual([...empty.fills], [...byDefault.fills]);
    // Thresholds the page set, and each year's own classes, leave nothing to say.
    assert.equal(yearView(growth, FIRST, { classesYear: 'each' }).classesYearIgnored, null);
    assert.equal(yearView(growth, FIRST, { classesYear: '2030', breaks: '5 10' }).classesYearIgnored, null);
  });

  it('reads a school year as `year` writes it, and nothing else', () => {
    assert.equal(classesYearOf('2019'), 2019);
    for (const written of ['latest', 'each', '2019/20', '19', ' 2019', '2019.0', '', undefined])
      assert.equal(classesYearOf(written), null, String(written));
  });

  it('waits for a national map’s whole file for another year’s classes, which its latest year’s file lacks', () => {
    const whole = grown((latest) => Math.round(latest / 3));
    const final = YEARS.at(-2)!;
    const latestOnly: MapData = { ...whole, onlyYear: LATEST, finalYear: final };
    const covers = (data: MapData, classesYear: string, year: number | null = null) =>
      MAP_FULLER.covers(data, { ...INPUTS, year, classesYear });
    assert.equal(covers(latestOnly, 'latest'), true);
    assert.equal(covers(latestOnly, String(LATEST)), true);
    assert.equal(covers(latestOnly, String(final)), true, 'the latest final year, which the file carries');
    assert.equal(covers(latestOnly, '2030'), true, 'no year of the data: the default classes, which the file gives');
    assert.equal(covers(latestOnly, String(FIRST)), false);
    assert.equal(covers(latestOnly, 'latest', FIRST), false);
    assert.equal(covers(whole, String(FIRST)), true);
    // Once whole, the first picture is the one the baseline gives.
    assert.deepEqual(yearView(whole, LATEST, { classesYear: String(final) }).sharedClasses, { year: final, provisional: false });
    assert.deepEqual(
      [...yearView(latestOnly, LATEST, { classesYear: String(final) }).fills],
      [...yearView(whole, LATEST, { classesYear: String(final) }).fills],
    );
  });
});
