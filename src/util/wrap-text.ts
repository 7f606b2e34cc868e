/**
 * Splits text into lines of at most `chars` characters, at spaces where it can
 * (a word longer than a line is cut): the titles and source lines of the
 * downloaded pictures, laid out without measuring fonts.
 */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    for (let piece = word; piece; piece = piece.slice(chars)) {
      const part = piece.slice(0, chars);
      if (line && line.length + 1 + part.length > chars) {
        lines.push(line);
        line = part;
      } else line = line ? `${line} ${part}` : part;
    }
  }
  return line ? [...lines, line] : lines;
}
