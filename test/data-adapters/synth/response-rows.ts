/** The rows of a synthetic survey wave's responses file, each by column name (an empty string: not answered). */
import { readFileSync } from 'node:fs';

export function responseRows(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = head!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, k) => [names[k]!, value])));
}
