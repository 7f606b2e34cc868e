/**
 * Recognises an input's format from its header, by all of the format's columns:
 * a file matches a format when it has every column of it and none that only a
 * sibling format has (a state registry that lost its institution column must
 * not pass for the paritarie one). A near miss is an error that names the
 * format it resembles and the columns it lacks, as the format documents them.
 */
import { InputError, listed, type Said } from '../report/build-error.js';
import { normaliseColumn } from './read-csv.js';

export interface InputFormat<Id extends string = string> {
  id: Id;
  name: Said;
  /** Every column, as the format's documentation names them. */
  columns: readonly string[];
}

const normalisedColumns = (format: InputFormat) => format.columns.map(normaliseColumn);

/** The format among `formats` that `header` is, or an error saying what it resembles and lacks. */
export function recogniseFormat<Id extends string>(
  file: string,
  header: readonly string[],
  formats: readonly InputFormat<Id>[],
  kind: Said,
): InputFormat<Id> {
  const present = new Set(header.map(normaliseColumn));
  const own = new Map(formats.map((format) => [format, new Set(normalisedColumns(format))]));
  const judged = formats.map((format) => {
    const mine = own.get(format)!;
    const missing = format.columns.filter((column) => !present.has(normaliseColumn(column)));
    // Columns a sibling format has and this one does not: their presence says the file is the sibling.
    const foreign = [...present].filter((column) => !mine.has(column) && formats.some((other) => own.get(other)!.has(column)));
    return { format, missing, foreign, shared: format.columns.length - missing.length };
  });
  const matches = judged.filter((j) => j.missing.length === 0 && j.foreign.length === 0);
  if (matches.length > 0) return matches.sort((a, b) => b.format.columns.length - a.format.columns.length)[0]!.format;
  const found = header.join(', ') || '—';
  const nearest = judged
    .filter((j) => j.shared > 0)
    // The format that explains most of the file's columns is the one it was meant to be.
    .sort((a, b) => b.shared - a.shared || a.missing.length - b.missing.length)[0];
  if (nearest && nearest.missing.length > 0)
    throw new InputError(file, {
      it: `somiglia a ${nearest.format.name.it} ma mancano le colonne ${listed(nearest.missing, 'it')} (trovate: ${found})`,
      en: `looks like ${nearest.format.name.en} but lacks the column${nearest.missing.length > 1 ? 's' : ''} ${listed(nearest.missing, 'en')} (found: ${found})`,
    });
  const names = (lang: keyof Said) =>
    listed(
      formats.map((format) => format.name[lang]),
      lang,
    );
  throw new InputError(file, {
    it: `non è ${kind.it}: nessuna colonna di ${names('it')} (descritte in data-adapters/README.md); trovate: ${found}`,
    en: `not ${kind.en}: none of the columns of ${names('en')} (documented in data-adapters/README.md); found: ${found}`,
  });
}
