/**
 * Which institutions a survey wave invited, when not every one of the registry
 * (a sample, a pilot): a CSV with a `school_code` column, one institution per
 * row. Read as strictly as the responses: a code that is not an institution of
 * the registry (a plesso, with its institution named), an invalid code or a
 * repeated one is a reported reject; a file that invites no institution is an
 * error. Response rates and weights then count the invited only.
 */
import { openCsv } from '../io/read-csv.js';
import { recogniseFormat, type InputFormat } from '../io/recognise-format.js';
import { InputError } from '../report/build-error.js';
import { InputReport } from '../report/input-report.js';
import { institutionOf, type CodeStatus } from './responses.js';

export const INVITED_FORMAT: InputFormat = {
  id: 'survey-invited',
  name: { it: "l'elenco delle istituzioni invitate a un'indagine", en: 'the list of institutions invited to a survey' },
  columns: ['school_code'],
};

export async function readInvited(
  path: string,
  status: (code: string) => CodeStatus,
): Promise<{ codes: Set<string>; report: InputReport }> {
  const csv = await openCsv(path);
  recogniseFormat(path, csv.header, [INVITED_FORMAT], INVITED_FORMAT.name);
  const report = new InputReport(path, INVITED_FORMAT.id, csv);
  const codes = new Set<string>();
  for await (const row of csv.rows) {
    const code = institutionOf(row, report, status);
    if (code === null || 'malformed' in row) continue;
    if (codes.has(code)) {
      report.reject('duplicate school code', `line ${row.line}: ${code}`);
      continue;
    }
    codes.add(code);
    report.accept();
  }
  if (codes.size === 0)
    throw new InputError(path, {
      it: `nessuna istituzione invitata (${report.read} righe lette, tutte scartate o nessuna)`,
      en: `no institution invited (${report.read} rows read, all rejected or none)`,
    });
  return { codes, report };
}
