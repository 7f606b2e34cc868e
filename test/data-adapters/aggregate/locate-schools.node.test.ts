import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateSchools, normaliseName } from '../../../data-adapters/aggregate/locate-schools.ts';
import { school, worldLimits } from '../stages/world.ts';

describe('locate schools', () => {
  it('places a school in its comune by Belfiore code, with its province and region', () => {
    const located = locateSchools([school('FIEE100002', 'FIIC100001', 'D612')], worldLimits());
    assert.deepEqual(located.locations.get('FIEE100002'), { comune: '048017', province: '048', region: '09' });
    assert.equal(located.unknownComuni.size, 0);
  });

  it('places a school of a comune newer than the limits in its province and region, and reports it', () => {
    const newer = { ...school('FIEE100009', 'FIIC100001', 'D612'), belfiore: 'M432' };
    const located = locateSchools([newer], worldLimits());
    assert.deepEqual(located.locations.get('FIEE100009'), { comune: null, province: '048', region: '09' });
    assert.deepEqual(located.unknownComuni.get('M432'), ['FIEE100009']);
  });

  it('leaves a school that no name places unplaced, and says so', () => {
    const lost = { ...school('XXEE100009', 'XXIC100001', 'D612'), belfiore: 'Z999', regionName: 'ATLANTIDE', provinceName: 'NESSUNA' };
    const located = locateSchools([lost], worldLimits());
    assert.deepEqual(located.unplaced, ['XXEE100009']);
    assert.equal(located.locations.has('XXEE100009'), false);
  });

  it('matches names without accents, spaces or punctuation', () => {
    assert.equal(normaliseName("Valle d'Aosta/Vallée d'Aoste"), 'VALLEDAOSTAVALLEEDAOSTE');
  });
});
