/**
 * The search index: its compact code form never yields a wrong code, every
 * school of the real registries comes back from it with its name and comune,
 * a damaged index fails with the line at fault, and the matcher finds schools
 * by name, comune or code, without accents and with a typo.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Limits } from '../../data-adapters/readers/limits.ts';
import type { SchoolRecord } from '../../data-adapters/readers/registry.ts';
import { expandCode, shortCode, typeOffset, typePair } from '../../src/search/code-compaction.ts';
import { decodeSearchIndex } from '../../src/search/decode-search-index.ts';
import { SchoolMatcher } from '../../src/search/school-matcher.ts';
import type { SearchIndexDocument } from '../../src/search/search-format.ts';
import { SchemaError } from '../../src/errors.ts';
import { realSearchIndex } from './real-search-index.ts';

const alnum = fc.constantFrom(...'0123456789ABCDEGLNPQRTVXZ');
const code = fc
  .tuple(fc.constantFrom('BS', 'RM', 'AO'), fc.constantFrom('IC', 'EE', 'AA', 'MM', 'PS'), fc.array(alnum, { minLength: 6, maxLength: 6 }))
  .map(([p, t, rest]) => p + t + rest.join(''));

describe('code compaction', () => {
  it('expands a short form to the very code it came from, or refuses to shorten it', () => {
    fc.assert(
      fc.property(
        code,
        code,
        fc.dictionary(fc.constantFrom('ICEE', 'ICAA', 'ICMM', 'EEAA'), fc.integer({ min: 0, max: 22 })),
        (head, plesso, offsets) => {
          const short = shortCode(head, plesso, offsets);
          if (short !== null) assert.equal(expandCode(head, short, offsets), plesso);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('shortens a real plesso against its institution with the offset learned for its types', () => {
    // Real codes from the MIM registry: an institution and two of its plessi.
    const head = 'AGIC805003';
    const offsets = {
      [typePair(head, 'AGAA805043')]: typeOffset(head, 'AGAA805043')!,
      [typePair(head, 'AGEE805037')]: typeOffset(head, 'AGEE805037')!,
    };
    assert.equal(shortCode(head, 'AGAA805043', offsets), 'AA04');
    assert.equal(expandCode(head, 'AA05', offsets), 'AGAA805054');
    assert.equal(expandCode(head, 'EE04', offsets), 'AGEE805048');
    // Another province, or an unknown pair of types: written in full.
    assert.equal(shortCode(head, 'PAAA805043', offsets), null);
    assert.equal(expandCode(head, 'MM01', offsets), null);
  });
});

describe('the search index of the real registries', () => {
  let schools: SchoolRecord[];
  let limits: Limits;
  let doc: SearchIndexDocument;
  let comuneOf: Map<string, string | null>;
  before(async () => {
    ({ schools, limits, comuneOf, doc } = await realSearchIndex());
  });

  it('gives back every school code of both registries with its name and comune', () => {
    const index = decodeSearchIndex(doc);
    const byCode = new Map(index.codes.map((c, i) => [c, i]));
    const institutions = new Set(schools.map((s) => s.institution));
    assert.equal(index.codes.length, new Set([...schools.map((s) => s.code), ...institutions]).size);
    for (const school of schools) {
      const i = byCode.get(school.code);
      assert.ok(i !== undefined, school.code);
      assert.equal(index.names[i], school.name.replace(/\s+/g, ' ').trim(), school.code);
      // The comune's name in the ISTAT limits, or the registry's for a comune newer than them.
      assert.equal(index.comuni[i], limits.comuni.get(comuneOf.get(school.code) ?? '')?.name ?? school.comuneName, school.code);
      assert.equal(index.codes[index.institutionOf[i]!], school.institution, school.code);
    }
  });

  it("lists as CPIA exactly the institutions whose own row the registry calls CPIA, though their codes are lower secondary schools'", () => {
    const cpia = new Set(schools.filter((s) => s.code === s.institution && s.characteristic === 'CPIA').map((s) => s.code));
    assert.ok(cpia.size >= 100, `${cpia.size} CPIA in the registry`);
    assert.deepEqual(new Set(doc.cpia), cpia);
    for (const code of cpia) assert.equal(code.slice(2, 4), 'MM', code);
    const index = decodeSearchIndex(doc);
    assert.deepEqual(new Set(index.codes.filter((_, i) => index.cpia[i])), cpia);
  });

  it('writes most plessi in their short form', () => {
    const short = doc.codes.split(doc.separator!).filter((line) => line.length === 4).length;
    assert.ok(short / doc.count > 0.75, `${short} of ${doc.count}`);
  });

  it('writes no character that JSON escapes in its columns, and front-codes institution codes', () => {
    for (const column of ['comuni', 'institutions', 'codes', 'places', 'names'] as const)
      assert.doesNotMatch(JSON.stringify(doc[column]).slice(1, -1), /\\/, column);
    const heads = doc.institutions.split(doc.separator!);
    // Sorted codes share most of their beginning with the one before: a digit and a few characters.
    assert.ok(heads.filter((line) => /^\d/.test(line) && line.length < 10).length / heads.length > 0.9);
    const index = decodeSearchIndex(doc);
    const institutions = index.codes.filter((_, i) => index.institutionOf[i] === i);
    assert.deepEqual(institutions, [...new Set(schools.map((s) => s.institution))].sort());
    // Names with quotes come back with them.
    assert.ok(index.names.some((name) => name.includes('"')));
  });

  it('finds schools by name, comune or code, without accents and with a typo', () => {
    const matcher = new SchoolMatcher(decodeSearchIndex(doc));
    const [first] = matcher.search('BSIC8AH00');
    assert.equal(first?.code, 'BSIC8AH00E');
    assert.equal(first?.institution, true);
    // "Sant'Angelo Lodigiano" typed without the apostrophe; "rodari" with a typo.
    assert.ok(matcher.search('sant angelo lodigiano').every((m) => m.comune === "Sant'Angelo Lodigiano"));
    assert.ok(matcher.search('rodri brescia').some((m) => /RODARI/.test(m.name) && m.comune === 'Brescia'));
    assert.ok(matcher.search('città di castello').filter((m) => m.comune === 'Città di Castello').length >= 3);
    assert.deepEqual(matcher.search('a'), []);
    assert.equal(matcher.search('liceo').length, 10);
  });

  it('forgives a typo in every word of a name, never in a code', () => {
    const matcher = new SchoolMatcher(decodeSearchIndex(doc));
    // Two typos, one per word, and the words in another order.
    const found = matcher.search('brecsia rodar');
    assert.ok(
      found.some((m) => /RODARI/.test(m.name) && m.comune === 'Brescia'),
      JSON.stringify(found),
    );
    // Typing on after a typo narrows what was found, and finds the same school.
    assert.ok(matcher.search('brecsia rodari').some((m) => /RODARI/.test(m.name) && m.comune === 'Brescia'));
    // A code one letter off is another school: no match by typo.
    assert.ok(matcher.search('BSIC8AH00X').every((m) => m.code !== 'BSIC8AH00E'));
  });
});

describe('a damaged search index', () => {
  const small = (): SearchIndexDocument => ({
    contract: 'scuole-europa/1.0',
    generatedAt: '2025-09-01T00:00:00Z',
    release: 'r',
    synthetic: false,
    kind: 'search',
    count: 3,
    typeOffsets: {},
    comuni: 'Brescia\nMilano',
    institutions: 'BSIC8AH00E',
    codes: '\nBSEE8AH01G\nBSEE8AH02L',
    places: '0\n\n1',
    names: 'IC \u001f\nPRIMARIA\nPRIMARIA 2',
  });

  it('reads a small index, comune marks included', () => {
    const index = decodeSearchIndex(small());
    assert.deepEqual(index.codes, ['BSIC8AH00E', 'BSEE8AH01G', 'BSEE8AH02L']);
    assert.deepEqual(index.comuni, ['Brescia', 'Brescia', 'Milano']);
    assert.equal(index.names[0], 'IC BRESCIA');
    // An index written before provinces: none known.
    assert.deepEqual([...index.provinceOf], [-1, -1]);
    // Nor CPIA, before their list.
    assert.deepEqual([...index.cpia], [0, 0, 0]);
  });

  it('finds an institution by the code of one merged into it since, and says which', () => {
    const matcher = new SchoolMatcher(decodeSearchIndex({ ...small(), formerCodes: { BSIC81500X: 'BSIC8AH00E' } }));
    const [first] = matcher.search('bsic81500x');
    assert.deepEqual(first, {
      index: 0,
      code: 'BSIC8AH00E',
      name: 'IC BRESCIA',
      comune: 'Brescia',
      institution: true,
      formerly: 'BSIC81500X',
    });
    // Its own code: no "formerly"; the old code's beginning: not the successor (a code one letter off is another school).
    assert.equal(matcher.search('BSIC8AH00E')[0]!.formerly, undefined);
    assert.ok(matcher.search('BSIC8150').every((m) => m.code !== 'BSIC8AH00E'));
    // An index without former codes finds nothing for it.
    assert.deepEqual(new SchoolMatcher(decodeSearchIndex(small())).search('BSIC81500X'), []);
  });

  it('refuses former codes that are no code, or whose successor is no institution of the index', () => {
    assert.throws(() => decodeSearchIndex({ ...small(), formerCodes: { 'BS-1': 'BSIC8AH00E' } }), SchemaError);
    assert.throws(() => decodeSearchIndex({ ...small(), formerCodes: { BSIC81500X: 'BSEE8AH01G' } }), SchemaError, 'a plesso');
  });

  it('flags the institutions it names CPIA', () => {
    const index = decodeSearchIndex({ ...small(), cpia: ['BSIC8AH00E'] });
    assert.deepEqual([...index.cpia], [1, 0, 0]);
  });

  it('reads the provinces as runs of comuni', () => {
    const index = decodeSearchIndex({ ...small(), provinces: [{ acronym: 'BS', name: 'Brescia', comuni: 1 }] });
    assert.deepEqual(index.provinces, [{ acronym: 'BS', name: 'Brescia' }]);
    // Brescia is the province's; Milano, after the run, has none known.
    assert.deepEqual([...index.provinceOf], [0, -1]);
    assert.deepEqual([...index.places], [0, 0, 1]);
  });

  it('reads the same index written with stand-ins and front-coded institutions', () => {
    const doc = {
      ...small(),
      separator: '|',
      comuneMark: '~',
      quote: '`',
      comuni: 'Brescia|Milano',
      institutions: 'BSIC8AH00E|9F',
      codes: '||BSEE8AH01G',
      places: '0|1|',
      names: 'IC ~|PRIMARIA `A`|PRIMARIA 2',
    };
    const index = decodeSearchIndex(doc);
    assert.deepEqual(index.codes, ['BSIC8AH00E', 'BSIC8AH00F', 'BSEE8AH01G']);
    assert.deepEqual(index.names, ['IC BRESCIA', 'PRIMARIA "A"', 'PRIMARIA 2']);
    assert.deepEqual(index.comuni, ['Brescia', 'Milano', 'Milano']);
  });

  const damaged: [string, (doc: SearchIndexDocument) => void, (string | number)[]][] = [
    ['a column with a line missing', (d) => (d.names = 'IC\nPRIMARIA'), ['names', 2]],
    ['a plesso before any institution', (d) => (d.codes = 'BSEE8AH01G\n\nBSEE8AH02L'), ['codes', 0]],
    ['a malformed code', (d) => (d.codes = '\nBSEE8AH01G\nnot a code'), ['codes', 2]],
    ['a comune position out of range', (d) => (d.places = '0\n\n9'), ['places', 2]],
    ['the wrong kind', (d) => ((d as { kind: string }).kind = 'school'), ['kind']],
    [
      'provinces that claim more comuni than it lists',
      (d) => (d.provinces = [{ acronym: 'BS', name: 'Brescia', comuni: 3 }]),
      ['provinces', 0, 'comuni'],
    ],
    ['a CPIA that is not one of its institutions', (d) => (d.cpia = ['BSEE8AH01G']), ['cpia', 0]],
    ['a CPIA that is not a school code', (d) => (d.cpia = ['CPIA 1']), ['cpia', 0]],
    [
      'a province without its acronym',
      (d) => (d.provinces = [{ acronym: 'Brescia', name: 'Brescia', comuni: 1 }]),
      ['provinces', 0, 'acronym'],
    ],
  ];
  for (const [what, damage, path] of damaged) {
    it(`refuses ${what}, naming where`, () => {
      const doc = small();
      damage(doc);
      assert.throws(
        () => decodeSearchIndex(doc, 'search.json'),
        (error: unknown) => error instanceof SchemaError && JSON.stringify(error.raw[0]!.path) === JSON.stringify(path),
      );
    });
  }
});
