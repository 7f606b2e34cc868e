/**
 * Whether a text starts with a day of the calendar, written `YYYY-MM-DD`.
 * `Date` rolls 30 February over to 2 March and 31 April to 1 May without a
 * word, so a release dated so would be shown as another day: the contract's
 * days and times, and the data tools' `--generated-at`, are checked here by
 * reading the day and writing it back.
 */
export function isCalendarDay(text: string): boolean {
  const day = text.slice(0, 10);
  const date = new Date(day);
  return /^\d{4}-\d\d-\d\d$/.test(day) && date.getTime() === date.getTime() && date.toISOString().startsWith(day);
}
