/**
 * Main-thread CPU time between a page's user timing marks, read from a
 * Chromium trace. Wall time on a shared two-core machine also counts what
 * other threads took from the page (V8 compiling in the background, the
 * browser process): a keystroke that used 9 ms of the processor could take 25
 * ms by the clock. The benches report both, so that a reader sees the code's
 * cost apart from the machine's load.
 */
import type { Browser, Page } from 'playwright-core';

/** Each `mark` in the page is the start of one step; `end` closes the last. */
export const STEP_MARK = 'bench-step';
export const END_MARK = 'bench-steps-end';

interface TraceEvent {
  name: string;
  tid: number;
  pid: number;
  ts: number;
  /** Thread clock, in microseconds: present on the marks Chromium records. */
  tts?: number;
}

/** The main-thread milliseconds of each step (mark to next mark), from a trace's events. */
export function stepThreadTimes(events: readonly TraceEvent[]): number[] {
  const marks = events.filter((e) => e.name === STEP_MARK || e.name === END_MARK).sort((a, b) => a.ts - b.ts);
  if (marks.some((mark) => mark.tts === undefined)) throw new Error('the trace has no thread clock on its marks');
  return marks.slice(0, -1).map((mark, k) => (marks[k + 1]!.tts! - mark.tts!) / 1000);
}

/** The key under which runRounds keeps a contender's slowest step in thread time. */
export const slowestStepKey = (name: string) => `${name} (slowest step, main-thread CPU)`;

/** Runs `work` on `page` while tracing its user timing marks; returns the work's result and each step's thread time. */
export async function withStepThreadTimes<T>(
  browser: Browser,
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; steps: number[] }> {
  await browser.startTracing(page, { categories: ['blink.user_timing'] });
  let result: T;
  let trace: Buffer;
  try {
    result = await work();
  } finally {
    trace = await browser.stopTracing();
  }
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  return { result, steps: stepThreadTimes(traceEvents) };
}
