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

/** The whole file's last year: its values that year, with the fields a map shows of each area. */
export function latestOfAreas(file: AreaFile): AreaLatestFile {
  const { contract, generatedAt, release, synthetic, level, metric, years, withoutGeometry, reasons, columns: c } = file;
  const last = years.length - 1;
  // A file without years has no latest one: a writer's mistake, never data.
  if (last < 0) throw new RangeError(`${metric} (${level}): an area file without years has no latest year`);
  return {
    contract,
    generatedAt,
    release,
    synthetic,
    kind: 'areas-latest',
    level,
    metric,
    year: years[last]!,
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
  registerDocumentKind('areas-latest', AreaLatestSchema, (file) => checkAreaColumns(file, AreaLatestColumns, new IssueList()));
}
