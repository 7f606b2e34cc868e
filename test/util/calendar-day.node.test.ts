import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDay } from '../../src/util/calendar-day.js';

describe('isCalendarDay', () => {
  it('takes every day of the calendar, leap days where the Gregorian rules put them', () => {
    for (const day of ['2026-01-31', '2026-02-28', '2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '2026-03-02T09:30:00Z'])
      assert.equal(isCalendarDay(day), true, day);
  });

  it('refuses the days Date rolls over to the next month, and what is no day', () => {
    for (const day of [
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-06-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '02/03/2026',
      '',
    ])
      assert.equal(isCalendarDay(day), false, day);
  });

  it('agrees with the calendar on every day of four years, a leap year among them', () => {
    // The null and the planted: each of the 31 × 12 written days, against Date's own round trip.
    for (const year of [2023, 2024, 2100, 2400])
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          assert.equal(isCalendarDay(text), date.getUTCMonth() === month - 1 && date.getUTCDate() === day, text);
        }
  });
});
