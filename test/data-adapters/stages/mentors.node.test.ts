import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeMentors } from '../../../data-adapters/stages/mentors.ts';
import { rollUp } from '../../../data-adapters/stages/roll-up.ts';
import { worldConfig, worldInputs } from './world.ts';

describe('stage: mentors', () => {
  it('assigns every inactive institution a role model, never an active one, and reaches across regions only when none is near', async () => {
    const inputs = worldInputs();
    const rolled = rollUp(inputs, worldConfig());
    const centroids = new Map<string, [number, number]>([
      ['048017', [11.25, 43.77]],
      ['048001', [11.35, 43.75]],
      ['058091', [12.45, 41.85]],
    ]);
    const roleModels = new Map([['FIIC300005', { reasons: [] }]]) as never;
    const { links: mentors, loads } = await placeMentors(
      { institutions: [...rolled.institutions.values()], active: new Set(['FIIC100001', 'FIIC300005']), roleModels, centroids },
      worldConfig(),
    );
    assert.deepEqual([...mentors.keys()].sort(), ['FIIC200004', 'RMIC100006']);
    const near = mentors.get('FIIC200004')![0]!;
    assert.equal(near.code, 'FIIC300005');
    assert.ok(near.distanceKm > 5 && near.distanceKm < 12, `Firenze to Bagno a Ripoli: ${near.distanceKm} km`);
    assert.ok(mentors.get('RMIC100006')![0]!.distanceKm > 200, 'Roma has no role model in Lazio: one from Toscana');
    assert.match(mentors.get('RMIC100006')![0]!.reasons[0]!.it, /regione vicina/);
    assert.equal(loads.get('FIIC300005'), 2);
  });
});
