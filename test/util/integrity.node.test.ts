import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIntegrity } from '../../src/util/integrity.ts';

describe('an integrity value', () => {
  it('is one or more sha256, sha384 or sha512 hashes in base64, and nothing else', () => {
    const hash = `sha384-${'Ab0+/'.repeat(12)}==`;
    assert.deepEqual(
      [hash, ` ${hash} `, `${hash} sha512-abc`, 'sha1-abc', 'sha384-', 'sha384-a"b', 'la-mia-impronta', '', '   '].map(isIntegrity),
      [true, true, true, false, false, false, false, false, false],
    );
  });
});
