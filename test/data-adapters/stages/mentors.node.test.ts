import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeMentors } from '../../../data-adapters/stages/mentors.ts';
import { rollUp } from '../../../data-adapters/stages/roll-up.ts';
import { worldConfig, worldInputs } from './world.ts';

describe('stage: mentors', () => {
  it('gives every inactive institution its nearest role models, never an active one a mentor', () => {
    const inputs = worldInputs();
    const rolled = rollUp(inputs, worldConfig());
    const centroids = new Map<string, [number, number]>([
      ['048017', [11.25, 43.77]],
      ['048001', [11.35, 43.75]],
      ['058091', [12.45, 41.85]],
    ]);
    const roleModels = new Map([['FIIC300005', { reasons: [] }]]) as never;
    const mentors = placeMentors(
      { institutions: [...rolled.institutions.values()], active: new Set(['FIIC100001', 'FIIC300005']), roleModels, centroids },
      worldConfig(),
    );
    assert.deepEqual([...mentors.keys()].sort(), ['FIIC200004', 'RMIC100006']);
    const near = mentors.get('FIIC200004')![0]!;
    assert.equal(near.code, 'FIIC300005');
    assert.ok(near.distanceKm > 5 && near.distanceKm < 12, `Firenze to Bagno a Ripoli: ${near.distanceKm} km`);
    assert.ok(mentors.get('RMIC100006')![0]!.distanceKm > 200);
  });
});
