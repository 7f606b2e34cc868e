import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentText, embedComment } from '../../src/view/embed-comment.ts';
import { MESSAGES } from '../../components/embed-snippet/embed-snippet.messages.ts';
import { indexFixture } from '../fixtures/contract.fixture.ts';

describe("an embed code's heading comment", () => {
  it('says what the data are, where they come from, when they were published and the release, in the page language', () => {
    const index = { ...indexFixture(), synthetic: true };
    const comment = embedComment(index, 'it', MESSAGES.it.releaseComment(index.release, false));
    const lines = comment.split('\n');
    assert.equal(lines[0], '<!--');
    assert.equal(lines.at(-1), '-->');
    assert.equal(lines[1], `  Titolo: ${index.title.it}`);
    assert.match(lines[2]!, /^ {2}Fonte: \S/);
    assert.equal(lines[3], `  Dati del: ${index.generatedAt.slice(0, 10)}`);
    assert.equal(lines[4], '  Dati sintetici: valori generati da un modello, non dati reali.');
    assert.equal(lines[5], `  Rilascio dei dati: ${index.release}; il codice legge sempre i dati più recenti.`);
    const en = embedComment(
      { ...index, synthetic: false, sources: index.sources.map((s) => ({ ...s, synthetic: false })) },
      'en',
      MESSAGES.en.releaseComment(index.release, true),
    );
    assert.match(en, /^<!--\n {2}Title: .+\n {2}Source: .+\n {2}Data of: \d{4}-\d{2}-\d{2}\n {2}Data release: .+, frozen\.\n-->$/);
  });

  it('cannot be closed early, open another, or reorder the code around it, whatever the data say', () => {
    const hostile = 'Dati --> <script>alert(1)</script> <!-- x --!> \u202Eevil\u202C\u2068iso\u2069 a\nb\u0000';
    const safe = commentText(hostile);
    // eslint-disable-next-line no-control-regex -- control characters are what the test looks for
    assert.doesNotMatch(safe, /[<>]|--|[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
    assert.equal(safe, 'Dati – scriptalert(1)/script !– x –! evil iso a b');
    const index = indexFixture();
    const comment = embedComment({ ...index, title: { it: hostile, en: hostile } }, 'it', hostile);
    // The comment's own end is the only "-->" and nothing in it starts another.
    assert.equal(comment.indexOf('-->'), comment.length - 3);
    assert.equal(comment.lastIndexOf('<!--'), 0);
    assert.ok(!comment.includes('--!>'));
  });
});
