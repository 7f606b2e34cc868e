import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comuneShownText, surveyAreaOf } from '../../src/survey/comune-scope.ts';
import { NotFoundError } from '../../src/errors.ts';
import { EMPTY_VIEW, surveyScope } from '../../src/view/view-state.ts';

const index = { provinceRegions: { '048': '09', '100': '09' } };

describe("a survey's area for a scope", () => {
  it('is the scope itself for Italy, a region and a province, and a comune’s province with the comune', () => {
    assert.deepEqual(surveyAreaOf('', index), { level: 'nation', code: 'IT' });
    assert.deepEqual(surveyAreaOf('region:09', index), { level: 'region', code: '09' });
    assert.deepEqual(surveyAreaOf('province:048', index), { level: 'province', code: '048' });
    assert.deepEqual(surveyAreaOf('comune:048017', index), { level: 'province', code: '048', comune: '048017' });
  });

  it('is none for a school or a typing error, and a comune of no province of the index is not found, by its code', () => {
    assert.equal(surveyAreaOf('school:FIIC81200A', index), null);
    assert.equal(surveyAreaOf('comune:48017', index), null);
    assert.throws(
      () => surveyAreaOf('comune:058091', index),
      (error: unknown) => error instanceof NotFoundError && error.what === 'comune' && error.key === '058091',
    );
  });

  it('is said with the comune named where it is known, in Italian and English', () => {
    assert.equal(
      comuneShownText('048017', 'Firenze', 'Firenze', 'it'),
      'Le indagini non hanno stime per i comuni: per il comune di Firenze (048017) si vedono quelle della sua provincia, Firenze.',
    );
    assert.equal(
      comuneShownText('048017', undefined, 'Firenze', 'en'),
      'Surveys have no estimates for comuni: for the comune 048017, those of its province, Firenze, are shown.',
    );
  });

  it('is given a comune chosen in a linked view, else the area the lists show', () => {
    const state = { ...EMPTY_VIEW, region: '09' };
    assert.equal(surveyScope(state), 'region:09');
    assert.equal(surveyScope({ ...state, area: 'province:048' }), 'province:048');
    assert.equal(surveyScope({ ...state, area: 'comune:048017' }), 'comune:048017');
    assert.equal(surveyScope({ ...state, area: 'comune:048017', school: 'FIIC81200A' }), 'comune:048017');
    assert.equal(surveyScope(EMPTY_VIEW), 'nation');
  });
});
