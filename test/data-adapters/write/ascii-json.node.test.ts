import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiJson } from '../../../data-adapters/write/ascii-json.ts';

describe('asciiJson', () => {
  const doc = {
    name: 'San Floriano del Collio-Števerjan',
    accent: 'Doberdò del Lago',
    reason: { it: 'quota attesa di falsi allarmi ≤ 10%', en: 'expected share of false flags ≤ 10%' },
    quotes: '“Scuola” dell’anno — «sì»',
    astral: 'a 😀 b',
    controls: 'tab\there, quote " and backslash \\',
    numbers: [0, -1.5, 1e21, null, true],
    'chiave è': 1,
  };

  it('writes ASCII only, which parses to the very same document', () => {
    const text = asciiJson(doc);
    assert.match(text, /^[\x20-\x7e]*$/, 'printable ASCII, nothing else');
    assert.deepEqual(JSON.parse(text), doc);
    assert.ok(text.includes('\\u0160teverjan'), 'Š as an escape');
    assert.ok(text.includes('\\ud83d\\ude00'), 'a character beyond the BMP as its two escaped halves');
  });

  it('leaves an ASCII document byte for byte as JSON.stringify writes it', () => {
    const plain = { kind: 'areas', codes: ['001001', '058091'], values: [[0, 0.25, null]] };
    assert.equal(asciiJson(plain), JSON.stringify(plain));
  });
});
