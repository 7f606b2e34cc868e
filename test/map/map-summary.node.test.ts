import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GeometryCollection } from 'topojson-specification';
import { MESSAGES } from '../../components/region-map/region-map.messages.ts';
import { csvHeader } from '../../components/region-map/region-map.export.ts';
import { classRanges, denominatorText, describeArea, formatFor, summaryOf, titleOf } from '../../components/region-map/region-map.text.ts';
import type { ShadowZone } from '../../src/contract/contract.types.ts';
import type { MapData } from '../../src/map/load-map.ts';
import { mapView, type MapInputs } from '../../src/map/map-view.ts';
import { classify } from '../../src/map/classify.ts';
import { roundedAsShown } from '../../src/i18n/format.ts';
import { paletteColours } from '../../src/map/palettes.ts';
import { MapNotes } from '../../components/region-map/region-map.notes.ts';
import { DEFAULT_MAP_INPUTS, toscanaComuni } from '../fixtures/map-inputs.fixture.ts';
import { regionFixture } from '../fixtures/contract.fixture.ts';

const INPUTS: MapInputs = DEFAULT_MAP_INPUTS;

/** Toscana's two comuni, with 2024's values of etwinning.projects set to `values`. */
function comuniWith(values: [number, number]): MapData {
  const region = regionFixture();
  region.comuni.forEach((c, k) => (c.values['etwinning.projects'] = [0, 0, null, values[k]!]));
  return toscanaComuni(region);
}

const summary = (data: MapData, lang: 'it' | 'en') => summaryOf(mapView(data, INPUTS), data, MESSAGES[lang], lang);

