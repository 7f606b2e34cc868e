/**
 * How the search index writes ~50,000 school codes in little space.
 *
 * A codice meccanografico is `PP TT CCC NN K`: province, type, institution core,
 * number, check character. A plesso usually shares the province and the core of
 * its institution, so it is written as its type and number only ("EE01"), and its
 * check character is predicted from the institution's: the check is a weighted
 * sum modulo 23 (weights found in the registry itself), and the part the types
 * contribute is a small table the adapters learn from the data and ship with the
 * index. A code whose check the prediction misses is simply written in full, so
 * the scheme can never produce a wrong code, only a longer line.
 */

/** The 23 check characters, in the order of their residue. */
const CHECK_ALPHABET = '123456789ABCDEGLNPQRTVX';
/** Weights of the number characters (positions 7 and 8) in the check sum. */
const NUMBER_WEIGHTS = [11, 1] as const;

const residueOf = (check: string): number => CHECK_ALPHABET.indexOf(check);
const mod23 = (n: number): number => ((n % 23) + 23) % 23;

/** True when `code` can be written short against `head` (same province and core). */
export function sharesCore(head: string, code: string): boolean {
  return code.length === 10 && code.slice(0, 2) === head.slice(0, 2) && code.slice(4, 7) === head.slice(4, 7);
}

/** The part of the check residue that the number characters explain. */
function numberPart(code: string): number {
  return NUMBER_WEIGHTS[0] * parseInt(code[7]!, 36) + NUMBER_WEIGHTS[1] * parseInt(code[8]!, 36);
}

/**
 * What the types contribute to the difference between the check residues of
 * `code` and `head`, or null when either check is not one of the 23 characters.
 */
export function typeOffset(head: string, code: string): number | null {
  const a = residueOf(head[9]!);
  const b = residueOf(code[9]!);
  if (a < 0 || b < 0) return null;
  return mod23(b - a - (numberPart(code) - numberPart(head)));
}

/** The key of a pair of types in the offsets table ("ICEE": plesso EE of an IC). */
export const typePair = (head: string, code: string): string => head.slice(2, 4) + code.slice(2, 4);

/** The short form of `code` ("EE01"), or null when it must be written in full. */
export function shortCode(head: string, code: string, offsets: Readonly<Record<string, number>>): string | null {
  if (!sharesCore(head, code)) return null;
  const short = code.slice(2, 4) + code.slice(7, 9);
  return expandCode(head, short, offsets) === code ? short : null;
}

/** The full code of a short form, or null when the offsets table does not know the pair of types. */
export function expandCode(head: string, short: string, offsets: Readonly<Record<string, number>>): string | null {
  const stem = head.slice(0, 2) + short.slice(0, 2) + head.slice(4, 7) + short.slice(2, 4);
  const offset = offsets[head.slice(2, 4) + short.slice(0, 2)];
  const a = residueOf(head[9]!);
  if (offset === undefined || a < 0) return null;
  const residue = mod23(a + offset + numberPart(stem + '0') - numberPart(head));
  return stem + CHECK_ALPHABET[residue];
}
