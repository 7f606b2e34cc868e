import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { andList } from '../../src/i18n/and-list.ts';

describe('a list said as a sentence says it', () => {
  it('joins the last item with the language’s word, the others with commas', () => {
    assert.equal(andList(['2023/24', '2024/25', '2025/26'], ' e '), '2023/24, 2024/25 e 2025/26');
    assert.equal(andList(['eTwinning', 'Erasmus+'], ' and '), 'eTwinning and Erasmus+');
    assert.equal(andList(['2025/26'], ' e '), '2025/26');
    assert.equal(andList([], ' e '), '');
  });
});
