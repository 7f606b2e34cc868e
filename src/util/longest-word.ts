/**
 * How many letters the longest word of `texts` has, a word as a line breaks
 * text: between spaces, hyphens and slashes. For a column that must hold each
 * of its words whole («Castelfiorentino», «comprensivo»).
 */
export function longestWord(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) for (const word of text.split(/[\s/-]+/)) longest = Math.max(longest, word.length);
  return longest;
}
