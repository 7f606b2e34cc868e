/**
 * The build's publication time (`generatedAt`), as the agency writes it on the
 * command line or in a config file: an ISO 8601 day (`2026-12-03`, midnight
 * UTC) or timestamp with its zone (`2026-12-03T09:30Z`, `…+01:00`). Nothing
 * else: `Date` reads "12/03/2026" as 3 December where Italy means 12 March,
 * and rolls 30 February over to 2 March, both without a word.
 */
import { isCalendarDay } from '../../src/util/calendar-day.js';

const ISO = /^\d{4}-\d\d-\d\d(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(Z|[+-](\d\d):(\d\d)))?$/;

/** The instant in UTC (`2026-12-03T08:30:00Z`, milliseconds only when there are some), or null when the text is no real ISO day or time. */
export function utcTimestamp(text: string): string | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', zone, zoneHours = '0', zoneMinutes = '0'] = match;
  const realDay = isCalendarDay(text.trim());
  const realTime = Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60;
  const realZone = zone === undefined || zone === 'Z' || (Number(zoneHours) <= 14 && Number(zoneMinutes) < 60);
  if (!realDay || !realTime || !realZone) return null;
  const instant = Date.parse(match[1] === undefined ? `${text.trim()}T00:00:00Z` : text.trim());
  return Number.isFinite(instant) ? new Date(instant).toISOString().replace('.000Z', 'Z') : null;
}
