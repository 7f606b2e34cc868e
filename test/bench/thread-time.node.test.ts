import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { END_MARK, STEP_MARK, stepThreadTimes } from '../../bench/support/thread-time.js';

const mark = (name: string, ts: number, tts?: number) => ({ name, pid: 1, tid: 1, ts, tts });

describe("the benches read a step's main-thread time from its marks", () => {
  it('takes each step from its mark to the next, by the thread clock, not the wall clock', () => {
    const events = [
      mark(STEP_MARK, 1_000, 500),
      mark('something else', 1_500, 600),
      // Listed out of order: read in time order.
      mark(END_MARK, 40_000, 12_500),
      mark(STEP_MARK, 20_000, 4_500),
    ];
    assert.deepEqual(stepThreadTimes(events), [4, 8]);
  });

  it('refuses a trace whose marks have no thread clock rather than report zero', () => {
    assert.throws(() => stepThreadTimes([mark(STEP_MARK, 0), mark(END_MARK, 10)]), /thread clock/);
  });
});
