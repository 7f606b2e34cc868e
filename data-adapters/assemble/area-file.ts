/**
 * The national area files (`areas/comuni/{metric}.json`, `areas/provinces/{metric}.json`):
 * every comune (or province) of Italy as its region shard has it (the same
 * fields, made by the same `areaFields`), with one metric's series and its
 * institutions' tally, written as columns (src/contract/area-rows.ts). A
 * national map of comuni or provinces reads one of them instead of the 20
 * region shards, whose school rows and other metrics it never needs. The rows
 * are made once and shared by every metric's file.
 */
import { areaColumns, type AreaRow } from '../../src/contract/area-rows.js';
import type { AreaFile } from '../../src/contract/contract.types.js';
import { areaFields, header, type BuildModel } from './documents.js';
import { institutionTallies } from './institution-tallies.js';

/** Every comune with every metric's series, in code order. */
export function comuneRows(model: BuildModel, tallies = institutionTallies(model, 'comune')): AreaRow[] {
  const empty = new Set(model.limits.emptyGeometries);
  return [...model.limits.comuni.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => ({
      code: c.code,
      province: c.province,
      ...areaFields(model, `comune:${c.code}`, c.name),
      shadow: model.shadow.get(`comune:${c.code}`)!,
      hasGeometry: !empty.has(c.code),
      tally: tallies.get(c.code) ?? { active: 0, roleModels: 0 },
    }));
}

/** Every province with every metric's series, in code order (its `province` is its own code). */
export function provinceRows(model: BuildModel, tallies = institutionTallies(model, 'province')): AreaRow[] {
  return [...model.limits.provinces.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => ({
      code: p.code,
      province: p.code,
      ...areaFields(model, `province:${p.code}`, p.name),
      shadow: model.shadow.get(`province:${p.code}`)!,
      hasGeometry: true,
      tally: tallies.get(p.code) ?? { active: 0, roleModels: 0 },
    }));
}

export function assembleAreaFile(
  model: BuildModel,
  metric: string,
  rows = comuneRows(model),
  level: AreaFile['level'] = 'comuni',
): AreaFile {
  return {
    ...header(model),
    kind: 'areas',
    level,
    metric,
    years: model.years,
    ...areaColumns(rows, metric, model.years.length),
  };
}
