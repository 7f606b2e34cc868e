/**
 * The small parts of the search, each on its own: how text is read
 * (search-words.ts), how a query is cut into phrases (read-query.ts), the
 * words' inverted index (word-postings.ts), the letter pairs that narrow the
 * typo pass (letter-pairs.ts) and the type letters of a code (school-types.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readQuery, type Phrase } from '../../src/search/read-query.ts';
import { SCHOOL_TYPES, typeLetters } from '../../src/search/school-types.ts';
import { keyWords, nameWords, searchText, searchWords, WORD_SPLIT_SOURCE, wordsOf } from '../../src/search/search-words.ts';
import { numberForms } from '../../src/search/number-words.ts';
import { WordPostings } from '../../src/search/word-postings.ts';
import uFuzzy from '@leeoniya/ufuzzy';
import { decodeSearchIndex } from '../../src/search/decode-search-index.ts';
import { LetterPairs, TYPO_RULES } from '../../src/search/letter-pairs.ts';
import { realSearchIndex } from './real-search-index.ts';

describe('how the search reads text', () => {
  it('folds accents and case, joins dotted initials, and cuts words at apostrophes', () => {
    assert.deepEqual(searchWords('I.C. "G. RODARI"'), ['ic', 'g', 'rodari']);
    assert.deepEqual(searchWords('i. i. s. Galilei'), ['iis', 'galilei']);
    assert.deepEqual(searchWords('s.m.s Manzoni'), ['sms', 'manzoni']);
    assert.deepEqual(searchWords("Sant'Angelo Lodigiano"), ['sant', 'angelo', 'lodigiano']);
    assert.deepEqual(searchWords('Città di Castello, FORLÌ'), ['citta', 'di', 'castello', 'forli']);
    // One initial stays a word of its own; "i.c.roma" is two words.
    assert.deepEqual(searchWords('A. MANZONI'), ['a', 'manzoni']);
    assert.deepEqual(searchWords('i.c.roma'), ['ic', 'roma']);
    assert.equal(searchText('IST. COMPR.'), 'ist. compr.');
  });

  it('finds a name also by each elision and particle written together, as many type them', () => {
    assert.deepEqual(nameWords("L'Aquila"), ['l', 'aquila', 'laquila']);
    assert.deepEqual(nameWords('I.C. "DE AMICIS" - DA VINCI'), ['ic', 'de', 'amicis', 'da', 'vinci', 'deamicis', 'davinci']);
    assert.deepEqual(nameWords('San Giovanni in Fiore'), ['san', 'giovanni', 'in', 'fiore', 'sangiovanni']);
    // A particle before a number or an initial is left alone.
    assert.deepEqual(nameWords('Circolo di 2 - DE G. ROSSI'), ['circolo', 'di', '2', 'de', 'g', 'rossi']);
    // Typographic apostrophes and dotted initials before it: "G. D'Annunzio" is "gd annunzio" to searchWords.
    assert.deepEqual(nameWords('I.C. "G. D’ANNUNZIO"'), ['ic', 'gd', 'annunzio', 'dannunzio']);
    assert.deepEqual(nameWords("SANT'ELIA - DELL'ACQUA"), ['sant', 'elia', 'dell', 'acqua', 'santelia', 'dellacqua']);
    // No elision or particle, no more words; a long word before an apostrophe is no elision (a quotation's end).
    assert.deepEqual(nameWords('Liceo Galilei, Forlì'), searchWords('Liceo Galilei, Forlì'));
    assert.deepEqual(nameWords("'GALILEI' ROMA"), ['galilei', 'roma']);
  });

  it('writes a number each way names write it, to 31, and leaves out the roman letters that are initials too', () => {
    assert.deepEqual(numberForms('3'), ['iii', 'terzo', 'tre']);
    assert.deepEqual(numberForms('iv'), ['4', 'quarto', 'quattro']);
    assert.deepEqual(numberForms('decimo'), ['10']);
    // Dates and popes: «XXV APRILE», «VENTICINQUE APRILE», «GIOVANNI XXIII».
    assert.deepEqual(numberForms('25'), ['xxv', 'venticinque']);
    assert.deepEqual(numberForms('xxiii'), ['23', 'ventitre']);
    // A count's word and a place's are found by the figures and numerals, not by each other («quarto», a comune, is
    // not «QUATTRO CASTELLA»); the longest words are read too.
    assert.deepEqual(numberForms('tre'), ['3', 'iii']);
    assert.deepEqual(numberForms('quarto'), ['4', 'iv']);
    assert.deepEqual(numberForms('quattordici'), ['14', 'xiv']);
    assert.deepEqual(numberForms('ventiquattro'), ['24', 'xxiv']);
    // "I.C.", "V. Emanuele": I, V and X alone are not read as numbers, nor is 32 a day this reads.
    for (const word of ['i', 'v', 'x', '32', 'rodari']) assert.deepEqual(numberForms(word), [], word);
  });

  it('finds the same words as cutting at the separators the typo pass uses, on every real name', async () => {
    const separators = new RegExp(WORD_SPLIT_SOURCE);
    const { names, comuni } = decodeSearchIndex((await realSearchIndex()).doc, 'search.json');
    // Edge cases first: separators at both ends, digits, letters no folding makes a-z ("ß", "ø"), nothing at all.
    const texts = ['  --scuola 2 -- ', 'via xx settembre 12/b', 'straße', 'søndre', '', '...', ...names, ...comuni];
    for (const text of texts) {
      const searched = searchText(text);
      assert.deepEqual(wordsOf(searched), searched.split(separators).filter(Boolean), text);
    }
  });

  it('leaves small words out of phrases', () => {
    assert.deepEqual(keyWords(searchWords("Reggio nell'Emilia")), ['reggio', 'emilia']);
    assert.deepEqual(keyWords(searchWords('istituto di istruzione superiore')), ['istituto', 'istruzione', 'superiore']);
  });
});

describe('how a query is cut into phrases', () => {
  const phrase = (words: string[], extra: Partial<Phrase> = {}): Phrase => ({ words, comuni: [], provinces: [], acronym: false, ...extra });
  const san = phrase(['san', 'giovanni', 'persiceto'], { comuni: [1] });
  const sanShort = phrase(['san', 'giovanni'], { comuni: [2] });
  const ic = phrase(['istituto', 'comprensivo'], { type: SCHOOL_TYPES[0] });
  const phrases = new Map([
    ['san', [san, sanShort]],
    ['istituto', [ic]],
  ]);

  it('takes the longest phrase, leaves small words out, and marks the part typed last', () => {
    const parts = readQuery('Istituto Comprensivo di San Giovanni in Persiceto', phrases);
    assert.deepEqual(
      parts.map((p) => [p.words.join(' '), p.phrase === undefined ? null : p.phrase.words.join(' '), p.last]),
      [
        ['istituto comprensivo', 'istituto comprensivo', false],
        ['san giovanni persiceto', 'san giovanni persiceto', true],
      ],
    );
    assert.equal(readQuery('san giovanni rotondo', phrases)[0]!.phrase, sanShort);
    // Plain words stay words, one part each.
    assert.deepEqual(
      readQuery('rodari brescia', phrases).map((p) => p.phrase),
      [undefined, undefined],
    );
    // A query of small words only keeps them.
    assert.deepEqual(
      readQuery('di la', phrases).map((p) => p.words[0]),
      ['di', 'la'],
    );
  });
});

describe("the words' inverted index", () => {
  const texts = ['liceo galilei', 'liceo liceo', 'scuola galilei', 'primaria'];
  const postings = new WordPostings(texts.length, (i, add) => texts[i]!.split(' ').forEach(add));

  it('lists each word once per school, ascending, and finds words by their beginning', () => {
    assert.deepEqual(postings.words, ['galilei', 'liceo', 'primaria', 'scuola']);
    assert.deepEqual([...postings.of(postings.id('liceo')!)], [0, 1]);
    assert.deepEqual([...postings.of(postings.id('galilei')!)], [0, 2]);
    assert.equal(postings.size(postings.id('primaria')!), 1);
    assert.equal(postings.id('nessuna'), undefined);
    assert.deepEqual(postings.prefixRange('li'), [1, 2]);
    assert.deepEqual(postings.prefixRange('x'), [4, 4]);
    const [from, to] = postings.prefixRange('');
    assert.equal(to - from, 4);
  });

  it('grows past its first allocation', () => {
    const many = new WordPostings(200_000, (i, add) => add(`w${i % 1000}`));
    assert.equal(many.words.length, 1000);
    assert.equal(many.size(many.id('w7')!), 200);
  });
});

describe('type letters of a school code', () => {
  it('reads the third and fourth characters, and Aosta’s regional 1A/1E/1M', () => {
    assert.equal(typeLetters('RMIC8AB00X'), 'IC');
    assert.equal(typeLetters('AO1E00100X'), 'EE');
    assert.equal(typeLetters('TOTF14000A'), 'TF');
  });

  it('has no type word twice, and every word read as the search reads it', () => {
    const seen = new Map<string, string>();
    for (const type of SCHOOL_TYPES)
      for (const words of type.words) {
        assert.equal(keyWords(searchWords(words)).join(' '), words, `${type.id}: "${words}" as the search reads it`);
        assert.ok(!seen.has(words), `"${words}" names ${seen.get(words)} and ${type.id}`);
        seen.set(words, type.id);
      }
  });
});

describe('the letter pairs that narrow the typo pass', () => {
  it('hand uFuzzy every word it would find in the whole vocabulary, and far fewer words, for real words with every kind of typo', async () => {
    const { doc } = await realSearchIndex();
    const index = decodeSearchIndex(doc, 'search.json');
    const vocabulary = [...new Set([...index.names, ...index.comuni].flatMap((text) => searchWords(text)))].sort();
    const pairs = new LetterPairs(vocabulary);
    const fuzzy = new uFuzzy(TYPO_RULES);
    // A fixed pseudo-random walk: the same terms at every run.
    let seed = 7;
    const next = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
    const letter = () => String.fromCharCode(97 + next(26));
    const typos = (w: string) => {
      const at = 1 + next(w.length - 1);
      return [
        w,
        w.slice(0, at) + letter() + w.slice(at + 1),
        w.slice(0, at) + w.slice(at + 1),
        w.slice(0, at) + letter() + w.slice(at),
        at + 1 < w.length ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : w,
        // The swap after the first letter, the case the pair of first and third letters is for.
        w[0]! + w[2]! + w[1]! + w.slice(3),
      ];
    };
    const tolerant = (w: string) => /^[a-z]{4,}$/.test(w);
    const terms = vocabulary
      .filter((w, i) => i % 60 === 0 && tolerant(w))
      .flatMap(typos)
      .filter(tolerant);
    assert.ok(terms.length > 1000);
    let narrowed = 0;
    let found = 0;
    for (const term of terms) {
      const candidates = pairs.candidates(term);
      assert.ok(candidates, term);
      const all = fuzzy.filter(vocabulary, term) ?? [];
      assert.deepEqual(fuzzy.filter(vocabulary, term, candidates) ?? [], all, term);
      narrowed += candidates.length;
      found += all.length;
    }
    // Not vacuous: the terms find words, and the pairs leave most of the vocabulary out.
    assert.ok(found > terms.length);
    assert.ok(narrowed / terms.length < vocabulary.length / 4, `${narrowed / terms.length} of ${vocabulary.length}`);
  });

  it('leaves to the whole vocabulary what it cannot narrow: short words and words with digits', () => {
    const pairs = new LetterPairs(['rodari', 'roma', 'liceo2']);
    assert.equal(pairs.candidates('rod'), undefined);
    assert.equal(pairs.candidates('liceo2'), undefined);
    assert.deepEqual(pairs.candidates('rodr'), [0, 1]);
    assert.deepEqual(pairs.candidates('xyzw'), []);
  });
});
