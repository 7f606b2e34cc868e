/**
 * A registry short of the nation (a region's, the autonomous provinces')
 * gets the nation's per-institution activity, not the nation's totals: the
 * model runs with stand-ins for the institutions it does not hold.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normaliseName } from '../../../data-adapters/aggregate/locate-schools.ts';
import { readRegistries } from '../../../data-adapters/readers/registry.ts';
import { Random } from '../../../data-adapters/stats/random.ts';
import type { ModelInstitution } from '../../../data-adapters/synth/model.ts';
import { MOST_PLANTED, PLANTED_FILE, type PlantedAreas } from '../../../data-adapters/synth/plant-low-areas.ts';
import { isStandIn, NATIONAL_INSTITUTIONS, restOfNation } from '../../../data-adapters/synth/rest-of-nation.ts';
import { synthesize } from '../../../data-adapters/synth/synthesize.ts';
import { readTargets } from '../../../data-adapters/synth/targets.ts';
import { AUTONOMOUS_REGISTRY, REAL } from '../real-data.ts';
import { tempDir } from '../temp-files.ts';

const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);
const NATION = Object.values(NATIONAL_INSTITUTIONS).reduce((sum, n) => sum + n, 0);

describe('the rest of the nation', () => {
  it("counts each region's institutions as the registries the published figures cover have them", async () => {
    const { schools } = await readRegistries(REAL.registry);
    const regionOf = new Map(schools.map((school) => [school.institution, normaliseName(school.regionName)]));
    const counted: Record<string, number> = {};
    for (const region of regionOf.values()) counted[region] = (counted[region] ?? 0) + 1;
    assert.deepEqual(counted, { ...NATIONAL_INSTITUTIONS });
  });

  it('stands in for the institutions a regional registry lacks, like its own, and for none of a national one', () => {
    const own = (region: string, k: number): ModelInstitution => ({
      code: `AO${String(k).padStart(8, '0')}`,
      regionKey: region,
      gradeGroup: k % 2 ? 'comprensivo' : 'secondaria-secondo-grado',
      students: 100 + k,
    });
    const registry = [...Array.from({ length: 20 }, (_, k) => own('VALLEDAOSTA', k)), own('LOMBARDIA', 99)];
    const standIns = restOfNation(registry, new Random(1));
    assert.equal(standIns.length, NATION - registry.length);
    assert.equal(standIns.filter((s) => s.regionKey === 'VALLEDAOSTA').length, 7, 'the region the registry holds in part');
    assert.equal(standIns.filter((s) => s.regionKey === 'LOMBARDIA').length, 1129);
    assert.ok(standIns.every((s) => isStandIn(s.code) && !registry.some((r) => r.code === s.code)));
    const grades = new Set(registry.map((r) => r.gradeGroup));
    const students = new Set(registry.map((r) => r.students));
    assert.ok(standIns.every((s) => grades.has(s.gradeGroup) && students.has(s.students)));

    const national = Object.keys(NATIONAL_INSTITUTIONS).map((region, k) => own(region, k));
    assert.deepEqual(restOfNation(national, new Random(1)), [], 'every region present: the nation, whatever its count');
    assert.deepEqual(restOfNation([], new Random(1)), []);
  });

  it("gives the autonomous provinces' institutions the nation's activity per institution, not the nation's totals", async () => {
    const out = tempDir();
    await synthesize({ registry: [AUTONOMOUS_REGISTRY], students: REAL.students, out, seed: 2, stats: REAL.stats, from: 2014, to: 2025 });
    const targets = await readTargets(REAL.stats, YEARS);
    const rows = (file: string) =>
      readFileSync(join(out, file), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','));
    const etwinning = rows('etwinning.csv');
    const erasmus = rows('erasmus.csv');
    assert.ok(etwinning.every(([code]) => !isStandIn(code!)) && erasmus.every(([code]) => !isStandIn(code!)), 'no stand-in written');
    const institutions = new Set((await readRegistries([AUTONOMOUS_REGISTRY])).schools.map((s) => s.institution)).size;
    const perInstitution = (total: number, nationTotal: number) => total / institutions / (nationTotal / NATION);
    const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
    // eTwinning projects and KA1 projects per institution, over the nation's: about 1 (the provinces' weight and chance); the nation's totals on them made both 36.
    const projects = perInstitution(sum(etwinning.map((row) => Number(row[3]))), sum(targets.series.etwinningProjects.values()));
    const ka1 = perInstitution(sum(erasmus.map((row) => Number(row[3]))), sum(targets.series.ka1.values()));
    assert.ok(projects > 0.4 && projects < 2.5, `eTwinning projects per institution ${projects.toFixed(2)} × the nation's`);
    assert.ok(ka1 > 0.4 && ka1 < 2.5, `KA1 projects per institution ${ka1.toFixed(2)} × the nation's`);
    const meta = JSON.parse(readFileSync(join(out, 'etwinning.csv.meta.json'), 'utf8')) as { standIns: number };
    assert.equal(meta.standIns, NATION - institutions);
    // Low areas planted in a tenth of it at most: Trento and Bolzano, 163 of its 223, once.
    const planted = JSON.parse(readFileSync(join(out, PLANTED_FILE), 'utf8')) as PlantedAreas;
    const plantedInstitutions = sum([...planted.provinces, ...planted.comuni].map((area) => area.institutions));
    assert.ok(plantedInstitutions <= MOST_PLANTED * institutions, `${plantedInstitutions} of ${institutions} planted low`);
  });
});
