/**
 * The latest year of a national area file (src/contract/area-latest.schema.ts):
 * `latestOfAreas` writes it from the whole file (the data tools), so that the
 * two cannot disagree; `registerAreasLatestKind` teaches the validator its
 * kind, called by what reads it (a national map, src/map/load-map.ts) or
 * writes it, so that the other elements' bundles do not carry it.
 */
import type { AreaFile, AreaLatestFile } from './contract.types.js';
import { AreaLatestColumns, AreaLatestFile as AreaLatestSchema } from './area-latest.schema.js';
import { checkAreaColumns, IssueList } from './semantic-checks.js';
import { registerDocumentKind } from './validate.js';

/**
 * The whole file's last year: its values that year, with the fields a map shows of each area; where that year is one
 * of `provisionalYears` (the metric's programme's), the values of the latest year with final figures and a value in
 * an area the geometry draws (`final`), as a map's classes take them (src/map/classes-year.ts).
 */
export function latestOfAreas(file: AreaFile, provisionalYears: readonly number[] = []): AreaLatestFile {
  const { contract, generatedAt, release, synthetic, level, metric, years, withoutGeometry, reasons, columns: c } = file;
  const last = years.length - 1;
  // A file without years has no latest one: a writer's mistake, never data.
  if (last < 0) throw new RangeError(`${metric} (${level}): an area file without years has no latest year`);
  const drawn = (i: number) => !withoutGeometry.includes(c.code[i]!);
  let final = -1;
  if (provisionalYears.includes(years[last]!))
    for (let y = last - 1; y >= 0 && final < 0; y--)
      if (!provisionalYears.includes(years[y]!) && c.values[y]!.some((value, i) => value !== null && drawn(i))) final = y;
  return {
    contract,
    generatedAt,
    release,
    synthetic,
    kind: 'areas-latest',
    level,
    metric,
    year: years[last]!,
    ...(final >= 0 && { final: { year: years[final]!, value: c.values[final]! } }),
    withoutGeometry,
    reasons,
    columns: {
      code: c.code,
      name: c.name,
      schools: c.schools,
      institutions: c.institutions,
      institutionShare: c.institutionShare,
      students: c.students,
      value: c.values[last]!,
      active: c.active,
      roleModels: c.roleModels,
      shadow: { status: c.shadow.status, reason: c.shadow.reason },
    },
  };
}

/** Teaches the validator the kind `areas-latest`. A call, not an import for its side effect (see src/survey/survey-kind.ts). */
export function registerAreasLatestKind(): void {
  registerDocumentKind('areas-latest', AreaLatestSchema, (file) => {
    const issues = new IssueList();
    // The latest final year's values: one per area, of a year before the file's.
    const { final, year, columns } = file;
    if (final && final.year >= year) issues.add(['final', 'year'], 'final.year', final.year, [year]);
    if (final && final.value.length !== columns.code.length)
      issues.add(['final', 'value'], 'columns.length', final.value.length, [columns.code.length]);
    return checkAreaColumns(file, AreaLatestColumns, issues);
  });
}
