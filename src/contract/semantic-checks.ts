/**
 * Rules of the contract that JSON Schema cannot express: series aligned with the
 * document's years, unique keys, references between lists, weights that add up.
 * They run after the structural validation, on documents whose shape is known.
 */
import type { AreaFile, ContractBundle, NationalIndex, RankInterval, RegionShard, SchoolShard, Series } from './contract.types.js';
import type { Node, RawIssue } from './schema-dsl.js';
import { AreaColumns } from './area-file.schema.js';

export type Path = (string | number)[];

export class IssueList {
  readonly items: RawIssue[] = [];
  add(path: Path, expect: string, value: unknown, params?: (string | number)[]): void {
    this.items.push({ path, expect, value, params });
  }
}

function checkYears(years: readonly number[], path: Path, issues: IssueList): void {
  for (let i = 1; i < years.length; i++) {
    if (years[i]! <= years[i - 1]!) {
      issues.add([...path, i], 'years.ascending', years[i], [years[i - 1]!]);
    }
  }
}

function checkSeries(series: Series, years: number, metrics: ReadonlySet<string> | null, path: Path, issues: IssueList): void {
  for (const [metric, values] of Object.entries(series)) {
    if (metrics && !metrics.has(metric)) {
      issues.add([...path, metric], 'metric.defined', metric);
    }
    if (values.length !== years) {
      issues.add([...path, metric], 'series.length', values, [years]);
    }
  }
}

export function checkUnique<T>(items: readonly T[], key: (item: T) => string, path: Path, field: string, issues: IssueList): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const value = key(item);
    if (seen.has(value)) issues.add([...path, i, field], 'unique', value, [value]);
    seen.add(value);
  });
  return seen;
}

/** A rank interval's ends in order, in Italy and in the region (a list would read "between no. 9 and no. 4"). */
function checkRanks(ranks: RankInterval | null | undefined, path: Path, issues: IssueList): void {
  for (const scope of ['nation', 'region'] as const) {
    const [low, high] = ranks?.[scope] ?? [0, 0];
    if (low > high) issues.add([...path, scope, 1], 'interval.order', high, [low]);
  }
}

function checkReference(value: string | null, known: ReadonlySet<string>, what: string, path: Path, issues: IssueList): void {
  if (value !== null && !known.has(value)) issues.add(path, `ref.${what}`, value);
}

function checkPlaceholder(template: string, placeholder: string, path: Path, issues: IssueList): void {
  if (!template.includes(placeholder)) {
    issues.add(path, 'template', template, [placeholder]);
  }
}

