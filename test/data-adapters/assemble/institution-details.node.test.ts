import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentorLinksOf, menteesOf, studentsEstimateOf } from '../../../data-adapters/assemble/institution-details.ts';
import type { Institution } from '../../../data-adapters/aggregate/institutions.ts';
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

describe("an institution's estimated students", () => {
  // The index's sizes (data-adapters/indicators/internationalisation-index.ts indexSizes): counted, partly counted, none.
  const sizes = new Map([
    ['FIIC00001A', 460],
    ['FIIC00002B', 980.5],
    ['FIIC00003C', 460],
  ]);
  const m = {
    index: { context: { imputed: new Set(['FIIC00002B', 'FIIC00003C']), size: (i: Institution) => sizes.get(i.code)! } },
  } as unknown as BuildModel;
  const institution = (code: string, students: number | null) => ({ code, students }) as Institution;

  it("are the index's estimate, rounded, where the count leaves plessi out; none where it is whole or missing", () => {
    assert.equal(studentsEstimateOf(m, institution('FIIC00002B', 580)), 981);
    assert.equal(studentsEstimateOf(m, institution('FIIC00001A', 460)), null, 'counted whole: the count says it');
    // None counted: the index's grade-group median says nothing of this institution's size ("n.d." in the breakdown).
    assert.equal(studentsEstimateOf(m, institution('FIIC00003C', null)), null);
  });
});
