/**
 * One case of `npm run bench:data`, in its own process; prints one JSON line
 * with the seconds taken and the peak resident memory.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { parse } from 'csv-parse';
import { join } from 'node:path';
import { once } from 'node:events';
import { build } from '../data-adapters/build.js';
import { knownCodes } from '../data-adapters/aggregate/institutions.js';
import { readEtwinning } from '../data-adapters/readers/participation.js';
import { readRegistries } from '../data-adapters/readers/registry.js';
import { synthesize } from '../data-adapters/synth/synthesize.js';
import { demoConfig, demoInputs } from './build-demo-data.js';

const [which, work] = process.argv.slice(2) as ['full' | 'million' | 'million-baseline', string];
const inputs = demoInputs();
let started: number;

if (which === 'full') {
  // The synthetic exports are inputs, made before the clock starts.
  await synthesize({ registry: inputs.registry, students: inputs.students, out: work, seed: 1, stats: inputs.stats, from: 2014, to: 2025 });
  started = performance.now();
  // The demo's own build: its survey waves and the index's survey pillar included.
  await build(demoConfig(work, join(work, 'out'), 1, null));
} else {
  // 51,531 school codes × 20 school years ≈ 1,030,000 rows, all valid and distinct.
  const { schools } = await readRegistries(inputs.registry);
  const file = join(work, 'million.csv');
  const out = createWriteStream(file);
  out.write('school_code,school_year,registered_teachers,projects,quality_labels,school_label\n');
  let rows = 0;
  for (let year = 2006; year < 2026 && rows < 1_000_000; year++) {
    for (const school of schools) {
      if (
        !out.write(
          `${school.code},${year}/${String((year + 1) % 100).padStart(2, '0')},${(rows * 7) % 13},${rows % 3},${rows % 5 === 0 ? 1 : 0},${rows % 97 === 0 ? 1 : 0}\n`,
        )
      )
        await once(out, 'drain');
      if (++rows >= 1_000_000) break;
    }
  }
  out.end();
  await once(out, 'finish');
  const known = knownCodes(schools);
  started = performance.now();
  if (which === 'million') {
    const { report } = await readEtwinning(file, known);
    if (report.read !== 1_000_000 || report.accepted !== 1_000_000)
      throw new Error(`expected 1,000,000 rows accepted, got ${report.accepted} of ${report.read}`);
  } else {
    // The alternative: csv-parse alone over the same bytes, keeping the same map of rows but checking nothing.
    const rows = new Map<string, Map<string, string[]>>();
    for await (const record of createReadStream(file).pipe(parse({ from_line: 2 })) as AsyncIterable<string[]>) {
      let byYear = rows.get(record[0]!);
      if (!byYear) rows.set(record[0]!, (byYear = new Map()));
      byYear.set(record[1]!, record);
    }
    if (rows.size === 0) throw new Error('nothing read');
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
