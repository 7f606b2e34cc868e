import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../../data-adapters/config.ts';
import { readInputs } from '../../../data-adapters/stages/read-inputs.ts';
import { AUTONOMOUS_REGISTRY, REAL } from '../real-data.ts';

describe('stage: read inputs', () => {
  it('reads the registry, students, limits and funding, places the schools, and reports every file', async () => {
    const config = resolveConfig({
      registry: [AUTONOMOUS_REGISTRY],
      students: REAL.students,
      geo: REAL.geo,
      funding: REAL.funding,
      out: 'unused',
    });
    const lines: string[] = [];
    const inputs = await readInputs(config, (line) => lines.push(line));
    assert.ok(inputs.schools.length > 200);
    assert.equal(inputs.limits.regions.size, 20);
    // Every school of the autonomous registry (Valle d'Aosta, Trento, Bolzano) is placed in its region, or reported.
    const placed = [...inputs.located.locations.values()];
    assert.deepEqual([...new Set(placed.map((location) => location.region))].sort(), ['02', '04']);
    assert.equal(placed.length + inputs.located.unplaced.length, inputs.schools.length);
    assert.equal(inputs.etwinning, null);
    assert.deepEqual(inputs.synthetic, { etwinning: false, erasmus: false });
    const files = inputs.reports.map((report) => report.file);
    for (const file of [AUTONOMOUS_REGISTRY, REAL.students, ...REAL.funding]) assert.ok(files.includes(file), file);
    assert.deepEqual(lines, [
      'reading the school registries',
      'reading the administrative limits',
      'reading the participation and funding exports',
    ]);
  });
});
