import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeMentors } from '../../../data-adapters/stages/mentors.ts';
import { rollUp } from '../../../data-adapters/stages/roll-up.ts';
import { worldConfig, worldInputs } from './world.ts';

describe('stage: mentors', () => {
  it('assigns every inactive institution a role model within reach, never an active one, and reaches across regions only when none is near', async () => {
    const inputs = worldInputs();
    const rolled = rollUp(inputs, worldConfig());
    const centroids = new Map<string, [number, number]>([
      ['048017', [11.25, 43.77]],
      ['048001', [11.35, 43.75]],
      ['058091', [12.45, 41.85]],
    ]);
    const roleModels = new Map([['FIIC300005', { reasons: [] }]]) as never;
    // Toscana and Lazio border each other (their squares here lie apart: geo/build-layers.ts reads real boundaries).
    const regionNeighbours = new Map([
      ['09', new Set(['12'])],
      ['12', new Set(['09'])],
    ]);
    const input = {
      institutions: [...rolled.institutions.values()],
      active: new Set(['FIIC100001', 'FIIC300005']),
      roleModels,
      centroids,
      regionNeighbours,
    };
    const { links: mentors, loads, outOfReach } = await placeMentors(input, worldConfig());
    assert.deepEqual([...mentors.keys()].sort(), ['FIIC200004', 'RMIC100006']);
    const near = mentors.get('FIIC200004')![0]!;
    assert.equal(near.code, 'FIIC300005');
    assert.ok(near.distanceKm > 5 && near.distanceKm < 12, `Firenze to Bagno a Ripoli: ${near.distanceKm} km`);
    // Roma has no role model in Lazio, and Firenze's is ~230 km away, beyond the default 150.
    assert.deepEqual(mentors.get('RMIC100006'), []);
    assert.equal(outOfReach, 1);
    assert.equal(loads.get('FIIC300005'), 1);
    const config = worldConfig();
    const wider = await placeMentors(input, { ...config, mentors: { ...config.mentors, maxKm: 300 } });
    const far = wider.links.get('RMIC100006')![0]!;
    assert.ok(far.distanceKm > 200, 'with a wider reach, one from Toscana');
    assert.match(far.reasons[0]!.it, /in una regione confinante/);
    assert.equal(wider.loads.get('FIIC300005'), 2);
  });
});
