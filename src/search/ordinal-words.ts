/**
 * A place in a row, as school names write it three ways: "3 I.C. MODENA", "III
 * CIRCOLO", "I.C. TERZO MILAZZO". A name is found by each, so that «ic terzo
 * modena» finds «3 I.C. MODENA» and «4 novembre» «IV NOVEMBRE». From 1 to 10;
 * the roman I, V and X are left out, as often initials ("I.C.", "V. EMANUELE")
 * as numbers.
 */
const WORDS = 'primo secondo terzo quarto quinto sesto settimo ottavo nono decimo'.split(' ');
const ROMAN = ',ii,iii,iv,,vi,vii,viii,ix,'.split(',');

/** Each way of writing a place, by each of them: "3" → ["3", "terzo", "iii"]. */
const FORMS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const forms = new Map<string, string[]>();
  WORDS.forEach((word, k) => {
    const all = [String(k + 1), word, ROMAN[k]!].filter(Boolean);
    for (const form of all) forms.set(form, all);
  });
  return forms;
})();

/** The other ways of writing the place `word` writes, none where it is not one. */
export function ordinalForms(word: string): readonly string[] {
  return FORMS.get(word)?.filter((form) => form !== word) ?? [];
}
