import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentorLinksOf, menteesOf } from '../../../data-adapters/assemble/institution-details.ts';
import type { BuildModel } from '../../../data-adapters/assemble/build-model.ts';

/** Two inactive institutions and the role model that mentors them: one in its comune, one 4.2 km away. */
function model(): BuildModel {
  const institution = (code: string, name: string, comuneName: string) => ({ code, name, seat: { comuneName }, years: new Map() });
  const link = (distanceKm: number, sameComune: boolean) => ({ code: 'FIIC81200A', distanceKm, sameComune, reasons: [] });
  return {
    years: [],
    institutions: new Map([
      ['FIIC81200A', institution('FIIC81200A', 'IC Firenze Centro', 'Firenze')],
      ['FIEE81300B', institution('FIEE81300B', 'Primaria Dante', 'Firenze')],
      ['FIIC80100B', institution('FIIC80100B', 'IC Bagno a Ripoli', 'Bagno a Ripoli')],
    ]),
    mentors: new Map([
      ['FIEE81300B', [link(0, true)]],
      ['FIIC80100B', [link(4.2, false)]],
    ]),
  } as unknown as BuildModel;
}

describe('mentor links in the contract', () => {
  it('say when mentor and mentee are in one comune, so that a list reads "stesso comune", not "0 km"', () => {
    const m = model();
    assert.deepEqual(mentorLinksOf(m, 'FIEE81300B'), [
      { code: 'FIIC81200A', name: 'IC Firenze Centro', comuneName: 'Firenze', distanceKm: 0, sameComune: true },
    ]);
    // Only when true: a region shard lists thousands of links.
    assert.deepEqual(mentorLinksOf(m, 'FIIC80100B'), [
      { code: 'FIIC81200A', name: 'IC Firenze Centro', comuneName: 'Firenze', distanceKm: 4.2 },
    ]);
    assert.deepEqual(menteesOf(m, 'FIIC81200A'), [
      { code: 'FIEE81300B', name: 'Primaria Dante', comuneName: 'Firenze', distanceKm: 0, sameComune: true },
      { code: 'FIIC80100B', name: 'IC Bagno a Ripoli', comuneName: 'Bagno a Ripoli', distanceKm: 4.2 },
    ]);
  });
});
