/**
 * A web-test-runner reporter that writes the counts of passed and failed tests
 * to a JSON file, for the one closing line of `npm test`. A test file that
 * failed to load counts as one failure (the runner itself would not count it).
 * Beside the counts, each file's time in its tests (their durations summed),
 * slowest first, so that a slow suite can be read file by file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts a suite's tests into the totals; returns the milliseconds they took. */
function count(suite, totals) {
  let ms = 0;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
    ms += test.duration ?? 0;
  }
  for (const child of suite.suites ?? []) ms += count(child, totals);
  return ms;
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const seconds = {};
      for (const session of sessions) {
        if (session.testResults) seconds[session.testFile] = count(session.testResults, totals) / 1000;
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      const files = Object.fromEntries(Object.entries(seconds).sort((a, b) => b[1] - a[1]));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ ...totals, files }, null, 1));
    },
  };
}
