/**
 * Values a page writes in an attribute in the unit an element shows them in:
 * the map's class thresholds (`breaks="10% 20% 30%"`), the timeline's value
 * axis (`value-max="50%"`). A share is written in percent, with its sign; any
 * other value as a plain number; a dot for decimals, as HTML writes numbers;
 * several in increasing order. Nothing else is guessed: `12,5%` may be twelve
 * and a half or a slip, and `0.1` where shares are shown may mean 10% or 0.1%;
 * the element then says why it did not read them
 * (src/i18n/unit-values-text.ts).
 */

/** Why the values were not read: a word that is no number, a sign missing or extra, an order, a count. */
export type UnitValuesProblem = 'number' | 'percent' | 'plain' | 'order' | 'count';

export type ReadUnitValues = { values: number[] } | { problem: UnitValuesProblem; token?: string };

/** Values an element did not read, as written, and why (for its note). */
export interface UnreadValues {
  written: string;
  problem: UnitValuesProblem;
  token?: string;
}

/** The values written in `text`, as values of the data (a percentage as a share: `12.5%` is 0.125), 1 to `most` of them. */
export function readUnitValues(text: string, percent: boolean, most: number): ReadUnitValues {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > most) return { problem: 'count' };
  const values: number[] = [];
  for (const token of tokens) {
    const parts = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(token);
    if (!parts) return { problem: 'number', token };
    if (percent !== (parts[2] === '%')) return { problem: percent ? 'percent' : 'plain', token };
    // Read with its decimal point moved, not divided by 100: "12.3e-2" is the double nearest 0.123, as a share is.
    const value = Number(percent ? `${parts[1]}e-2` : parts[1]);
    if (values.length > 0 && value <= values[values.length - 1]!) return { problem: 'order' };
    values.push(value);
  }
  return { values };
}
