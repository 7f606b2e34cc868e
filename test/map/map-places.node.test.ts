/**
 * An area's place as the tooltip, the announcement and the downloads say it:
 * a share's place as a range (one institution at 100% is not surely first),
 * another rate's only among the areas with enough institutions, a count's
 * as the range its swings allow (exactly where no model gives it one).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GeometryCollection } from 'topojson-specification';
import { MESSAGES } from '../../components/region-map/region-map.messages.ts';
import { mapTable } from '../../components/region-map/region-map.export.ts';
import { describeArea, formatFor, rangesNoteOf, rowsOf, summaryOf } from '../../components/region-map/region-map.text.ts';
import type { MapData } from '../../src/map/load-map.ts';
import { countRateInterval } from '../../src/map/count-rates.ts';
import { mapView, type MapViewModel } from '../../src/map/map-view.ts';
import { regionFixture } from '../fixtures/contract.fixture.ts';
import { DEFAULT_MAP_INPUTS, toscanaComuni } from '../fixtures/map-inputs.fixture.ts';

/** Four comuni of Toscana with 2024's count and their institutions; the metric a count of institutions (a share) or not. */
function comuni(
  share: boolean,
  figures: [number | null, number][] = [
    [40, 200],
    [1, 1],
    [0, 150],
    [1, 3],
  ],
): MapData {
  const region = regionFixture();
  region.comuni.push(
    { ...structuredClone(region.comuni[0]!), code: '048006', name: 'Calenzano' },
    { ...structuredClone(region.comuni[0]!), code: '048015', name: 'Fiesole' },
  );
  region.comuni.forEach((c, k) => {
    c.values['etwinning.projects'] = [0, 0, null, figures[k]![0]];
    c.institutions = figures[k]![1];
    delete c.institutionShare;
  });
  const data = toscanaComuni(region);
  if (share) data.index.metrics[0] = { ...data.index.metrics[0]!, counts: 'institutions', normalisations: ['perSchool'] };
  const layer = data.topology.objects['comuni'] as GeometryCollection;
  layer.geometries.push({ ...layer.geometries[0]!, id: '048006' }, { ...layer.geometries[1]!, id: '048015' });
  return data;
}

/** The shown area of that name. */
const areaIndex = (view: MapViewModel, data: MapData, name: string) =>
  view.shown.find((i) => data.areas.get(view.layer.features[i]!.code)?.name === name)!;

/** The table of the downloads, on an Italian page. */
const italianTable = (view: MapViewModel, data: MapData) =>
  mapTable({ view, data, t: MESSAGES.it, lang: 'it', colours: {} as never, font: '' });

const placeLine = (view: MapViewModel, data: MapData, name: string, lang: 'it' | 'en') => {
  return describeArea(areaIndex(view, data, name), view, data, MESSAGES[lang], lang).lines.find((line) =>
    line.startsWith(MESSAGES[lang].rank),
  );
};

/** The first line of an area's description: its value, with its interval where it has one. */
const valueLine = (view: MapViewModel, data: MapData, name: string, lang: 'it' | 'en') =>
  describeArea(areaIndex(view, data, name), view, data, MESSAGES[lang], lang).lines[0];

