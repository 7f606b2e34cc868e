import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allocationOf, officeOf } from '../../../data-adapters/aggregate/allocation.ts';
import type { Location } from '../../../data-adapters/aggregate/locate-schools.ts';
import { rollUp } from '../../../data-adapters/stages/roll-up.ts';
import { school, worldConfig, worldInputs } from '../stages/world.ts';

const FIRENZE: Location = { region: '09', province: '048', comune: '048017' };
const BAGNO: Location = { region: '09', province: '048', comune: '048001' };

/** An IC in Firenze with its office row and three plessi: two in Firenze, one in Bagno a Ripoli. */
function institution() {
  const plessi = [
    school('FIIC900000', 'FIIC900000', 'D612', { seat: true }),
    school('FIAA900001', 'FIIC900000', 'D612'),
    school('FIEE900002', 'FIIC900000', 'D612'),
    school('FIEE900003', 'FIIC900000', 'A564'),
  ];
  const locations = new Map<string, Location>(plessi.map((p) => [p.code, p.belfiore === 'A564' ? BAGNO : FIRENZE]));
  return { code: 'FIIC900000', plessi, locations };
}

const share = (shares: Map<string, number>, key: string) => Math.round(shares.get(key)! * 1e6) / 1e6;

describe('allocation of an institution to its areas', () => {
  it("gives the office row of an IC no share: its plessi's students make the shares", () => {
    const { locations, ...ic } = institution();
    // As in the registry: the IC's own row counts no students.
    const students = new Map([
      ['FIAA900001', 50],
      ['FIEE900002', 250],
      ['FIEE900003', 100],
    ]);
    const { shares, basis } = allocationOf(ic, locations, students);
    assert.equal(basis, 'students');
    assert.equal(share(shares, 'comune:048017'), 0.75);
    assert.equal(share(shares, 'comune:048001'), 0.25);
    assert.equal(shares.get('nation'), 1);
  });

  it('gives a plesso without a count no share while others are counted, as its area counts none of its pupils, and says so', () => {
    const { locations, ...ic } = institution();
    // Bagno a Ripoli's plesso is missing from the students' file: the activity goes where the 300 counted pupils are.
    const { shares, basis } = allocationOf(
      ic,
      locations,
      new Map([
        ['FIAA900001', 50],
        ['FIEE900002', 250],
      ]),
    );
    assert.equal(basis, 'counted');
    // Its plesso is there: the comune counts the institution among its own, with no share of it.
    assert.equal(shares.get('comune:048001'), 0);
    assert.equal(share(shares, 'comune:048017'), 1);
    assert.equal(share(shares, 'nation'), 1);
  });

  it('splits by plessi, the office left out, when no plesso has a count', () => {
    const { locations, ...ic } = institution();
    const { shares, basis } = allocationOf(ic, locations, new Map());
    assert.equal(basis, 'plessi');
    assert.equal(share(shares, 'comune:048001'), 0.333333);
    assert.equal(share(shares, 'province:048'), 1);
  });

  it("keeps an institution's own row when it teaches (it has a count) or is its only row", () => {
    const { locations, ...ic } = institution();
    const liceo = { code: 'FIIC900000', plessi: ic.plessi.slice(0, 1) };
    assert.equal(allocationOf(liceo, locations, new Map()).shares.get('comune:048017'), 1);
    const withSeat = allocationOf(
      ic,
      locations,
      new Map([
        ['FIIC900000', 100],
        ['FIAA900001', 100],
        ['FIEE900002', 100],
        ['FIEE900003', 100],
      ]),
    );
    assert.equal(withSeat.basis, 'students');
    assert.equal(share(withSeat.shares, 'comune:048001'), 0.25);
  });

  it("finds the office: the institution's own row without a count beside other plessi, and nothing else", () => {
    const { plessi } = institution();
    assert.equal(officeOf('FIIC900000', plessi, new Map([['FIAA900001', 50]])), 'FIIC900000');
    assert.equal(officeOf('FIIC900000', plessi, new Map([['FIIC900000', 80]])), undefined, 'a counted own row teaches');
    assert.equal(officeOf('FIIC900000', plessi.slice(0, 1), new Map()), undefined, 'an only row teaches');
    assert.equal(officeOf('FIIC900009', plessi, new Map()), undefined, 'no own row among its plessi');
  });

  it('tallies each basis over the institutions of a build', () => {
    const inputs = worldInputs();
    // FIIC100001's office row without a count (its plessi counted), FIIC200004's only row without one.
    inputs.students.delete('FIIC100001');
    inputs.students.delete('FIIC200004');
    const rolled = rollUp(inputs, worldConfig());
    assert.deepEqual(rolled.allocationBases, { students: 3, counted: 0, plessi: 1 });
    assert.equal(rolled.allocations.get('FIIC200004')!.get('comune:048017'), 1);
  });
});
