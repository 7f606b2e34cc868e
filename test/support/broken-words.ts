/**
 * The words of an element's text that its lines break inside (a word laid out on more than one line); `words` says
 * what a word is (a place's name may break after a hyphen: its parts, `/[^\s-]+/g`); `narrowerThan`, if given, keeps
 * only the words that would fit whole in that many pixels (their pieces' widths added up), and `skip` leaves out the
 * text under what it matches.
 */
export function brokenWords(
  element: Node,
  words = /\S+/g,
  { narrowerThan = Infinity, skip }: { narrowerThan?: number; skip?: string } = {},
): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (skip && node.parentElement?.closest(skip)) continue;
    for (const word of node.data.matchAll(words)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      // One box per line the word is on (an empty one where a line ends just before it).
      const pieces = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const lines = new Set(pieces.map((rect) => Math.round(rect.top)));
      const width = pieces.reduce((sum, rect) => sum + rect.width, 0);
      if (lines.size > 1 && width < narrowerThan) broken.push(word[0]);
    }
  }
  return broken;
}
