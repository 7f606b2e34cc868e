import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { utcTimestamp } from '../../../data-adapters/io/timestamp.ts';

describe('utcTimestamp', () => {
  it('reads an ISO day as midnight UTC and a timestamp in any zone as its instant in UTC', () => {
    assert.equal(utcTimestamp('2026-12-03'), '2026-12-03T00:00:00Z');
    assert.equal(utcTimestamp(' 2026-12-03T09:30Z '), '2026-12-03T09:30:00Z');
    assert.equal(utcTimestamp('2026-12-03T09:30:15+01:00'), '2026-12-03T08:30:15Z');
    assert.equal(utcTimestamp('2026-12-03T00:30-02:30'), '2026-12-03T03:00:00Z');
    assert.equal(utcTimestamp('2026-12-03T09:30:15.250Z'), '2026-12-03T09:30:15.250Z', 'milliseconds kept');
    assert.equal(utcTimestamp('2024-02-29'), '2024-02-29T00:00:00Z', 'a leap day');
  });

  it('refuses what Date would read another way or roll over', () => {
    for (const text of [
      '12/03/2026', // 3 December to Date, 12 March to an Italian reader
      'Dec 3 2026',
      '2026-02-30', // Date makes it 2 March
      '2025-02-29',
      '2026-13-01',
      '2026-12-03T24:00Z',
      '2026-12-03T09:60Z',
      '2026-12-03T09:30', // no zone: the build machine's would decide
      '2026-12-03T09:30+15:00',
      '2026-12-03T09:30+01:60',
      '20261203',
      '',
    ])
      assert.equal(utcTimestamp(text), null, text);
  });
});
