/**
 * The words of an element's text that its lines break inside (a word laid out on more than one line); `words` says
 * what a word is (a place's name may break after a hyphen: its parts, `/[^\s-]+/g`).
 */
export function brokenWords(element: Node, words = /\S+/g): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
    for (const word of node.data.matchAll(words)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      // One box per line the word is on (an empty one where a line ends just before it).
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(word[0]);
    }
  return broken;
}
