/**
 * A timeline annotation's label in the lines it takes under the chart. SVG
 * text does not wrap: a label wider than the chart (a long one from the data,
 * or a short one with the reader's text spacing on a phone, WCAG 1.4.12) ran
 * past its edge and was cut off. Broken at spaces, greedily; a word wider
 * than the room keeps a line of its own (it is never cut inside).
 */
export function annotationLines(label: string, characterWidth: number, room: number): string[] {
  const fits = Math.max(1, Math.floor(room / Math.max(characterWidth, 1e-9)));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > fits) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line || lines.length === 0 ? [...lines, line] : lines;
}

/** How many rows the annotations take under a chart `width` wide: one per line of each label. */
export function annotationRows(labels: readonly string[], characterWidth: number, width: number): number {
  let rows = 0;
  for (const label of labels) rows += annotationLines(label, characterWidth, width).length;
  return rows;
}
