/**
 * What happened to every row of one input: read = accepted + rejected, always,
 * each reject with its reason and a few examples (line and value) so that a data
 * manager can find and fix it. Values dropped or repaired inside an accepted row
 * (an unsafe website, `https//` made `https://`) are `corrections`, counted the
 * same way: nothing changes without a word in the report.
 */
import { InputError, type Said } from './build-error.js';
import { coverageNote, type YearCoverage } from './year-coverage.js';

export { InputError };

const EXAMPLES = 5;

export interface Tally {
  reason: string;
  count: number;
  examples: string[];
}

export interface InputReportJson {
  file: string;
  format: string;
  encoding?: string;
  delimiter?: string;
  read: number;
  accepted: number;
  rejected: number;
  rejects: Tally[];
  corrections: Tally[];
  /** Rows rejected because their code matches nothing (every one is listed in unmatched.csv). */
  unmatched: number;
  /** For an export by school year: its rows and unmatched rows year by year, and whether their share is uneven (report/year-coverage.ts). */
  yearCoverage?: YearCoverage;
  notes: string[];
}

/** A row whose code matched nothing: its line, its code, its euros when it is a grant. */
export interface UnmatchedRow {
  line: number;
  code: string;
  amountEur?: number | null;
  reason: string;
}

/** How the file was read; read when the report is written, since the encoding is known only at the end of the file. */
export interface ReadDetails {
  readonly encoding?: string;
  readonly encodingNote?: Said | null;
  readonly delimiter?: string;
}

class Tallies {
  private readonly _byReason = new Map<string, { count: number; examples: string[] }>();

  add(reason: string, example: string): void {
    const entry = this._byReason.get(reason) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(example);
    this._byReason.set(reason, entry);
  }

  count(reason: string): number {
    return this._byReason.get(reason)?.count ?? 0;
  }

  toJSON(): Tally[] {
    return [...this._byReason]
      .map(([reason, { count, examples }]) => ({ reason, count, examples }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }
}

export class InputReport {
  read = 0;
  accepted = 0;
  private readonly _rejects = new Tallies();
  private readonly _corrections = new Tallies();
  private readonly _notes: string[] = [];
  /** Every row whose code matched nothing, for unmatched.csv. */
  readonly unmatchedRows: UnmatchedRow[] = [];
  /** How the unmatched rows fall over the school years, for an export by year (`coverYears`). */
  yearCoverage: YearCoverage | null = null;

  constructor(
    readonly file: string,
    readonly format: string,
    readonly details: ReadDetails = {},
  ) {}

  accept(): void {
    this.read++;
    this.accepted++;
  }

  reject(reason: string, example: string): void {
    this.read++;
    this._rejects.add(reason, example);
  }

  /** Rejects a row whose code matches nothing, keeping it for the full list (unmatched.csv). */
  rejectUnmatched(reason: string, row: Omit<UnmatchedRow, 'reason'>): void {
    this.reject(reason, `line ${row.line}: ${row.code}`);
    this.unmatchedRows.push({ ...row, reason });
  }

  /** A value of an accepted row that was dropped or repaired, with why. */
  correct(reason: string, example: string): void {
    this._corrections.add(reason, example);
  }

  correctionCount(reason: string): number {
    return this._corrections.count(reason);
  }

  /** How an export by school year's unmatched rows fall over its years, kept for report.json and said in a note. */
  coverYears(coverage: YearCoverage): void {
    this.yearCoverage = coverage;
    const note = coverageNote(coverage);
    if (note) this.note(note);
  }

  /** A fact worth telling that is not a reject (say, a code matched in another way). */
  note(text: string): void {
    this._notes.push(text);
  }

  get rejected(): number {
    return this.read - this.accepted;
  }

  rejectCount(reason: string): number {
    return this._rejects.count(reason);
  }

  toJSON(): InputReportJson {
    const { encoding, encodingNote, delimiter } = this.details;
    return {
      file: this.file,
      format: this.format,
      ...(encoding !== undefined && { encoding }),
      ...(delimiter !== undefined && { delimiter }),
      read: this.read,
      accepted: this.accepted,
      rejected: this.rejected,
      rejects: this._rejects.toJSON(),
      corrections: this._corrections.toJSON(),
      unmatched: this.unmatchedRows.length,
      ...(this.yearCoverage && { yearCoverage: this.yearCoverage }),
      notes: [...(encodingNote ? [`encoding: ${encodingNote.en}`] : []), ...this._notes],
    };
  }
}
