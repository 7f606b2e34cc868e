/**
 * What happened to every row of one input: read = accepted + rejected, always,
 * each reject with its reason and a few examples (line and value) so that a data
 * manager can find and fix it.
 */
export interface InputReportJson {
  file: string;
  format: string;
  encoding?: string;
  delimiter?: string;
  read: number;
  accepted: number;
  rejected: number;
  rejects: { reason: string; count: number; examples: string[] }[];
  notes: string[];
}

const EXAMPLES = 5;

export class InputReport {
  read = 0;
  accepted = 0;
  private readonly _rejects = new Map<string, { count: number; examples: string[] }>();
  private readonly _notes: string[] = [];

  constructor(
    readonly file: string,
    readonly format: string,
    readonly details: { encoding?: string; delimiter?: string } = {},
  ) {}

  accept(): void {
    this.read++;
    this.accepted++;
  }

  reject(reason: string, example: string): void {
    this.read++;
    const entry = this._rejects.get(reason) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(example);
    this._rejects.set(reason, entry);
  }

  /** A fact worth telling that is not a reject (say, a code matched in another way). */
  note(text: string): void {
    this._notes.push(text);
  }

  get rejected(): number {
    return this.read - this.accepted;
  }

  rejectCount(reason: string): number {
    return this._rejects.get(reason)?.count ?? 0;
  }

  toJSON(): InputReportJson {
    return {
      file: this.file,
      format: this.format,
      ...this.details,
      read: this.read,
      accepted: this.accepted,
      rejected: this.rejected,
      rejects: [...this._rejects]
        .map(([reason, { count, examples }]) => ({ reason, count, examples }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      notes: [...this._notes],
    };
  }
}

/** Thrown for an input that cannot be read at all (unknown format, missing columns). */
export class InputError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

/** Fails clearly when a required column is missing, naming it and what was found. */
export function requireColumns(file: string, format: string, columns: readonly string[], required: readonly string[]): void {
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new InputError(
      file,
      `not a valid ${format} file: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found ${columns.join(', ') || 'none'})`,
    );
  }
}
