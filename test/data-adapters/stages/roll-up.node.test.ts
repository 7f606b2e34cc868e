import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollUp, yearsOf, yearsWithRows } from '../../../data-adapters/stages/roll-up.ts';
import { worldConfig, worldInputs } from './world.ts';

describe('stage: roll up', () => {
  it('takes the contract years from the config, else every year of the inputs', () => {
    assert.deepEqual(yearsOf(worldInputs(), worldConfig()), [2021, 2022, 2023, 2024]);
    // No years in the config: from the first to the last year of any row (eTwinning 2022-2023, Erasmus+ 2023).
    assert.deepEqual(yearsOf(worldInputs(), { ...worldConfig(), years: null }), [2022, 2023]);
  });

  it('rolls plessi into their institutions, counting a plesso’s rows for its institution', () => {
    const rolled = rollUp(worldInputs(), worldConfig());
    assert.deepEqual([...rolled.institutions.keys()].sort(), ['FIIC100001', 'FIIC200004', 'FIIC300005', 'RMIC100006']);
    const fiic1 = rolled.institutions.get('FIIC100001')!;
    assert.equal(fiic1.plessi.length, 3);
    assert.equal(fiic1.years.get(2023)?.etwinning?.projects, 3);
  });

  it('covers each programme in the years it has rows for, and makes metrics only for programmes with data', () => {
    const inputs = worldInputs();
    const rolled = rollUp(inputs, worldConfig());
    assert.deepEqual([...rolled.coverage.get('etwinning')!], [2022, 2023]);
    assert.deepEqual([...rolled.coverage.get('erasmus')!], [2023]);
    assert.equal(rolled.coverage.get('funding')!.size, 0);
    assert.deepEqual([...rolled.coverage.get('all')!].sort(), [2022, 2023]);
    const programmes = new Set(rolled.metrics.map((m) => m.definition.programme));
    assert.ok(programmes.has('etwinning') && programmes.has('erasmus'));
    assert.ok(!programmes.has('funding'), 'no funding file: no funding metric');
  });

  it('sums a metric by comune, province, region and nation from the same institutions', () => {
    const rolled = rollUp(worldInputs(), worldConfig());
    const projects = (key: string) => rolled.areas.get(key as never)!.values['etwinning.projects'];
    // FIIC100001 has 210 of its 330 students in Firenze and 120 in Bagno a Ripoli: its projects are allocated 7/11 and 4/11.
    assert.deepEqual(projects('comune:048017'), [null, 1.273, 1.909, null]);
    assert.deepEqual(projects('comune:048001'), [null, 0.7273, 1.091, null]);
    assert.deepEqual(projects('province:048'), [null, 2, 3, null]);
    assert.deepEqual(projects('region:09'), [null, 2, 3, null]);
    assert.deepEqual(projects('nation'), [null, 2, 3, null]);
  });

  it('divides an area by the institutions allocated the same way as its activity', () => {
    const rolled = rollUp(worldInputs(), worldConfig());
    const firenze = rolled.areas.get('comune:048017')!;
    const bagno = rolled.areas.get('comune:048001')!;
    // Firenze: 7/11 of FIIC100001 and all of FIIC200004; Bagno a Ripoli: 4/11 of FIIC100001 and all of FIIC300005.
    assert.equal(firenze.institutions, 2);
    assert.equal(firenze.institutionShare, 1.636);
    assert.equal(bagno.institutionShare, 1.364);
    assert.equal(rolled.areas.get('nation')!.institutionShare, 4);
    // Active institutions in 2023: FIIC100001 (7/11 in Firenze) and FIIC300005 (Bagno a Ripoli).
    const active = (area: typeof firenze) => area.values['participation.active']![2];
    assert.equal(active(firenze), 0.6364);
    // Every institution of Bagno a Ripoli active: the sum and its denominator stored alike, a share of exactly 1.
    assert.equal(active(bagno), bagno.institutionShare);
  });

  it('finds no covered year without rows, and never a year in a gap between rows', () => {
    assert.equal(yearsWithRows(new Map()).size, 0);
    const rows = new Map([
      [
        'FIIC100001',
        new Map([
          [2014, 1],
          [2016, 1],
        ]),
      ],
    ]);
    assert.deepEqual([...yearsWithRows(rows)].sort(), [2014, 2016]);
  });
});