export function checkIndex(index: NationalIndex, issues = new IssueList(), prefix: Path = []): RawIssue[] {
  checkYears(index.years, [...prefix, 'years'], issues);
  const sources = checkUnique(index.sources, (s) => s.id, [...prefix, 'sources'], 'id', issues);
  const programmes = checkUnique(index.programmes, (p) => p.id, [...prefix, 'programmes'], 'id', issues);
  const metrics = checkUnique(index.metrics, (m) => m.id, [...prefix, 'metrics'], 'id', issues);
  index.metrics.forEach((metric, i) => {
    checkReference(metric.programme, programmes, 'programme', [...prefix, 'metrics', i, 'programme'], issues);
    checkReference(metric.source, sources, 'source', [...prefix, 'metrics', i, 'source'], issues);
    if (metric.dispersion && metric.dispersion.length !== index.years.length)
      issues.add([...prefix, 'metrics', i, 'dispersion'], 'series.length', metric.dispersion, [index.years.length]);
  });
  const pillars = index.methods.index.pillars;
  const total = pillars.reduce((sum, pillar) => sum + pillar.weight, 0);
  if (pillars.length > 0 && Math.abs(total - 1) > 1e-6) {
    issues.add([...prefix, 'methods', 'index', 'pillars'], 'weights.sum', Number(total.toFixed(6)));
  }
  checkUnique(pillars, (p) => p.id, [...prefix, 'methods', 'index', 'pillars'], 'id', issues);
  index.annotations.forEach((note, i) => {
    if (note.to < note.from) issues.add([...prefix, 'annotations', i, 'to'], 'annotation.order', note.to, [note.from]);
  });
  checkPlaceholder(index.shards.region, '{region}', [...prefix, 'shards', 'region'], issues);
  checkPlaceholder(index.shards.school, '{code}', [...prefix, 'shards', 'school'], issues);
  // A latest year's file is read first, and its whole file after it: never one without the other.
  if (index.shards.areasLatest !== undefined && index.shards.areas === undefined)
    issues.add([...prefix, 'shards', 'areas'], 'shards.areas', undefined);
  for (const key of ['areas', 'areasLatest'] as const) {
    const template = index.shards[key];
    if (template === undefined) continue;
    checkPlaceholder(template, '{level}', [...prefix, 'shards', key], issues);
    checkPlaceholder(template, '{metric}', [...prefix, 'shards', key], issues);
  }
  checkPlaceholder(index.geometry.comuni.url, '{region}', [...prefix, 'geometry', 'comuni', 'url'], issues);
  if (index.geometry.comuni.packed !== undefined)
    checkPlaceholder(index.geometry.comuni.packed, '{region}', [...prefix, 'geometry', 'comuni', 'packed'], issues);
  checkSeries(index.nation.values, index.years.length, metrics, [...prefix, 'nation', 'values'], issues);
  checkUnique(index.regions, (r) => r.code, [...prefix, 'regions'], 'code', issues);
  index.regions.forEach((region, i) => {
    checkSeries(region.values, index.years.length, metrics, [...prefix, 'regions', i, 'values'], issues);
    if (region.dispersion) checkSeries(region.dispersion, index.years.length, metrics, [...prefix, 'regions', i, 'dispersion'], issues);
  });
  return issues.items;
}

export function checkRegion(shard: RegionShard, issues = new IssueList(), prefix: Path = []): RawIssue[] {
  checkYears(shard.years, [...prefix, 'years'], issues);
  const provinces = checkUnique(shard.provinces, (p) => p.code, [...prefix, 'provinces'], 'code', issues);
  shard.provinces.forEach((province, i) => {
    if (province.region !== shard.region.code) {
      issues.add([...prefix, 'provinces', i, 'region'], 'region.match', province.region, [shard.region.code]);
    }
    checkSeries(province.values, shard.years.length, null, [...prefix, 'provinces', i, 'values'], issues);
  });
  const comuni = checkUnique(shard.comuni, (c) => c.code, [...prefix, 'comuni'], 'code', issues);
  shard.comuni.forEach((comune, i) => {
    checkReference(comune.province, provinces, 'province', [...prefix, 'comuni', i, 'province'], issues);
    checkSeries(comune.values, shard.years.length, null, [...prefix, 'comuni', i, 'values'], issues);
  });
  checkUnique(shard.schools, (s) => s.code, [...prefix, 'schools'], 'code', issues);
  shard.schools.forEach((school, i) => {
    checkReference(school.comune, comuni, 'comune', [...prefix, 'schools', i, 'comune'], issues);
    checkRanks(school.rankInterval, [...prefix, 'schools', i, 'rankInterval'], issues);
  });
  return issues.items;
}

/**
 * A national area file: years ascending; every column as long as the comuni,
 * one values column per year; each comune once; reasons and comuni without
 * geometry that point at something the file has.
 */
export function checkAreas(file: AreaFile, issues = new IssueList()): RawIssue[] {
  checkYears(file.years, ['years'], issues);
  const { values, ...perArea } = file.columns;
  // The values are one column per year, each as long as the comuni.
  if (values.length !== file.years.length) issues.add(['columns', 'values'], 'series.length', values.length, [file.years.length]);
  values.forEach((year, y) => sameLength(year, file.columns.code.length, ['columns', 'values', y], issues));
  return checkAreaColumns({ ...file, columns: perArea }, AreaColumns, issues);
}

