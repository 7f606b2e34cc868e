/**
 * Parses a school year as exports write it: "2023", "2023/24", "2023-2024",
 * "202324" (the MIM registry). Returns the first calendar year, or null.
 */
import { formatSchoolYear } from '../../src/i18n/format.js';

export function parseSchoolYear(text: string | null | undefined): number | null {
  if (!text) return null;
  const value = text.trim();
  let match = /^(\d{4})$/.exec(value);
  if (match) return Number(match[1]);
  match = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(value) ?? /^(\d{4})(\d{2})$/.exec(value);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[2]);
  const expected = match[2]!.length === 2 ? (first + 1) % 100 : first + 1;
  return second === expected ? first : null;
}

/** The school year a date falls in (school years start on 1 September). */
export function schoolYearOfDate(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-\d{2}/.exec(isoDate.trim());
  if (!match) return null;
  const year = Number(match[1]);
  return Number(match[2]) >= 9 ? year : year - 1;
}

/** The school years a contract spans, when the config names them (else every year of the inputs). */
export interface YearRange {
  from: number;
  to: number;
}

/** The reject reason of a year outside the contract's years, or null when it is inside (or no range is set). */
export function outsideYears(year: number, range: YearRange | null | undefined): string | null {
  if (!range || (year >= range.from && year <= range.to)) return null;
  return `school year outside the contract's years (${formatSchoolYear(range.from)}–${formatSchoolYear(range.to)}, config years)`;
}
