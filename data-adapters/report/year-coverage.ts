/**
 * Whether an export's rows that name no school of today's registry are spread
 * evenly over its school years. An institution merged into another or closed
 * (the dimensionamento merged hundreds in 2024/25) leaves the registry, and
 * its code takes the years it was active with it: those years read low, and
 * a trend across them rises by that alone, while the report only counts the
 * rejects. Counted here year by year; a spread that differs by chance alone
 * (a homogeneity test) or too little to move a trend is not flagged.
 */
import { formatSchoolYear } from '../../src/i18n/format.js';
import { upperNormalQuantile } from '../../src/util/normal-quantile.js';

export interface YearCoverageRow {
  year: number;
  /** Rows of the year with a valid code, inside the build's years. */
  rows: number;
  /** Of those, the rows whose code counts for no institution of the registry (its own or a successor's). */
  unmatched: number;
}

export interface YearCoverage {
  years: YearCoverageRow[];
  /** The unmatched rows' share differs between years, beyond chance and by at least `MIN_SPREAD`. */
  uneven: boolean;
}

/** The smallest difference between two years' unmatched shares worth a word: a trend moved by 2% of a year's rows. */
export const MIN_SPREAD = 0.02;
/** Years with fewer rows say too little of their share to count in its spread. */
const MIN_ROWS = 20;
/** The homogeneity test's level: across the many exports and builds, one in a thousand flagged by chance. */
const LEVEL = 0.001;

/**
 * Pearson's chi-squared statistic of a 2×k table (unmatched or not, by year)
 * as a standard normal deviate (Wilson and Hilferty's cube root), so that one
 * quantile judges any number of years.
 */
function homogeneityZ(years: readonly YearCoverageRow[]): number {
  const rows = years.reduce((sum, y) => sum + y.rows, 0);
  const unmatched = years.reduce((sum, y) => sum + y.unmatched, 0);
  const share = unmatched / rows;
  const df = years.length - 1;
  if (df < 1 || share === 0 || share === 1) return -Infinity;
  let chi2 = 0;
  for (const y of years) chi2 += (y.unmatched - y.rows * share) ** 2 / (y.rows * share * (1 - share));
  const v = 2 / (9 * df);
  return (Math.cbrt(chi2 / df) - (1 - v)) / Math.sqrt(v);
}

/** Counts each row as it is read; `coverage()` judges the spread. */
export class YearCoverageCounter {
  private readonly _byYear = new Map<number, YearCoverageRow>();

  count(year: number, matched: boolean): void {
    const row = this._byYear.get(year) ?? { year, rows: 0, unmatched: 0 };
    row.rows++;
    if (!matched) row.unmatched++;
    this._byYear.set(year, row);
  }

  coverage(): YearCoverage {
    const years = [...this._byYear.values()].sort((a, b) => a.year - b.year);
    const shares = years.filter((y) => y.rows >= MIN_ROWS).map((y) => y.unmatched / y.rows);
    const spread = shares.length > 1 ? Math.max(...shares) - Math.min(...shares) : 0;
    const uneven = spread >= MIN_SPREAD && homogeneityZ(years) > upperNormalQuantile(LEVEL);
    return { years, uneven };
  }
}

const percent = (row: YearCoverageRow) => `${((100 * row.unmatched) / row.rows).toFixed(1)}%`;

/** The report's word on the spread, or null when no row was unmatched. */
export function coverageNote({ years, uneven }: YearCoverage): string | null {
  const counted = years.filter((y) => y.rows > 0);
  if (!counted.some((y) => y.unmatched > 0)) return null;
  if (uneven)
    return (
      `rows naming no school of the registry are not spread evenly over the school years ` +
      `(${counted.map((y) => `${formatSchoolYear(y.year)} ${percent(y)}`).join(', ')} of each year's rows): ` +
      `the years with more count less of the activity, and a trend across them moves by that alone. ` +
      `Codes of institutions merged or closed since are the usual cause: name the institution that took each over in a successors file (--successors)`
    );
  const shares = counted.map((y) => y.unmatched / y.rows);
  const [low, high] = [Math.min(...shares), Math.max(...shares)].map((s) => `${(100 * s).toFixed(1)}%`);
  return `rows naming no school of the registry are spread evenly over the school years (${low} to ${high} of each year's rows): they lower every year alike`;
}
