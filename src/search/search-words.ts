/**
 * How the search reads text, the same for the schools' names and for what the
 * user types: folded (lower case, no accents), dotted initials written
 * together ("I.C." and "i. c." are "ic", as most names write them), and cut
 * into words at anything that is not a letter or a digit (apostrophes too:
 * "Sant'Angelo" is "sant angelo", "nell'Emilia" is "nell emilia").
 */

/** Lower case without accents: "Sant'Angelo Lodigiano, Università" → "sant'angelo lodigiano, universita". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain printable ASCII: no decomposition needed (the matcher folds ~60,000 texts at once).
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const ASCII = /^[ -~]*$/;

/** What separates words, after folding (the typo pass's uFuzzy splits there too). */
export const WORD_SPLIT_SOURCE = '[^a-z\\d]+';
/** A word: what WORD_SPLIT_SOURCE leaves between separators. */
const WORD = /[a-z\d]+/g;
/** Two or more single letters with dots between them: "i.c.", "I. I. S.", "s.m.s" (the last dot may be missing). */
const DOTTED_INITIALS = /(?<![a-z\d])(?:[a-z]\.\s?){1,}[a-z](?![a-z\d])\.?/g;

/** Folded, with dotted initials joined: "I.C. \"G. Rodari\"" → "ic \"g. rodari\"". */
export function searchText(text: string): string {
  const folded = foldText(text);
  return folded.includes('.') ? folded.replace(DOTTED_INITIALS, (initials) => `${initials.replace(/[.\s]/g, '')} `) : folded;
}

/**
 * The words of a text already read by `searchText`. Matched, not split: split
 * by a regular expression, the ~51,500 school names took 100 ms and a match
 * 28 (Node); the search's build, which the first keystroke waits for, took
 * 379 ms instead of 445 in Chromium (medians of eight fresh pages).
 */
export function wordsOf(searched: string): string[] {
  return searched.match(WORD) ?? [];
}

/** The words of a text, read as the search reads it. */
export function searchWords(text: string): string[] {
  return wordsOf(searchText(text));
}

/** An elision: a word of up to five letters, an apostrophe (typed or typographic), the word it leans on. */
const ELISION = /(?<![a-z\d])([a-z]{1,5})['’`]([a-z\d]+)/g;

/** Words that begin a surname or a saint's name, which many write together with it ("Da Vinci", "davinci"). */
const PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set('da de di dal del della dalla la lo san santa santo'.split(' '));

/** Whether `word` is a particle many write together with `next`: a name (three letters), not a number or an initial. */
export function particleBefore(word: string, next: string): boolean {
  // Particles are short: most words are not looked up.
  return word.length <= 5 && PARTICLES.has(word) && /^[a-z]{3}/.test(next);
}

const NO_ELISIONS: readonly (readonly [string, string])[] = [];

/**
 * A text's elisions, each as its two words ("dell'Acqua" → ["dell", "acqua"]), read before dotted initials are
 * joined: "G. D'Annunzio" is "gd annunzio" to `searchWords`, and ["d", "annunzio"] here.
 */
export function elisionsOf(text: string): readonly (readonly [string, string])[] {
  // Most names have none: nothing is made for them (the search reads ~51,500 as it builds).
  if (!(text.includes("'") || text.includes('’') || text.includes('`'))) return NO_ELISIONS;
  return [...foldText(text).matchAll(ELISION)].map(([, first, next]) => [first!, next!]);
}

/**
 * The words a name is found by: its words, and each elision and particle
 * written together, as many type them on a phone or by habit ("D'Annunzio" is
 * also "dannunzio", "L'Aquila" "laquila", "dell'Acqua" "dellacqua", "Da Vinci"
 * "davinci", "De Amicis" "deamicis", "San Giovanni" "sangiovanni"): typed so,
 * they found nothing, or a neighbour one typo away («dannunzio»: «Pineta
 * Dannunziana» alone, of 35 schools named after D'Annunzio; «davinci» one of
 * 401 named after Leonardo).
 */
export function nameWords(text: string): string[] {
  const words = searchWords(text);
  const count = words.length;
  for (let i = 0; i + 1 < count; i++) if (particleBefore(words[i]!, words[i + 1]!)) words.push(words[i]! + words[i + 1]!);
  for (const [first, next] of elisionsOf(text)) words.push(first + next);
  return words;
}

/**
 * Words that carry no meaning of their own in a query or a place's name
 * ("istituto di istruzione superiore", "Reggio nell'Emilia", "La Spezia"): left
 * out when phrases are compared, so that "reggio emilia" names Reggio
 * nell'Emilia and "citta castello" Città di Castello. Marked pure, so that a
 * bundle that reads words without comparing phrases (the map's) leaves it out.
 */
export const STOPWORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'a al alla alle agli ai d da dal dalla de dei del dell della delle degli di e ed i il in l la le lo nel nell nella nelle negli per sul sulla'.split(
    ' ',
  ),
);

/** The words of a phrase that count when phrases are compared. */
export function keyWords(words: readonly string[]): string[] {
  return words.filter((word) => !STOPWORDS.has(word));
}
