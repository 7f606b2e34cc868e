/**
 * Whether a number as shown reads as one ("1", "+1", "-1"): its word is then
 * singular in Italian and English ("+1 punto", "-1 percentage point"); 0, 1,5
 * and every other number take the plural (CLDR's "one" in both languages, as
 * src/survey/unit-text.ts), so no plural rules need loading. The shown text
 * decides, not the value: 0.96 shown as "+1" reads "+1 punto".
 */
export const readsOne = (shown: string): boolean => /^[+\-\u2212]?1$/.test(shown);
