import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { longestWord } from '../../src/util/longest-word.ts';

describe('the longest word of texts', () => {
  it('counts the letters of the longest word, words as a line breaks them: at spaces, hyphens and slashes', () => {
    assert.equal(longestWord(['istituto comprensivo', 'comprehensive institute']), 13);
    assert.equal(longestWord(["Colle di Val d'Elsa", 'Pietramontecorvino']), 18);
    // A hyphen or a slash breaks a name: its longest part counts.
    assert.equal(longestWord(['Montecatini-Terme', 'Bolzano/Bozen']), 11);
    assert.equal(longestWord([]), 0);
    assert.equal(longestWord(['']), 0);
  });
});
