/**
 * Reads the institutions that took over others (`--successors FILE`, CSV or
 * XLSX: `old_code, new_code`): a code gone from today's registry (an
 * institution merged into another or closed, the dimensionamento) and the
 * code, in the registry, of the one that holds its schools now. The
 * participation and funding rows of the old code then count for the new one,
 * in every year, so that a trend across the merger compares the same schools
 * (report/year-coverage.ts says when the rows of gone codes fall in some years
 * only). Strict, as every reader: a code that is not one, an old code still in
 * the registry (its rows are its own), one named twice or in a cycle, and a
 * successor that leads to no institution of the registry are rejected with
 * their line. A chain (A taken over by B, B later by C) counts A for C.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { clean, openCsv } from '../io/read-csv.js';
import { recogniseFormat, type InputFormat } from '../io/recognise-format.js';
import { InputReport } from '../report/input-report.js';
import type { SchoolRecord } from './registry.js';

export const SUCCESSORS_FORMAT: InputFormat = {
  id: 'successors',
  name: { it: 'un elenco di istituzioni accorpate', en: 'a list of merged institutions' },
  columns: ['old_code', 'new_code'],
};

/** Old code → the registry's code its rows count for. */
export type Successors = ReadonlyMap<string, string>;

export async function readSuccessors(path: string, known: ReadonlySet<string>): Promise<{ successors: Successors; report: InputReport }> {
  const csv = await openCsv(path);
  recogniseFormat(path, csv.header, [SUCCESSORS_FORMAT], SUCCESSORS_FORMAT.name);
  const report = new InputReport(path, SUCCESSORS_FORMAT.id, csv);
  const named = new Map<string, { next: string; line: number }>();
  for await (const row of csv.rows) {
    if ('malformed' in row) {
      report.reject('malformed row', `line ${row.line}: ${row.malformed}`);
      continue;
    }
    const [from, to] = [clean(row.values.OLDCODE)?.toUpperCase() ?? '', clean(row.values.NEWCODE)?.toUpperCase() ?? ''];
    const example = `line ${row.line}: ${from} → ${to}`;
    if (!CODE_PATTERNS.school.test(from) || !CODE_PATTERNS.school.test(to)) report.reject('invalid school code', example);
    else if (from === to) report.reject('a code its own successor', example);
    else if (known.has(from)) report.reject('old code still in the registry: its rows are its own', example);
    else if (named.has(from)) report.reject('old code named twice', example);
    // Counted as read (accepted or rejected) once the chain it starts is followed.
    else named.set(from, { next: to, line: row.line });
  }
  const successors = new Map<string, string>();
  for (const [from, { next, line }] of named) {
    // Follow the chain to the registry; a loop or a dead end counts nowhere.
    const seen = new Set([from]);
    let to = next;
    while (!known.has(to) && named.has(to) && !seen.has(to)) {
      seen.add(to);
      to = named.get(to)!.next;
    }
    const example = `line ${line}: ${from} → ${next}`;
    if (known.has(to)) {
      successors.set(from, to);
      report.accept();
    } else {
      report.reject(seen.has(to) ? 'a cycle of successors' : 'successor not in the registry', example);
    }
  }
  return { successors, report };
}

/**
 * The registry's code a row of `code` counts for: its own when the registry
 * has it, its successor's when one took it over, else none.
 */
export function registryCode(code: string, known: ReadonlySet<string>, successors: Successors | null): string | null {
  if (known.has(code)) return code;
  return successors?.get(code) ?? null;
}

/**
 * Per institution of the registry, the old codes counted as its own (sorted):
 * a successor named by a plesso's code is its institution's.
 */
export function predecessorsOf(successors: Successors | null, schools: readonly SchoolRecord[]): Map<string, string[]> {
  const institutionOf = new Map(schools.map((school) => [school.code, school.institution]));
  const byInstitution = new Map<string, string[]>();
  for (const [old, code] of successors ?? []) {
    const institution = institutionOf.get(code) ?? code;
    const olds = byInstitution.get(institution);
    if (olds) olds.push(old);
    else byInstitution.set(institution, [old]);
  }
  for (const olds of byInstitution.values()) olds.sort();
  return byInstitution;
}
