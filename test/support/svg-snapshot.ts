/**
 * SVG snapshots as files, with Observable Plot's discipline (`test/output/`):
 * the drawing, with its numbers rounded and Lit's markers removed, must equal
 * `test/output/<name>.svg`. A mismatch writes `<name>-changed.svg` beside it
 * (to compare, and to copy over the snapshot if the change is meant) and
 * fails; a missing snapshot is written and fails too, so nothing is ever
 * regenerated silently (in CI every snapshot is committed).
 */
import { readFile, removeFile, writeFile } from '@web/test-runner-commands';

/**
 * The attributes' numbers to `digits` decimals (drawing noise below a tenth of a pixel is not a change); Lit's
 * comment markers out. Text is kept as written: an Italian "10.000 €" read as the decimal 10.000 became "10 €".
 */
export function normaliseSvg(svg: string, digits = 1): string {
  const scale = 10 ** digits;
  return `${svg
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]*>/g, (tag) => tag.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * scale) / scale)))
    .replace(/>\s+</g, '><')
    .trim()}\n`;
}

/** The snapshot's path relative to the running test file (the file commands resolve paths from it). */
function outputPath(testUrl: string, file: string): string {
  const depth = new URL(testUrl).pathname.split('/').filter(Boolean).length - 1;
  return `${'../'.repeat(depth)}test/output/${file}`;
}

/** Asserts that `svg` matches the snapshot `name` (see above). Pass the test file's `import.meta.url`. */
export async function expectSvgSnapshot(svg: string, name: string, testUrl: string): Promise<void> {
  const actual = normaliseSvg(svg);
  const path = outputPath(testUrl, `${name}.svg`);
  const changed = outputPath(testUrl, `${name}-changed.svg`);
  // web-test-runner answers a read of a missing file as an unknown command: both mean "no snapshot".
  const expected = await readFile({ path }).catch(() => undefined);
  if (expected === actual) {
    // A stale "-changed" file from an earlier failure goes; asked only when there is one (the server logs a missing file).
    if ((await readFile({ path: changed }).catch(() => undefined)) !== undefined)
      await removeFile({ path: changed }).catch(() => undefined);
    return;
  }
  if (expected === undefined) {
    await writeFile({ path, content: actual });
    throw new Error(`test/output/${name}.svg did not exist: written now; check it and commit it.`);
  }
  await writeFile({ path: changed, content: actual });
  throw new Error(`the drawing differs from test/output/${name}.svg: see test/output/${name}-changed.svg`);
}
