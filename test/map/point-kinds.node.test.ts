import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPoints, togglePoint } from '../../src/map/point-kinds.ts';
import { ignoredWordsText } from '../../src/i18n/ignored-attribute.ts';

describe('the map’s points attribute', () => {
  it('reads words, never substrings: "actives" and "inactive" name no kind', () => {
    assert.deepEqual(readPoints('active  role-models'), { kinds: new Set(['active', 'role-models']), unknown: [] });
    assert.deepEqual(readPoints('actives inactive'), { kinds: new Set(), unknown: ['actives', 'inactive'] });
    assert.deepEqual(readPoints(''), { kinds: new Set(), unknown: [] });
  });

  it('toggles one kind, in a fixed order, leaving out the words it does not know', () => {
    assert.equal(togglePoint('role-models', 'active'), 'active role-models');
    assert.equal(togglePoint('active role-models', 'active'), 'role-models');
    assert.equal(togglePoint('actives', 'active'), 'active');
  });

  it('says the words it left out, in the singular and the plural, in both languages', () => {
    const allowed = ['active', 'role-models'];
    assert.equal(
      ignoredWordsText('points', 'actives', ['actives'], allowed, 'it'),
      'points="actives": "actives" non è un valore ammesso (active, role-models): è stato ignorato.',
    );
    assert.equal(
      ignoredWordsText('points', 'a b active', ['a', 'b'], allowed, 'en'),
      'points="a b active": "a", "b" are not allowed values (active, role-models): they were ignored.',
    );
  });
});
