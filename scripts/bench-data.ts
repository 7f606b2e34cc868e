/**
 * `npm run bench:data`: the data adapters against their targets, each run in a
 * fresh Node process so that peak memory is its own.
 *  1. the full national build from ../shared/data (target: 60 s, 1.5 GB);
 *  2. a participation export of 1,000,000 rows read in streaming (target: < 1 GB).
 * Runs each case 3 times and prints the medians.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(script: string, args: string[]): { seconds: number; peakMB: number; output: string } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = output.trim().split('\n').at(-1)!;
  const { seconds, peakMB } = JSON.parse(line) as { seconds: number; peakMB: number };
  return { seconds, peakMB, output };
}

const work = mkdtempSync(join(tmpdir(), 'scuole-bench-'));
try {
  const rows: { case: string; 'median s': string; 'peak MB': string; target: string; ok: string }[] = [];
  const cases = [
    { name: 'national build from ../shared/data', args: ['full', work], maxSeconds: 60, maxMB: 1536 },
    { name: '1,000,000-row eTwinning export, streaming', args: ['million', work], maxSeconds: Infinity, maxMB: 1024 },
    // The alternative, in the same run: csv-parse alone on the same file, checking nothing (the cost of never losing a value).
    { name: 'the same file, csv-parse alone (baseline)', args: ['million-baseline', work], maxSeconds: Infinity, maxMB: Infinity },
  ];
  let failed = 0;
  for (const c of cases) {
    const runs = Array.from({ length: RUNS }, () => measure('scripts/bench-data-case.ts', c.args));
    const seconds = median(runs.map((r) => r.seconds));
    const peak = Math.max(...runs.map((r) => r.peakMB));
    const ok = seconds <= c.maxSeconds && peak <= c.maxMB;
    if (!ok) failed++;
    rows.push({
      case: c.name,
      'median s': seconds.toFixed(1),
      'peak MB': peak.toFixed(0),
      target: Number.isFinite(c.maxMB) ? `${Number.isFinite(c.maxSeconds) ? `≤ ${c.maxSeconds} s, ` : ''}≤ ${c.maxMB} MB` : '–',
      ok: ok ? 'yes' : 'NO',
    });
  }
  console.table(rows);
  const [strict, baseline] = [rows[1]!, rows[2]!].map((row) => Number(row['median s']));
  console.log(`strict reading / csv-parse alone: ${(strict! / baseline!).toFixed(2)} × the time`);
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
