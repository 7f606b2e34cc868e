/**
 * The national area file of one metric (`areas/comuni/{metric}.json`): every
 * comune of Italy as its region shard has it (the same fields, made by the same
 * `areaFields`), with that metric's series only and its institutions' tally.
 * A national comuni map reads it instead of the 20 region shards, whose school
 * rows and other metrics it never needs.
 */
import type { AreaFile } from '../../src/contract/contract.types.js';
import { areaFields, header, type BuildModel } from './documents.js';
import { institutionTallies } from './institution-tallies.js';

export function assembleAreaFile(model: BuildModel, metric: string, tallies = institutionTallies(model, 'comune')): AreaFile {
  const empty = new Set(model.limits.emptyGeometries);
  const areas = [...model.limits.comuni.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => {
      const fields = areaFields(model, `comune:${c.code}`, c.name);
      return {
        code: c.code,
        province: c.province,
        ...fields,
        values: { [metric]: fields.values[metric]! },
        shadow: model.shadow.get(`comune:${c.code}`)!,
        hasGeometry: !empty.has(c.code),
        tally: tallies.get(c.code) ?? { active: 0, roleModels: 0 },
      };
    });
  return { ...header(model), kind: 'areas', level: 'comuni', metric, years: model.years, areas };
}
