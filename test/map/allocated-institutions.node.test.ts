/**
 * A rate divides by the institutions allocated to the area by students (an
 * institution with plessi in several comuni counts in each by its share), so a
 * comune's count can have decimals: the tooltip, the table's note and the
 * downloads say why, and say nothing where every count is whole.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GeometryCollection } from 'topojson-specification';
import { mapCsv } from '../../components/region-map/region-map.export.ts';
import { MESSAGES } from '../../components/region-map/region-map.messages.ts';
import { allocatedOf, describeArea } from '../../components/region-map/region-map.text.ts';
import type { MapData } from '../../src/map/load-map.ts';
import { mapView } from '../../src/map/map-view.ts';
import { regionFixture } from '../fixtures/contract.fixture.ts';
import { DEFAULT_MAP_INPUTS, toscanaComuni } from '../fixtures/map-inputs.fixture.ts';

/** Firenze, Bagno a Ripoli, Calenzano and Fiesole, each with one active institution of `shares` allocated to it by students. */
function comuni(shares: number[]): MapData {
  const region = regionFixture();
  region.comuni.push(
    { ...structuredClone(region.comuni[0]!), code: '048006', name: 'Calenzano' },
    { ...structuredClone(region.comuni[0]!), code: '048015', name: 'Fiesole' },
  );
  region.comuni.forEach((c, k) => {
    c.values['etwinning.projects'] = [0, 0, null, 1];
    c.institutions = Math.ceil(shares[k]!);
    c.institutionShare = shares[k]!;
  });
  const data = toscanaComuni(region);
  data.index.metrics[0] = { ...data.index.metrics[0]!, counts: 'institutions', normalisations: ['perSchool'] };
  const layer = data.topology.objects['comuni'] as GeometryCollection;
  layer.geometries.push({ ...layer.geometries[0]!, id: '048006' }, { ...layer.geometries[1]!, id: '048015' });
  return data;
}

const countLine = (data: MapData, lang: 'it' | 'en', mode: 'perSchool' | 'absolute' = 'perSchool') => {
  const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: mode });
  const index = view.shown.find((i) => data.areas.get(view.layer.features[i]!.code)?.name === 'Bagno a Ripoli')!;
  return describeArea(index, view, data, MESSAGES[lang], lang).lines.find((line) => line.startsWith('n = '));
};

describe('institutions allocated by students', () => {
  it('says a count of institutions with decimals is shared out by students, in the tooltip, under the table and in the files', () => {
    const data = comuni([4, 2.13, 3, 1]);
    assert.equal(countLine(data, 'it'), 'n = 2,13 istituzioni, ripartite per studenti tra le aree dei loro plessi');
    assert.equal(countLine(data, 'en'), 'n = 2.13 institutions, shared out by students among their sites’ areas');
    const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    assert.equal(allocatedOf(view, data, MESSAGES.it), 'Istituzioni con decimali: ripartite per studenti tra le aree dei loro plessi.');
    const csv = mapCsv(
      { view, data, t: MESSAGES.it, lang: 'it', colours: {} as never, font: '' },
      { title: 'Toscana', sources: [], generatedAt: '2026-11-01', synthetic: false, provisional: false },
    );
    assert.match(csv, /Istituzioni con decimali/);
  });

  it('says nothing of it where every count is whole: the whole institutions of a count, or shares that came out whole', () => {
    const whole = comuni([4, 2, 3, 1]);
    assert.equal(countLine(whole, 'it'), 'n = 2 istituzioni');
    const view = mapView(whole, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
    assert.equal(allocatedOf(view, whole, MESSAGES.it), null);
    // A count (absolute) stands beside the area's whole institutions, whatever their shares.
    const fractional = comuni([4, 2.13, 3, 1]);
    assert.equal(countLine(fractional, 'it', 'absolute'), 'n = 3 istituzioni');
    assert.equal(allocatedOf(mapView(fractional, { ...DEFAULT_MAP_INPUTS, normalisation: 'absolute' }), fractional, MESSAGES.it), null);
  });
});
