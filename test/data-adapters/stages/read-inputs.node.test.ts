import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../../data-adapters/config.ts';
import { readInputs, type Inputs } from '../../../data-adapters/stages/read-inputs.ts';
import { AUTONOMOUS_REGISTRY, REAL } from '../real-data.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeSmallRelease } from '../small-release.ts';
import { tempDir } from '../temp-files.ts';

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

describe('stage: read inputs, institutions merged since', () => {
  it('counts the rows of institutions merged since for those that took them over, as the successors file says, and the years lose nothing', async () => {
    const work = tempDir();
    await synthesizeSmallRelease(work);
    const path = join(work, 'etwinning.csv');
    const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
    // A fifth of the institutions had, before 2023/24, a code the registry no longer has.
    const oldCode = (code: string) => `${code.slice(0, 4)}Z${code.slice(5)}`;
    const merged = new Set(
      lines
        .map((line) => line.split(',')[0]!)
        .filter((code, i, all) => all.indexOf(code) === i && [...code].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) % 5 === 0),
    );
    assert.ok(merged.size > 10, `${merged.size} institutions merged`);
    const recoded = lines.map((line) => {
      const [code, year, ...rest] = line.split(',');
      return merged.has(code!) && Number(year!.slice(0, 4)) < 2023 ? [oldCode(code!), year, ...rest].join(',') : line;
    });
    writeFileSync(path, [header, ...recoded].join('\n'));
    const successorsFile = join(work, 'successors.csv');
    writeFileSync(successorsFile, ['old_code,new_code', ...[...merged].map((code) => `${oldCode(code)},${code}`)].join('\n'));

    const config = (successors: string | null) =>
      resolveConfig({ registry: [AUTONOMOUS_REGISTRY], geo: REAL.geo, etwinning: path, successors, out: 'unused' });
    const report = (inputs: Inputs) => inputs.reports.find((r) => r.file === path)!.toJSON();
    const without = await readInputs(config(null));
    assert.equal(
      report(without).yearCoverage?.uneven,
      true,
      'without the file: the years before the merger read low, and the report says so',
    );
    const withFile = await readInputs(config(successorsFile));
    const read = report(withFile);
    assert.equal(read.rejected, 0);
    assert.equal(read.yearCoverage?.uneven, false);
    assert.ok(read.yearCoverage!.years.every((year) => year.unmatched === 0));
    // Every institution's rows as they were before the recoding.
    const original = new Map<string, string[]>();
    for (const line of lines) original.set(line.split(',')[0]!, [...(original.get(line.split(',')[0]!) ?? []), line]);
    for (const code of merged) {
      const rows = withFile.etwinning!.get(code)!;
      for (const line of original.get(code)!) {
        const [, year, teachers, projects] = line.split(',');
        const row = rows.get(Number(year!.slice(0, 4)))!;
        assert.deepEqual([row.registeredTeachers, row.projects], [Number(teachers), Number(projects)], `${code} ${year}`);
      }
    }
  });
});
