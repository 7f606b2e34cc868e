/**
 * A number as school names write it, in figures, in roman numerals or, for a
 * place in a row, in words: "3 I.C. MODENA", "III CIRCOLO", "I.C. TERZO
 * MILAZZO"; "XXV APRILE", "GIOVANNI XXIII". A name is found by each, so that
 * «ic terzo modena» finds «3 I.C. MODENA», «4 novembre» «IV NOVEMBRE» and «25
 * aprile» «XXV APRILE». From 1 to 31 (the days of a date; words from 1 to 10);
 * the roman I, V and X alone are left out, as often initials ("I.C.", "V.
 * EMANUELE") as numbers.
 */
const WORDS = 'primo secondo terzo quarto quinto sesto settimo ottavo nono decimo'.split(' ');
const LAST = 31;

/** 1 to 39 in roman numerals. */
function roman(n: number): string {
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  return 'x'.repeat(Math.floor(n / 10)) + units[n % 10]!;
}

/** The other ways of writing a number, by each of them: "3" → ["iii", "terzo"]. */
const OTHERS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const others = new Map<string, string[]>();
  for (let n = 1; n <= LAST; n++) {
    const all = [String(n), roman(n), WORDS[n - 1] ?? ''].filter((form) => form && !['i', 'v', 'x'].includes(form));
    for (const form of all)
      others.set(
        form,
        all.filter((other) => other !== form),
      );
  }
  return others;
})();

const NONE: readonly string[] = [];

/**
 * The other ways of writing the number `word` writes, none where it is not one. Asked of every word of ~51,500 names
 * while the search builds: nothing is made for a word that is no number (the longest, "settimo", has 7 letters).
 */
export function ordinalForms(word: string): readonly string[] {
  return (word.length <= 7 && OTHERS.get(word)) || NONE;
}
