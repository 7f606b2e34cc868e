import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provenanceLines, provenanceOf } from '../../src/util/provenance.ts';
import { indexFixture } from '../fixtures/contract.fixture.ts';

describe('provenance of what leaves us', () => {
  it('names each source once, in the order of the index, splitting attributions that list several', () => {
    // The map's SVG read "Fonte: Ministero …; ISTAT; openpolis; Ministero …; UAAR; …; scuole-europa (modello sintetico…)" three times over.
    const index = indexFixture();
    const source = index.sources[0]!;
    index.sources = [
      { ...source, id: 'a', attribution: "Ministero dell'Istruzione e del Merito" },
      { ...source, id: 'b', attribution: 'ISTAT; openpolis' },
      { ...source, id: 'c', attribution: "Ministero dell'Istruzione e del Merito; UAAR" },
      { ...source, id: 'd', attribution: 'scuole-europa (modello sintetico)', synthetic: true },
      { ...source, id: 'e', attribution: 'scuole-europa (modello sintetico)', synthetic: true },
      // Named bare by a source derived from the synthetic ones: said once, with its note.
      { ...source, id: 'f', attribution: 'scuole-europa', synthetic: true },
    ];
    const p = provenanceOf(index, 'Progetti eTwinning, 2024/25', false);
    assert.deepEqual(p.sources, [
      "Ministero dell'Istruzione e del Merito",
      'ISTAT',
      'openpolis',
      'UAAR',
      'scuole-europa (modello sintetico)',
    ]);
    assert.equal(p.synthetic, true);
    assert.equal(
      provenanceLines(p, 'it')[0],
      "Fonte: Ministero dell'Istruzione e del Merito; ISTAT; openpolis; UAAR; scuole-europa (modello sintetico)",
    );
  });
});
