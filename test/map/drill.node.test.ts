import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canEnter, enterStep, italyStep, regionLevel, upStep, type MapPlace } from '../../src/map/drill.ts';

const italy: MapPlace = { level: 'regions', region: '', province: '', drillLevel: 'provinces' };
const toscana: MapPlace = { ...italy, level: 'provinces', region: '09' };
const firenze: MapPlace = { ...toscana, level: 'comuni', province: '048' };

describe('the map’s steps down and up', () => {
  it('goes Italy → a region’s provinces → a province’s comuni, and no further', () => {
    assert.deepEqual(enterStep(italy, '09'), { region: '09', province: '', level: 'provinces', focusOn: '' });
    assert.deepEqual(enterStep(toscana, '048'), { region: '09', province: '048', level: 'comuni', focusOn: '' });
    assert.equal(enterStep(firenze, '048017'), null);
    assert.deepEqual([italy, toscana, firenze].map(canEnter), [true, true, false]);
  });

  it('goes from Italy straight to a region’s comuni with drill-level="comuni", and enters nothing there', () => {
    const comuniFirst: MapPlace = { ...italy, drillLevel: 'comuni' };
    assert.deepEqual(enterStep(comuniFirst, '09'), { region: '09', province: '', level: 'comuni', focusOn: '' });
    assert.equal(enterStep({ ...comuniFirst, level: 'comuni', region: '09' }, '048017'), null);
    // A map of one region's provinces, reached with drill-level="comuni" set later, does not drill through provinces.
    assert.equal(canEnter({ ...toscana, drillLevel: 'comuni' }), false);
  });

  it('enters only the regions whose provinces and comuni the data holds (a bundle of one region), inside them as before', () => {
    const held = new Set(['09']);
    assert.equal(enterStep(italy, '12', held), null);
    assert.deepEqual(enterStep(italy, '09', held), { region: '09', province: '', level: 'provinces', focusOn: '' });
    assert.deepEqual(enterStep(toscana, '048', held), { region: '09', province: '048', level: 'comuni', focusOn: '' });
  });

  it("goes no further than a region's provinces with a survey's estimates, whatever the drill level (no comune has one)", () => {
    const survey = { metric: 'survey:piano:approvato' };
    assert.deepEqual(enterStep({ ...italy, ...survey }, '09'), { region: '09', province: '', level: 'provinces', focusOn: '' });
    assert.deepEqual(enterStep({ ...italy, ...survey, drillLevel: 'comuni' }, '09')?.level, 'provinces');
    assert.equal(enterStep({ ...toscana, ...survey }, '048'), null);
    assert.equal(regionLevel({ drillLevel: 'comuni', metric: 'survey:importanza' }), 'provinces');
    // The null: another metric drills as its page says.
    assert.equal(regionLevel({ drillLevel: 'comuni', metric: 'erasmus.projects' }), 'comuni');
    assert.equal(canEnter({ ...toscana, metric: 'participation.active' }), true);
  });

  it('goes up one level, the focus on the area just left; Italy from anywhere, the focus on the region', () => {
    assert.deepEqual(upStep(firenze), { region: '09', province: '', level: 'provinces', focusOn: '048' });
    assert.deepEqual(upStep(toscana), { region: '', province: '', level: 'regions', focusOn: '09' });
    assert.deepEqual(italyStep(firenze), { region: '', province: '', level: 'regions', focusOn: '09' });
  });
});
