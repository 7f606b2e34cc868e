import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixedClasses } from '../../src/map/fixed-breaks.ts';
import { readUnitValues } from '../../src/util/unit-values.ts';

const readBreaks = (text: string, percent: boolean) => readUnitValues(text, percent, 6);
import { isContinuous, mapView } from '../../src/map/map-view.ts';
import { regionFixture } from '../fixtures/contract.fixture.ts';
import { DEFAULT_MAP_INPUTS, toscanaComuni } from '../fixtures/map-inputs.fixture.ts';

describe('class thresholds a page sets (breaks)', () => {
  it('reads percentages as shares, exactly as a share is computed, and plain numbers as written', () => {
    assert.deepEqual(readBreaks('10% 20% 25%', true), { values: [0.1, 0.2, 0.25] });
    // 12.3% is the double nearest 0.123, as 123 / 1000 is (12.3 / 100 is not).
    const [share] = (readBreaks('12.3%', true) as { values: number[] }).values;
    assert.equal(share, 123 / 1000);
    assert.notEqual(12.3 / 100, 123 / 1000);
    assert.deepEqual(readBreaks(' 0.5  1.25\n2 ', false), { values: [0.5, 1.25, 2] });
    assert.deepEqual(readBreaks('-5 0 5', false), { values: [-5, 0, 5] });
  });

  it('guesses nothing: a decimal comma, a missing or an extra % sign, an order, a count are each refused with why', () => {
    assert.deepEqual(readBreaks('12,5% 20%', true), { problem: 'number', token: '12,5%' });
    assert.deepEqual(readBreaks('1.000 2.000 abc', false), { problem: 'number', token: 'abc' });
    assert.deepEqual(readBreaks('10% 0.2', true), { problem: 'percent', token: '0.2' });
    assert.deepEqual(readBreaks('10 20%', false), { problem: 'plain', token: '20%' });
    assert.deepEqual(readBreaks('20% 10%', true), { problem: 'order' });
    assert.deepEqual(readBreaks('10% 10%', true), { problem: 'order' });
    assert.deepEqual(readBreaks('', true), { problem: 'count' });
    assert.deepEqual(readBreaks('1 2 3 4 5 6 7', false), { problem: 'count' });
    assert.deepEqual(readBreaks('1 2 3 4 5 6', false), { values: [1, 2, 3, 4, 5, 6] });
  });

  it('keeps the thresholds whatever the values, with the values’ ends', () => {
    assert.deepEqual(fixedClasses([2, 4], 1, 9), { breaks: [2, 4], min: 1, max: 9, fixed: true });
    assert.deepEqual(fixedClasses([2, 4], Infinity, -Infinity), { breaks: [2, 4], min: 0, max: 0, fixed: true });
  });
});

describe('a map with breaks', () => {
  const inputs = { ...DEFAULT_MAP_INPUTS, metric: 'etwinning.projects', year: 2024 };

  it('colours every area by the thresholds, the same class the same colour on any map that shares them', () => {
    // Firenze 5 projects, Bagno a Ripoli 1: its own quantiles would give two classes, the darkest Firenze's.
    const view = mapView(toscanaComuni(), { ...inputs, breaks: '2 4 10' });
    assert.equal(view.breaksIgnored, null);
    assert.deepEqual(view.classes.breaks, [2, 4, 10]);
    assert.equal(view.colours.length, 4);
    const fillOf = (v: ReturnType<typeof mapView>, code: string) => v.fills.get(v.shown.find((i) => v.layer.features[i]!.code === code)!);
    assert.equal(fillOf(view, '048001'), view.colours[0]);
    assert.equal(fillOf(view, '048017'), view.colours[2]);
    // Another map's values (ten times as many projects in Firenze): the same thresholds, the same colours.
    const region = regionFixture();
    region.comuni[0]!.values['etwinning.projects'] = [3, 3, null, 50];
    const other = mapView(toscanaComuni(region), { ...inputs, breaks: '2 4 10' });
    assert.deepEqual(other.colours, view.colours);
    assert.equal(fillOf(other, '048017'), view.colours[3]);
    assert.equal(fillOf(other, '048001'), view.colours[0]);
  });

  it('makes classes of a continuous map too, and leaves a map without them as it was (the null)', () => {
    const continuous = mapView(toscanaComuni(), { ...inputs, classification: 'continuous', breaks: '2' });
    assert.equal(isContinuous(continuous), false);
    assert.equal(continuous.colours.length, 2);
    const plain = mapView(toscanaComuni(), inputs);
    assert.equal(plain.classes.fixed, undefined);
    const empty = mapView(toscanaComuni(), { ...inputs, breaks: '' });
    assert.deepEqual([empty.classes, empty.fills, empty.breaksIgnored], [plain.classes, plain.fills, null]);
    assert.equal(isContinuous(mapView(toscanaComuni(), { ...inputs, classification: 'continuous' })), true);
  });

  it('asks for percentages where the legend shows a share, and refuses them where it does not', () => {
    const index = toscanaComuni().index;
    index.metrics[0] = { ...index.metrics[0]!, counts: 'institutions' };
    const shares = { ...toscanaComuni(), index };
    // Firenze's one institution active: 100%; Bagno a Ripoli's not: 0%.
    const region = regionFixture();
    region.comuni[0]!.values['etwinning.projects'] = [0, 0, null, 1];
    region.comuni[1]!.values['etwinning.projects'] = [0, 0, null, 0];
    const data = { ...toscanaComuni(region), index };
    const asShare = mapView(data, { ...inputs, normalisation: 'perSchool', breaks: '50%' });
    assert.equal(asShare.breaksIgnored, null);
    assert.deepEqual(asShare.classes.breaks, [0.5]);
    assert.deepEqual(mapView(shares, { ...inputs, normalisation: 'perSchool', breaks: '0.5' }).breaksIgnored, {
      written: '0.5',
      problem: 'percent',
      token: '0.5',
    });
    // The same metric's counts are plain numbers.
    const counts = mapView(data, { ...inputs, breaks: '50%' });
    assert.deepEqual(counts.breaksIgnored, { written: '50%', problem: 'plain', token: '50%' });
    assert.equal(counts.classes.fixed, undefined, 'its own classes are shown');
  });
});
