/**
 * A number as school names write it, in figures, in roman numerals or in
 * words, a place in a row's or a count's: "3 I.C. MODENA", "III CIRCOLO", "I.C.
 * TERZO MILAZZO", "IC CREMONA TRE"; "XXV APRILE", "VENTICINQUE APRILE",
 * "GIOVANNI XXIII". A name is found by each, so that «ic terzo modena» finds «3
 * I.C. MODENA», «4 novembre» «IV NOVEMBRE», «quattro novembre» both and «ic
 * cremona 3» «IC CREMONA TRE». From 1 to 31 (the days of a date; a place in a
 * row in words to 10); the roman I, V and X alone are left out, as often
 * initials ("I.C.", "V. EMANUELE") as numbers. A place's word and a count's are
 * each found by the figures and numerals, not by each other: «quarto» (a comune
 * too) does not find «QUATTRO CASTELLA».
 */
const ORDINALS = 'primo secondo terzo quarto quinto sesto settimo ottavo nono decimo'.split(' ');
const CARDINALS = (
  'uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette ' +
  'diciotto diciannove venti ventuno ventidue ventitre ventiquattro venticinque ventisei ventisette ventotto ventinove ' +
  'trenta trentuno'
).split(' ');
const LAST = 31;
/** The longest word of a number ("quattordici", "ventiquattro"): longer words are looked up no further. */
const LONGEST = 12;

/** 1 to 39 in roman numerals. */
function roman(n: number): string {
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  return 'x'.repeat(Math.floor(n / 10)) + units[n % 10]!;
}

/** The other ways of writing a number, by each of them: "3" → ["iii", "terzo", "tre"], "tre" → ["3", "iii"]. */
const OTHERS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const others = new Map<string, string[]>();
  for (let n = 1; n <= LAST; n++) {
    const signs = [String(n), roman(n)].filter((form) => !['i', 'v', 'x'].includes(form));
    const words = [ORDINALS[n - 1], CARDINALS[n - 1]!].filter((word) => word !== undefined);
    for (const sign of signs) others.set(sign, [...signs.filter((other) => other !== sign), ...words]);
    for (const word of words) others.set(word, signs);
  }
  return others;
})();

const NONE: readonly string[] = [];

/**
 * The other ways of writing the number `word` writes, none where it is not one. Asked of every word of ~51,500 names
 * while the search builds: nothing is made for a word that is no number, nor looked up for a longer one.
 */
export function numberForms(word: string): readonly string[] {
  return (word.length <= LONGEST && OTHERS.get(word)) || NONE;
}
