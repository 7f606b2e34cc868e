/**
 * A place in a row, as school names write it three ways: "3 I.C. MODENA", "III
 * CIRCOLO", "I.C. TERZO MILAZZO". A name is found by each, so that «ic terzo
 * modena» finds «3 I.C. MODENA» and «4 novembre» «IV NOVEMBRE». From 1 to 10;
 * the roman I, V and X are left out, as often initials ("I.C.", "V. EMANUELE")
 * as numbers.
 */
const WORDS = 'primo secondo terzo quarto quinto sesto settimo ottavo nono decimo'.split(' ');
const ROMAN = ',ii,iii,iv,,vi,vii,viii,ix,'.split(',');

/** The other ways of writing a place, by each of them: "3" → ["terzo", "iii"]. */
const OTHERS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const others = new Map<string, string[]>();
  WORDS.forEach((word, k) => {
    const all = [String(k + 1), word, ROMAN[k]!].filter(Boolean);
    for (const form of all)
      others.set(
        form,
        all.filter((other) => other !== form),
      );
  });
  return others;
})();

const NONE: readonly string[] = [];

/**
 * The other ways of writing the place `word` writes, none where it is not one. Asked of every word of ~51,500 names
 * while the search builds: nothing is made for a word that is no place (the longest, "settimo", has 7 letters).
 */
export function ordinalForms(word: string): readonly string[] {
  return (word.length <= 7 && OTHERS.get(word)) || NONE;
}
