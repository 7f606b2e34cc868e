import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comuneOfScope, comuneShownText, surveyAreaOf } from '../../src/survey/comune-scope.ts';
import { EMPTY_VIEW, surveyScope } from '../../src/view/view-state.ts';

const firenze = { code: '048017', name: 'Firenze', province: '048' };

describe("a survey's area for a scope", () => {
  it('is the scope itself for Italy, a region and a province, and a comune’s province with the comune', () => {
    assert.deepEqual(surveyAreaOf(''), { level: 'nation', code: 'IT' });
    assert.deepEqual(surveyAreaOf('region:09'), { level: 'region', code: '09' });
    assert.deepEqual(surveyAreaOf('province:048', firenze), { level: 'province', code: '048' });
    assert.deepEqual(surveyAreaOf('comune:048017', firenze), { level: 'province', code: '048', comune: firenze });
  });

  it('takes a comune’s province from the comune read, and from its code only until it is read', () => {
    // A comune moved to another province keeps its code: the shard says where it is.
    const moved = { code: '048017', name: 'Firenze', province: '100' };
    assert.deepEqual(surveyAreaOf('comune:048017', moved), { level: 'province', code: '100', comune: moved });
    // Another comune's, still on its way.
    assert.deepEqual(surveyAreaOf('comune:048001', firenze), {
      level: 'province',
      code: '048',
      comune: { code: '048001', name: '', province: '048' },
    });
  });

  it('is none for a school or a typing error, which the element says are not its scopes', () => {
    assert.equal(surveyAreaOf('school:FIIC81200A'), null);
    assert.equal(surveyAreaOf('comune:48017'), null);
    assert.deepEqual(['comune:048017', 'province:048', 'comune:48017', ''].map(comuneOfScope), ['048017', '', '', '']);
  });

  it('is said with the comune named where it is known, in Italian and English', () => {
    assert.equal(
      comuneShownText(firenze, 'Firenze', 'it'),
      'Le indagini non hanno stime per i comuni: per il comune di Firenze (048017) si vedono quelle della sua provincia, Firenze.',
    );
    assert.equal(
      comuneShownText({ code: '048017', name: '' }, 'Firenze', 'en'),
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
