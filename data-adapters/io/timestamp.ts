/**
 * The build's publication time (`generatedAt`), as the agency writes it on the
 * command line or in a config file: an ISO 8601 day (`2026-12-03`, midnight
 * UTC) or timestamp with its zone (`2026-12-03T09:30Z`, `…+01:00`). Nothing
 * else: `Date` reads "12/03/2026" as 3 December where Italy means 12 March,
 * and rolls 30 February over to 2 March, both without a word.
 *
 * The zone is kept as written: every download and profile says the day of
 * publication as the timestamp's first ten characters, and a release made at
 * 00:30 in Rome on 8 December is of 8 December, though it is still 7 December
 * in UTC (converted, it read «Dati del 7 dicembre»). Without a time given, the
 * build's default is the newest input file's time in Italy (`italianTimestamp`).
 */
import { isCalendarDay } from '../../src/util/calendar-day.js';

const ISO = /^(\d{4}-\d\d-\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|[+-](\d\d):(\d\d)))?$/;

/**
 * The instant in its own zone, with seconds (`2026-12-03T09:30:00+01:00`, milliseconds only when there are some; a
 * day alone is `T00:00:00Z`), or null when the text is no real ISO day or time.
 */
export function zonedTimestamp(text: string): string | null {
  const trimmed = text.trim();
  const match = ISO.exec(trimmed);
  if (!match) return null;
  const [, day, hours, minutes, seconds = '00', fraction = '', zone, zoneHours = '0', zoneMinutes = '0'] = match;
  if (!isCalendarDay(trimmed)) return null;
  if (hours === undefined) return `${day}T00:00:00Z`;
  const realTime = Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60;
  const realZone = zone === 'Z' || (Number(zoneHours) <= 14 && Number(zoneMinutes) < 60);
  if (!realTime || !realZone) return null;
  return `${day}T${hours}:${minutes}:${seconds}${/^\.0*$/.test(fraction) ? '' : fraction}${zone}`;
}

const ROME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** An instant (milliseconds since 1970, whole seconds kept) as Italy's clocks showed it, with their offset: `2026-12-08T00:30:00+01:00`. */
export function italianTimestamp(ms: number): string {
  const parts = Object.fromEntries(ROME.formatToParts(new Date(Math.floor(ms / 1000) * 1000)).map((p) => [p.type, p.value]));
  // "GMT+01:00" (or "GMT" where the offset is zero, which Italy's never is today).
  const offset = parts.timeZoneName!.replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