describe("an area's place", () => {
  it('says a place the data cannot tell at all as undetermined, not as "between 1st and 272nd"', () => {
    // Four comuni of one to three institutions each: every share's interval overlaps every other's.
    const data = comuni(true, [
      [1, 2],
      [1, 1],
      [0, 1],
      [1, 3],
    ]);
    const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    assert.equal(
      placeLine(view, data, 'Bagno a Ripoli', 'it'),
      'Posizione: non determinabile, qualunque su 4, tenuto conto dell’incertezza',
    );
    assert.equal(placeLine(view, data, 'Calenzano', 'en'), 'Rank: undetermined, anywhere among 4, allowing for uncertainty');
    assert.match(
      summaryOf(view, data, MESSAGES.it, 'it', true),
      /Migliore: Bagno a Ripoli \(100%; [^)]*; posto non determinabile, qualunque su 4\)/,
    );
    assert.match(
      summaryOf(view, data, MESSAGES.en, 'en', true),
      /Best: Bagno a Ripoli \(100%; [^)]*; place undetermined, anywhere among 4\)/,
    );
    // A range short of every place, and a single place, are said as before.
    assert.equal(MESSAGES.it.summaryPlace(1, 271, 272, true), 'tra il 1º e il 271º posto su tutte le 272 aree');
    assert.equal(MESSAGES.en.summaryPlace(1, 272, 272, true), 'place undetermined, anywhere among all 272 areas');
    assert.equal(MESSAGES.it.summaryPlace(1, 1, 1, false), '1º posto su 1');
    // Grouped as the map's counts are («7.899 comuni»): a national comuni map read «6755º posto su 6757».
    assert.equal(MESSAGES.it.rankRange(70, 6755, 6757), 'tra il 70º e il 6.755º posto su 6.757, tenuto conto dell’incertezza');
    assert.equal(MESSAGES.en.rankRange(70, 6755, 6757), 'between no. 70 and no. 6,755 of 6,757, allowing for uncertainty');
    assert.equal(MESSAGES.it.summaryPlace(1200, 1200, 6757, true), '1.200º posto su tutte le 6.757 aree');
    assert.equal(MESSAGES.it.summaryPlace(1200, 1200, 6757, true, true), '1.200º posto su tutte le 6.757 aree con un valore');
    assert.equal(MESSAGES.it.summaryPlace(1, 1, 1, false, true), '1º posto su 1 area con un valore');
    assert.equal(MESSAGES.en.summaryPlace(2, 2, 2, false, true), 'no. 2 of 2 areas with a value');
  });

  it('places the best and the worst among the areas with a value where some shown have none («4 comuni … su 3 aree con un valore»)', () => {
    const data = comuni(true, [
      [40, 200],
      [30, 100],
      [0, 150],
      [null, 3],
    ]);
    const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    const italian = summaryOf(view, data, MESSAGES.it, 'it', true);
    assert.match(italian, /: 4 comuni\./);
    assert.match(italian, /Migliore: Bagno a Ripoli \([^)]*; tra il 1º e il 2º posto su 3 aree con un valore\)/);
    assert.match(italian, /Peggiore: Calenzano \([^)]*; 3º posto su 3 aree con un valore\)/);
    assert.match(
      summaryOf(view, data, MESSAGES.en, 'en', true),
      /Best: Bagno a Ripoli \([^)]*; between no\. 1 and no\. 2 of 3 areas with a value\)/,
    );
    // Every area with a value: the count alone, as before.
    const whole = comuni(true, [
      [40, 200],
      [20, 100],
      [0, 150],
      [10, 50],
    ]);
    assert.match(
      summaryOf(mapView(whole, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' }), whole, MESSAGES.it, 'it', true),
      /posto su 4\)/,
    );
  });

  it('says a share’s place as the range its interval allows, one place when the range is one', () => {
    const data = comuni(true);
    const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    // 1 of 1 is first at 100%, yet may be behind 40 of 200; it is surely ahead of 0 of 150.
    assert.equal(placeLine(view, data, 'Bagno a Ripoli', 'it'), 'Posizione: tra il 1º e il 3º posto su 4, tenuto conto dell’incertezza');
    assert.equal(placeLine(view, data, 'Bagno a Ripoli', 'en'), 'Rank: between no. 1 and no. 3 of 4, allowing for uncertainty');
    assert.equal(placeLine(view, data, 'Calenzano', 'it'), 'Posizione: 4 di 4', '0 of 150 is surely behind the others');
    const [header, ...rows] = italianTable(view, data);
    assert.deepEqual(header!.slice(-4), ['Posizione', 'Posizione migliore possibile', 'Posizione peggiore possibile', 'Stato']);
    // The share itself with its interval, in the tooltip, the summary and the files: 1 of 1 is "100%", anywhere from 20.7% up.
    assert.equal(
      valueLine(view, data, 'Bagno a Ripoli', 'it'),
      'Progetti eTwinning (quota sul totale delle istituzioni): 100%; al 95% tra 20,7% e 100%',
    );
    assert.equal(
      valueLine(view, data, 'Bagno a Ripoli', 'en'),
      'eTwinning projects (share of all institutions): 100%; 95% interval 20.7% to 100%',
    );
    assert.match(
      summaryOf(view, data, MESSAGES.it, 'it'),
      /Tra le 2 aree con almeno 5 istituzioni, migliore: Firenze \(20%; al 95% tra 15% e 26,1%\); peggiore: Calenzano \(0%; al 95% tra 0% e 2,5%\)\./,
    );
    // Ranked, the best and the worst of those 2 have their places among all 4 areas, and the sentence says so.
    assert.match(
      summaryOf(view, data, MESSAGES.it, 'it', true),
      /Tra le 2 aree con almeno 5 istituzioni, migliore: Firenze \(20%; al 95% tra 15% e 26,1%; tra il 1º e il 3º posto su tutte le 4 aree\); peggiore: Calenzano \(0%; al 95% tra 0% e 2,5%; 4º posto su tutte le 4 aree\)\./,
    );
    assert.match(
      summaryOf(view, data, MESSAGES.en, 'en', true),
      /best: Firenze \(20%; 95% interval 15% to 26\.1%; between no\. 1 and no\. 3 of all 4 areas\)/,
    );
    assert.deepEqual(header!.slice(2, 5), [
      'Progetti eTwinning (quota sul totale delle istituzioni, %)',
      'Minimo (95%), %',
      'Massimo (95%), %',
    ]);
    assert.deepEqual(rows[0]!.slice(1, 5), ['Bagno a Ripoli', 100, 20.7, 100]);
    assert.deepEqual(
      rows.map((row) => [row[1], ...row.slice(-4, -1)]),
      [
        ['Bagno a Ripoli', 1, 1, 3],
        ['Fiesole', 2, 1, 3],
        ['Firenze', 3, 1, 3],
        ['Calenzano', 4, 4, 4],
      ],
    );
  });

  it('writes a small rate and its interval with the decimals that keep them apart and above none', () => {
    const base = comuni(false);
    base.index.metrics[0] = { ...base.index.metrics[0]!, dispersion: [2, 2, null, 2] };
    // Firenze: 3 projects over 250 institutions, 0.012 per institution, between 0.0028 and 0.052; it read "0,01; al 95% tra 0 e 0,05".
    const firenzeArea = base.areas.get('048017')!;
    const areas = new Map(base.areas);
    areas.set('048017', { ...firenzeArea, values: { ...firenzeArea.values, 'etwinning.projects': [0, 0, null, 3] }, institutions: 250 });
    const data = { ...base, areas };
    const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    assert.equal(valueLine(view, data, 'Firenze', 'it'), 'Progetti eTwinning per istituzione: 0,012; al 95% tra 0,003 e 0,052');
    assert.equal(valueLine(view, data, 'Firenze', 'en'), 'eTwinning projects per institution: 0.012; 95% interval 0.003 to 0.052');
  });

  it('gives another rate its quasi-Poisson interval from the metric’s dispersion, and its place as a range', () => {
    const data = comuni(false);
    // One institution's projects vary twice as much as their mean (the build's φ for 2024).
    data.index.metrics[0] = { ...data.index.metrics[0]!, dispersion: [2, 2, null, 2] };
    const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    assert.equal(valueLine(view, data, 'Firenze', 'it'), 'Progetti eTwinning per istituzione: 0,20; al 95% tra 0,13 e 0,31');
    assert.equal(placeLine(view, data, 'Firenze', 'it'), 'Posizione: tra il 1º e il 3º posto su 4, tenuto conto dell’incertezza');
    assert.equal(placeLine(view, data, 'Calenzano', 'en'), 'Rank: between no. 3 and no. 4 of 4, allowing for uncertainty');
    const [header, ...rows] = italianTable(view, data);
    assert.deepEqual(header, [
      'Codice ISTAT',
      'Area',
      'Progetti eTwinning per istituzione',
      'Minimo (95%)',
      'Massimo (95%)',
      'Progetti eTwinning',
      'Istituzioni',
      'Posizione',
      'Posizione migliore possibile',
      'Posizione peggiore possibile',
      'Stato',
    ]);
    assert.deepEqual(rows.find((row) => row[1] === 'Firenze')!.slice(2, 10), [0.2, 0.129, 0.309, 40, 200, 3, 1, 3]);
    // The table formats a value as the tooltip does, from the value itself: 0.12496 is "0,12" in both, never "0,13" from a rounded 0.125.
    const tiny = comuni(false);
    const calenzano = [...tiny.areas.values()].find((a) => a.name === 'Calenzano')! as unknown as {
      values: Record<string, (number | null)[]>;
    };
    calenzano.values['etwinning.projects'] = [0, 0, null, 0.12496 * 150];
    const shown = mapView(tiny, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    const row = rowsOf(shown, tiny).find((r) => r.name === 'Calenzano')!;
    assert.equal(formatFor(row.value, shown, 'it'), '0,12');
  });

  it('shows a count as counted, and ranges its place by the swings of its rate: highest and lowest, not best and worst', () => {
    const data = comuni(false);
    data.index.metrics[0] = { ...data.index.metrics[0]!, dispersion: [2, 2, null, 2] };
    const view = mapView(data, DEFAULT_MAP_INPUTS);
    // 40 projects lie between 25.9 and 61.8 at φ = 2, above 1 project's 0.1 to 9.6: Firenze is surely first, the others 2nd to 4th.
    assert.equal(placeLine(view, data, 'Firenze', 'it'), 'Posizione: 1 di 4');
    assert.equal(placeLine(view, data, 'Calenzano', 'it'), 'Posizione: tra il 2º e il 4º posto su 4, tenuto conto dell’incertezza');
    assert.equal(placeLine(view, data, 'Fiesole', 'en'), 'Rank: between no. 2 and no. 4 of 4, allowing for uncertainty');
    const firenze = areaIndex(view, data, 'Firenze');
    assert.equal(valueLine(view, data, 'Firenze', 'it'), 'Progetti eTwinning: 40', 'the count itself is bare');
    assert.equal(view.intervalOf(firenze), null);
    const [header, ...rows] = italianTable(view, data);
    assert.deepEqual(header, [
      'Codice ISTAT',
      'Area',
      'Progetti eTwinning',
      'Istituzioni',
      'Posizione',
      'Posizione migliore possibile',
      'Posizione peggiore possibile',
      'Stato',
    ]);
    assert.deepEqual(rows.find((row) => row[1] === 'Fiesole')!.slice(2, 7), [1, 3, 2, 2, 4]);
    assert.equal(
      summaryOf(view, data, MESSAGES.it, 'it'),
      'Progetti eTwinning, 2024/25: 4 comuni. Valore più alto: Firenze (40). Più basso: Calenzano (0).',
    );
    assert.match(summaryOf(view, data, MESSAGES.en, 'en'), / Highest: Firenze \(40\)\. Lowest: Calenzano \(0\)\.$/);
    // Once the view is ranked (when the page is idle, or in the table view), the summary says how sure each place is.
    assert.match(
      summaryOf(view, data, MESSAGES.it, 'it', true),
      / Valore più alto: Firenze \(40; 1º posto su 4\)\. Più basso: Calenzano \(0; tra il 2º e il 4º posto su 4\)\.$/,
    );
    assert.match(summaryOf(view, data, MESSAGES.en, 'en', true), /Lowest: Calenzano \(0; between no\. 2 and no\. 4 of 4\)\./);
    const older = comuni(false);
    assert.doesNotMatch(summaryOf(mapView(older, DEFAULT_MAP_INPUTS), older, MESSAGES.it, 'it', true), /posto/, 'no ranges, no places');
    assert.match(rangesNoteOf(view, data, MESSAGES.it)!, /cambia molto per caso, anche un conteggio, mostrato così com’è\.$/);
    const rates = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    assert.doesNotMatch(rangesNoteOf(rates, data, MESSAGES.en)!, /count/, 'a rate’s note says nothing of counts');

    // A count of institutions: its share's Wilson interval times its institutions, so 40 of 200 (30 to 52) is surely ahead.
    const active = comuni(true);
    const counted = mapView(active, DEFAULT_MAP_INPUTS);
    assert.deepEqual(
      ['Firenze', 'Bagno a Ripoli', 'Fiesole', 'Calenzano'].map((name) => placeLine(counted, active, name, 'en')),
      [
        'Rank: 1 of 4',
        'Rank: between no. 2 and no. 4 of 4, allowing for uncertainty',
        'Rank: between no. 2 and no. 4 of 4, allowing for uncertainty',
        'Rank: between no. 2 and no. 4 of 4, allowing for uncertainty',
      ],
    );
  });

  it("widens an area's interval by its region's dispersion where Toscana's institutions vary more than the nation's, never narrows it", () => {
    const data = comuni(false);
    data.index.metrics[0] = { ...data.index.metrics[0]!, dispersion: [2, 2, null, 2] };
    const toscana = data.index.regions.find((r) => r.code === '09')!;
    const at = (phi: number) => {
      toscana.dispersion = { 'etwinning.projects': [phi, phi, null, phi] };
      const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
      return view.intervalOf(areaIndex(view, data, 'Firenze'));
    };
    // Firenze's 40 projects over 200 institutions.
    assert.deepEqual(at(8), countRateInterval(40, 200, 8));
    assert.deepEqual(at(1), countRateInterval(40, 200, 2), 'the nation’s where the region’s is smaller');
    // A count's place is ranged by the same φ: at 8, Firenze's 40 (17 to 94) is no longer surely ahead of 1 project (0 to 33),
    // as it was at the nation's 2 (26 to 62 against 0.1 to 9.6).
    toscana.dispersion = { 'etwinning.projects': [8, 8, null, 8] };
    assert.equal(
      placeLine(mapView(data, DEFAULT_MAP_INPUTS), data, 'Firenze', 'it'),
      'Posizione: non determinabile, qualunque su 4, tenuto conto dell’incertezza',
    );
  });

  it('ranks another rate, in a contract without its dispersion, only among the areas with at least 5 institutions, and says why the others have no place', () => {
    const data = comuni(false);
    const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    assert.equal(view.ranking.ranges, null);
    assert.equal(placeLine(view, data, 'Firenze', 'it'), 'Posizione: 1 di 2 aree con almeno 5 istituzioni');
    assert.equal(placeLine(view, data, 'Firenze', 'en'), 'Rank: 1 of 2 areas with at least 5 institutions');
    assert.equal(placeLine(view, data, 'Bagno a Ripoli', 'it'), 'Posizione: non data, meno di 5 istituzioni');
    assert.equal(placeLine(view, data, 'Bagno a Ripoli', 'en'), 'Rank: not given, fewer than 5 institutions');
    const [header, ...rows] = italianTable(view, data);
    assert.deepEqual(header!.slice(-2), ['Posizione', 'Stato']);
    assert.ok(!header!.includes('Minimo (95%), %'), 'no interval for a rate that is no share');
    assert.match(summaryOf(view, data, MESSAGES.it, 'it'), /migliore: Firenze \(0,20\); peggiore: Calenzano \(0\)\./);
    assert.deepEqual(
      rows.map((row) => [row[1], row.at(-2)]),
      [
        ['Firenze', 1],
        ['Calenzano', 2],
        ['Bagno a Ripoli', null],
        ['Fiesole', null],
      ],
    );
  });

  it('ranks counts exactly, in every area, where the contract gives no dispersion to range them by (an older contract)', () => {
    const data = comuni(false);
    const view = mapView(data, DEFAULT_MAP_INPUTS);
    assert.equal(view.ranking.ranges, null);
    assert.equal(placeLine(view, data, 'Firenze', 'it'), 'Posizione: 1 di 4');
    assert.equal(placeLine(view, data, 'Calenzano', 'en'), 'Rank: 4 of 4');
    assert.equal(rangesNoteOf(view, data, MESSAGES.it), null, 'no ranges, nothing to explain');
  });
});