/** An area file's columns, each one value per area (a whole file's without its `values`, a latest year's file's all). */
export interface AreaColumnsLike {
  level: AreaFile['level'];
  reasons: readonly unknown[];
  withoutGeometry: readonly string[];
  columns: { code: readonly string[]; shadow: { reason: readonly (number | null)[] } & Record<string, readonly unknown[]> } & Record<
    string,
    readonly unknown[] | Record<string, readonly unknown[]>
  >;
}

type ObjectNode = Extract<Node, { t: 'object' }>;

const sameLength = (column: readonly unknown[], count: number, path: Path, issues: IssueList) => {
  if (column.length !== count) issues.add(path, 'columns.length', column.length, [count]);
};

/**
 * What both national area files ask of their columns (the whole file's and its
 * latest year's, src/contract/area-latest.ts): every column as long as the
 * areas; each area once, with a code of the file's level; reasons and areas
 * without geometry that point at something the file has. Only the columns
 * `schema` (the file's columns, as the structural check has read them) names
 * are judged: a column of a newer minor is accepted as it is, whatever it holds.
 */
export function checkAreaColumns(file: AreaColumnsLike, schema: Node, issues: IssueList): RawIssue[] {
  const { columns } = file;
  const count = columns.code.length;
  const { shadow, values: _values, ...perArea } = (schema as ObjectNode).shape;
  // The whole file's `values` (one column per year) are its own check's (checkAreas).
  for (const name in perArea) sameLength(columns[name] as readonly unknown[], count, ['columns', name], issues);
  for (const name in (shadow as ObjectNode).shape) sameLength(columns.shadow[name]!, count, ['columns', 'shadow', name], issues);
  const codes = new Set<string>();
  // Every code of the file's level: a comune's six digits, or a province's three.
  const [pattern, kind] = file.level === 'provinces' ? [/^\d{3}$/, 'code.province'] : [/^\d{6}$/, 'code.comune'];
  columns.code.forEach((code, i) => {
    if (!pattern.test(code)) issues.add(['columns', 'code', i], kind, code);
    if (codes.has(code)) issues.add(['columns', 'code', i], 'unique', code, [code]);
    codes.add(code);
  });
  columns.shadow.reason.forEach((reason, i) => {
    if (reason !== null && reason >= file.reasons.length) issues.add(['columns', 'shadow', 'reason', i], 'ref.reason', reason);
  });
  file.withoutGeometry.forEach((code, i) => checkReference(code, codes, 'comune', ['withoutGeometry', i], issues));
  return issues.items;
}

export function checkSchool(shard: SchoolShard, issues = new IssueList(), prefix: Path = []): RawIssue[] {
  for (const programme of ['etwinning', 'erasmus'] as const) {
    checkUnique(
      shard.participation[programme] as readonly { year: number }[],
      (row) => String(row.year),
      [...prefix, 'participation', programme],
      'year',
      issues,
    );
  }
  checkUnique(
    shard.participation.funding,
    (row) => `${row.year} ${row.programme}`,
    [...prefix, 'participation', 'funding'],
    'year',
    issues,
  );
  checkUnique(shard.school.plessi, (p) => p.code, [...prefix, 'school', 'plessi'], 'code', issues);
  checkRanks(shard.index.rankInterval, [...prefix, 'index', 'rankInterval'], issues);
  return issues.items;
}

export function checkBundle(bundle: ContractBundle): RawIssue[] {
  const issues = new IssueList();
  checkIndex(bundle.index, issues, ['index']);
  const regions = new Set(bundle.index.regions.map((r) => r.code));
  bundle.regions.forEach((shard, i) => {
    checkRegion(shard, issues, ['regions', i]);
    checkReference(shard.region.code, regions, 'region', ['regions', i, 'region', 'code'], issues);
  });
  checkUnique(bundle.regions, (r) => r.region.code, ['regions'], 'region', issues);
  bundle.schools.forEach((shard, i) => checkSchool(shard, issues, ['schools', i]));
  checkUnique(bundle.schools, (s) => s.school.code, ['schools'], 'school', issues);
  return issues.items;
}