describe('the map in one sentence', () => {
  it('does not rank the areas to paint: the summary and a tooltip say places only once asked to (ranking all comuni, #19)', () => {
    const data = comuniWith([5, 1]);
    const ranked = mapView(data, { ...INPUTS, normalisation: 'perSchool' });
    let asked = 0;
    // The same view, counting how often its ranking is read.
    const view = Object.defineProperty({ ...ranked }, 'ranking', { get: () => (asked++, ranked.ranking) });
    assert.doesNotMatch(summaryOf(view, data, MESSAGES.it, 'it'), /posto/);
    assert.equal(
      describeArea(view.shown[0]!, view, data, MESSAGES.it, 'it', false).lines.some((l) => l.startsWith('Posizione')),
      false,
    );
    assert.equal(asked, 0, 'ranked without being asked');
    summaryOf(view, data, MESSAGES.it, 'it', true);
    assert.ok(asked > 0, 'the summary asked to say places reads the ranking');
    assert.ok(describeArea(view.shown[0]!, view, data, MESSAGES.it, 'it').lines.some((l) => l.startsWith('Posizione')));
    assert.ok(asked > 0);
  });

  it('names the highest and the lowest count, not the best and the worst: a count grows with the area, the smallest is not the worst', () => {
    assert.match(summary(comuniWith([5, 1]), 'it'), /Valore più alto: Firenze \(5\)\. Più basso: Bagno a Ripoli \(1\)\./);
    assert.match(summary(comuniWith([5, 1]), 'en'), /Highest: Firenze \(5\)\. Lowest: Bagno a Ripoli \(1\)\./);
    assert.doesNotMatch(summary(comuniWith([5, 1]), 'it'), /Migliore|Peggiore/);
  });

  it('names no best and worst where the areas with a value have one value: a single area, or all alike', () => {
    // A bundle of one region on a map of Italy: "Migliore: Toscana (100%). Peggiore: Toscana (100%)."
    const alone = comuniWith([5, 1]);
    const [, bagno] = [...alone.areas.values()];
    (bagno!.values!['etwinning.projects'] as (number | null)[])[3] = null;
    assert.match(summary(alone, 'it'), /: 2 comuni\. Una sola area ha un valore: Firenze \(5\)\.$/);
    assert.match(summary(alone, 'en'), /Only one area has a value: Firenze \(5\)\.$/);
    assert.match(summary(comuniWith([3, 3]), 'it'), /Stesso valore in tutte le aree che ne hanno uno: Firenze e un'altra area \(3\)\.$/);
    assert.match(summary(comuniWith([3, 3]), 'en'), /Every area with a value has the same one: Firenze and one other area \(3\)\.$/);
    assert.doesNotMatch(summary(comuniWith([3, 3]), 'it'), /Valore più alto|Migliore/);
    // Two values: the highest and the lowest, as before.
    assert.match(summary(comuniWith([3, 2]), 'it'), /Valore più alto: Firenze \(3\)\. Più basso: Bagno a Ripoli \(2\)\./);
  });

  it('gives a survey estimate named best or worst with its 95% interval, a suppressed one without (the best of a few dozen answers is not surely the best)', () => {
    const data = comuniWith([5, 1]);
    const code = (name: string) => [...data.areas].find(([, area]) => area.name === name)![0];
    const survey: MapData = {
      ...data,
      intervals: new Map<string, { low: number; high: number; n: number } | { n: number; suppressed: true }>([
        [code('Firenze'), { low: 3, high: 7, n: 40 }],
        [code('Bagno a Ripoli'), { n: 4, suppressed: true }],
      ]),
    };
    assert.match(summary(survey, 'it'), /Migliore: Firenze \(5; al 95% tra 3 e 7\)\. Peggiore: Bagno a Ripoli \(1\)\./);
    assert.match(summary(survey, 'en'), /Best: Firenze \(5; 95% interval 3 to 7\)\. Worst: Bagno a Ripoli \(1\)\./);
  });

  it('shows a count of institutions per institution as the share of them, in every text: title, legend, values, summary, table', () => {
    // The dashboard's default map read "Istituzioni attive per istituzione: 0,11 – 0,18".
    const data = comuniWith([5, 1]);
    const plain = mapView(data, { ...INPUTS, metric: 'etwinning.projects', normalisation: 'perSchool' });
    const view = { ...plain, metric: { ...plain.metric, counts: 'institutions' as const } };
    assert.equal(formatFor(0.2412, view, 'it'), '24,1%');
    assert.equal(formatFor(0.2412, plain, 'it'), '0,24', 'projects per institution stay a number');
    assert.match(titleOf(view, MESSAGES.it, 'it'), /^Progetti eTwinning \(quota sul totale delle istituzioni\), /);
    assert.match(titleOf(view, MESSAGES.en, 'en'), /^eTwinning projects \(share of all institutions\), /);
    assert.match(titleOf(plain, MESSAGES.it, 'it'), /^Progetti eTwinning per istituzione, /);
    assert.ok(
      classRanges(view, 'it').every((c) => /%/.test(c.label)),
      JSON.stringify(classRanges(view, 'it')),
    );
    assert.match(summaryOf(view, data, MESSAGES.it, 'it'), /Migliore: \S+ \([\d,]+%\)/);
    assert.equal(csvHeader(view, data, MESSAGES.it, 'it')[2], 'Progetti eTwinning (quota sul totale delle istituzioni, %)');
  });

  it('labels a class that holds one value by that value, and says under the title why fewer classes than asked are drawn', () => {
    // Half the comuni at 0%: the legend read "0% – 1,4%" for a class of zeros, and five classes asked became three unsaid.
    // The year's own classes: the other years' zeros would share the class of 1 (src/map/classes-year.ts).
    const plain = mapView(comuniWith([5, 1]), { ...INPUTS, metric: 'etwinning.projects', classesYear: 'each' });
    const tied = [...Array<number>(50).fill(0), ...Array.from({ length: 50 }, (_, i) => i + 1), ...Array<number>(40).fill(100)];
    const classes = classify(tied, 'quantile', 5);
    const view = { ...plain, classes, colours: paletteColours('blues', classes.breaks.length + 1) };
    assert.deepEqual(
      classRanges(view, 'it').map((c) => c.label),
      ['0', '1 – 17', '17 – 34', '34 – 100', '100'],
    );
    const attributes = { classes: 5, classification: 'quantile', points: '', metric: '', wave: '', question: '' };
    const element = { ...attributes, getAttribute: () => null } as unknown as Element & typeof attributes;
    const notes = (v: typeof view, lang: 'it' | 'en') =>
      new MapNotes(new Map()).render(element, v, lang, MESSAGES[lang]).map((note) => note.values.join(''));
    assert.deepEqual(notes(view, 'it'), [], 'five classes asked, five drawn');
    // As many classes as values: each its own value, and said so.
    assert.deepEqual(
      classRanges(plain, 'it').map((c) => c.label),
      ['1', '5'],
    );
    assert.deepEqual(notes(plain, 'it'), ['2 classi invece di 5: le aree hanno solo 2 valori diversi.']);
    assert.deepEqual(notes(plain, 'en'), ['2 classes instead of 5: the areas have only 2 different values.']);
    // Values classed as the legend writes them: comuni whose institutions' share is a fraction held 1.9995 to 2.0003
    // projects per institution, and the legend read "0 | 0,20 – 1 | 1 | 2 – 2 | 2 – 2".
    const near = [...Array<number>(30).fill(0), ...Array<number>(30).fill(1), 1.9995, 1.9997, 2, 2, 2.0003, 0.2, 0.4, 0.6];
    const labelsOf = (values: number[]) => {
      const classes = classify(values, 'quantile', 5);
      return classRanges({ ...plain, classes, colours: paletteColours('blues', classes.breaks.length + 1) }, 'it').map((c) => c.label);
    };
    // Classed as they are, two classes read "2" (each "2 – 2", before the legend wrote ends that read alike once).
    assert.deepEqual(labelsOf(near).slice(-2), ['2', '2']);
    assert.deepEqual(labelsOf(near.map(roundedAsShown('count', 'perSchool'))), ['0', '0,20', '0,40 – 1', '1', '2']);
    // The map classes them so: Firenze's 1.9995 and Bagno a Ripoli's 2.0003 projects per institution are one value, one colour.
    const twos = mapView(comuniWith([1.9995, 2.0003]), {
      ...INPUTS,
      metric: 'etwinning.projects',
      normalisation: 'perSchool',
      classesYear: 'each',
    });
    assert.deepEqual(
      classRanges(twos, 'it').map((c) => c.label),
      ['2'],
    );
    assert.equal(new Set(twos.fills.values()).size, 1);
  });

  it('counts the shadow zones where the level is judged, and says nothing of them where it is not', () => {
    // Fresh data for each set of verdicts: a map reads them once per data (src/map/map-view.ts mapStructure), as documents are sealed.
    const withVerdicts = (first: ShadowZone['status'], second: ShadowZone['status']) => {
      const data = comuniWith([5, 1]);
      const [firenze, bagno] = [...data.areas.values()];
      firenze!.shadow = { status: first };
      bagno!.shadow = { status: second };
      return data;
    };
    let judged = withVerdicts('ok', 'shadow');
    assert.match(summary(judged, 'it'), /\. Zone d'ombra tra i comuni: 1\.$/);
    assert.match(summary(judged, 'en'), /\. Shadow zones among the comuni: 1\.$/);
    judged = withVerdicts('ok', 'ok');
    assert.match(summary(judged, 'it'), /\. Zone d'ombra tra i comuni: 0\.$/, 'judged, and none is one');
    // Not flagged is not "in line" (it read "nella norma"): the reason may give it a fair chance of being below.
    const view = mapView(judged, INPUTS);
    const status = (lang: 'it' | 'en') =>
      describeArea(view.shown[0]!, view, judged, MESSAGES[lang], lang).lines.find((line) => /^(Stato|Status):/.test(line));
    assert.deepEqual([status('it'), status('en')], ['Stato: non segnalata', 'Status: not flagged']);
    // Too few institutions to judge either comune, or regions (never judged): "Zone d'ombra: 0" read as if none were.
    judged = withVerdicts('insufficient', 'insufficient');
    assert.doesNotMatch(summary(judged, 'it'), /ombra/);
    // The downloads' status column: there while the areas carry a verdict (even "too few"), gone where none does (regions).
    assert.equal(csvHeader(mapView(judged, INPUTS), judged, MESSAGES.it, 'it').at(-1), 'Stato');
    const unjudged = comuniWith([5, 1]);
    for (const area of unjudged.areas.values()) delete (area as { shadow?: unknown }).shadow;
    assert.notEqual(csvHeader(mapView(unjudged, INPUTS), unjudged, MESSAGES.it, 'it').at(-1), 'Stato');
    const off = mapView(comuniWith([5, 1]), { ...INPUTS, shadowZones: false });
    assert.doesNotMatch(summaryOf(off, judged, MESSAGES.it, 'it'), /ombra/, 'the map does not show them');
  });

  it('says how many areas share the best or the worst value, instead of naming one as if alone', () => {
    // Hundreds of comuni share a share of 1 (every institution active) or 0: one name alone read as the only one.
    const region = regionFixture();
    region.comuni.push({ ...structuredClone(region.comuni[0]!), code: '048006', name: 'Calenzano' });
    region.comuni.forEach((c, k) => (c.values['etwinning.projects'] = [0, 0, null, [5, 5, 1][k]!]));
    const data = toscanaComuni(region);
    const layer = data.topology.objects['comuni'] as GeometryCollection;
    layer.geometries.push({ ...layer.geometries[0]!, id: '048006' });
    assert.match(summary(data, 'it'), /Valore più alto: Firenze e un'altra area \(5\)\. Più basso: Calenzano \(1\)\./);
    assert.match(summary(data, 'en'), /Highest: Firenze and one other area \(5\)\. Lowest: Calenzano \(1\)\./);
    assert.equal(MESSAGES.it.tied('1.234'), 'e altre 1.234 aree');
    assert.equal(MESSAGES.en.tied('3'), 'and 3 other areas');
  });

  it('names a rate\'s best and worst among the areas with at least 5 institutions, when some have fewer (one of two is "best" by chance)', () => {
    const region = regionFixture();
    region.comuni.push({ ...structuredClone(region.comuni[0]!), code: '048006', name: 'Calenzano' });
    // 2024's eTwinning projects over institutions: Firenze 10 of 40, Bagno a Ripoli 4 of 2, Calenzano 3 of 6.
    const figures: [number, number][] = [
      [10, 40],
      [4, 2],
      [3, 6],
    ];
    region.comuni.forEach((c, k) => {
      c.values['etwinning.projects'] = [0, 0, null, figures[k]![0]];
      c.institutions = figures[k]![1];
      delete c.institutionShare;
    });
    const data = toscanaComuni(region);
    const layer = data.topology.objects['comuni'] as GeometryCollection;
    layer.geometries.push({ ...layer.geometries[0]!, id: '048006' });
    const rates = mapView(data, { ...INPUTS, metric: 'etwinning.projects', normalisation: 'perSchool' });
    assert.deepEqual(rates.extremes.among, { count: 2, minInstitutions: 5 });
    assert.match(
      summaryOf(rates, data, MESSAGES.it, 'it'),
      /\. Tra le 2 aree con almeno 5 istituzioni, migliore: Calenzano \(0,50\); peggiore: Firenze \(0,25\)\.$/,
    );
    assert.match(
      summaryOf(rates, data, MESSAGES.en, 'en'),
      /\. Of the 2 areas with at least 5 institutions, best: Calenzano \(0\.50\); worst: Firenze \(0\.25\)\.$/,
    );
    // Nulls: counts are judged in every area; so are rates when fewer than two areas have enough institutions.
    const counts = mapView(data, { ...INPUTS, metric: 'etwinning.projects', normalisation: 'absolute' });
    assert.equal(counts.extremes.among, undefined);
    assert.match(summaryOf(counts, data, MESSAGES.it, 'it'), /Valore più alto: Firenze \(10\)\. Più basso: Calenzano \(3\)\./);
    region.comuni[2]!.institutions = 4;
    const few = mapView(toscanaComuni(region), { ...INPUTS, metric: 'etwinning.projects', normalisation: 'perSchool' });
    assert.equal(few.extremes.among, undefined);
  });

  it("names the level in the singular when the map shows one area (Valle d'Aosta has one province)", () => {
    const two = comuniWith([5, 1]);
    const layer = two.topology.objects['comuni'] as GeometryCollection;
    const one: MapData = {
      ...two,
      topology: { ...two.topology, objects: { comuni: { ...layer, geometries: layer.geometries.slice(0, 1) } } },
      areas: new Map([...two.areas].filter(([code]) => code === layer.geometries[0]!.id)),
    };
    assert.match(summary(one, 'it'), /, 2024\/25: 1 comune\./);
    assert.match(summary(two, 'it'), /, 2024\/25: 2 comuni\./);
    assert.deepEqual(MESSAGES.it.levels.provinces, { one: 'provincia', many: 'province' });
    assert.deepEqual(MESSAGES.en.levels.regions, { one: 'region', many: 'regions' });
  });

  it('writes a count shared between comuni with its decimals ("0,43", not "0"), a whole count without', () => {
    // An institution's activity and the institution itself count in the comuni of its plessi by their students:
    // Montaione showed a value of 1 over "0" institutions.
    const view = mapView(comuniWith([5, 1]), { ...INPUTS, metric: 'etwinning.projects' });
    assert.equal(view.metric.unit, 'count');
    assert.equal(formatFor(0.4286, view, 'it'), '0,43');
    assert.equal(formatFor(12, view, 'it'), '12');
    assert.equal(denominatorText(0.4286, 'en'), '0.43');
    assert.equal(denominatorText(49, 'it'), '49');
  });

  it('counts answers and areas in the singular when there is one', () => {
    assert.equal(MESSAGES.it.interval('1', '3', 1), 'intervallo al 95%: 1 – 3 (1 risposta)');
    assert.equal(MESSAGES.en.interval('1', '3', 12), '95% interval: 1 – 3 (12 answers)');
    assert.equal(MESSAGES.en.noGeometryAreas(1), '1 area has data but no geometry: listed in the table only.');
    assert.equal(MESSAGES.it.noDataAreas(2), '2 aree hanno una geometria ma nessun dato: mostrate come "nessun dato".');
  });
});
