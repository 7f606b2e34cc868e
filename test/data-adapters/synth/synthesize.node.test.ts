/**
 * The synthetic model on the real registry: national totals within 5% of every
 * published figure it uses, persistence from year to year, and the same bytes
 * for the same seed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { knownCodes } from '../../../data-adapters/aggregate/institutions.ts';
import { readErasmus, readEtwinning } from '../../../data-adapters/readers/participation.ts';
import { readRegistries } from '../../../data-adapters/readers/registry.ts';
import { synthesize } from '../../../data-adapters/synth/synthesize.ts';
import { readTargets } from '../../../data-adapters/synth/targets.ts';
import { REAL } from '../real-data.ts';
import { tempDir, writeText } from '../temp-files.ts';

const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);

describe('synthetic targets', () => {
  it('interpolates flows, extrapolates stocks, and starts labels when they began', async () => {
    const path = writeText(
      tempDir(),
      'stats.csv',
      'metric,scope,period,value,note,source_url\netwinning_new_projects,Italy,2016,100,,x\netwinning_new_projects,Italy,2016,999,conflict,y\netwinning_new_projects,Italy,2018,200,,x\netwinning_registered_teachers_cumulative,Italy,2016,1000,,x\netwinning_registered_teachers_cumulative,Italy,2017,1100,,x\netwinning_school_label_schools,Italy,2018/2019,50,,x\nerasmus_school_accredited_institutes,Sicilia,2022,60,,x\n',
    );
    const targets = await readTargets(path, YEARS);
    assert.deepEqual(
      [2014, 2016, 2017, 2018, 2020].map((y) => targets.series.etwinningProjects.get(y)),
      [100, 100, 150, 200, 200],
    );
    assert.deepEqual(
      [2014, 2018].map((y) => targets.series.etwinningTeachers.get(y)),
      [800, 1200],
    );
    assert.deepEqual(
      [2017, 2018, 2025].map((y) => targets.series.schoolLabel.get(y)),
      [0, 50, 50],
    );
    assert.equal(
      targets.published.etwinningProjects.filter((f) => !f.used).length,
      1,
      'the conflicting second figure is kept but not used',
    );
    assert.equal(targets.series.accredited.get(2022), 0, 'regional figures are not national targets');
  });
});

describe('synthesize', () => {
  const dir = tempDir();
  const again = tempDir();
  let totals: Map<string, Map<number, number>>;
  let etRows: Awaited<ReturnType<typeof readEtwinning>>['rows'];
  before(async () => {
    await synthesize({ registry: REAL.registry, students: REAL.students, out: dir, seed: 7, stats: REAL.stats, from: 2014, to: 2025 });
    await synthesize({ registry: REAL.registry, students: REAL.students, out: again, seed: 7, stats: REAL.stats, from: 2014, to: 2025 });
    const known = knownCodes((await readRegistries(REAL.registry)).schools);
    const et = await readEtwinning(join(dir, 'etwinning.csv'), known);
    const er = await readErasmus(join(dir, 'erasmus.csv'), known);
    assert.equal(et.report.rejected + er.report.rejected, 0, 'the synthetic files are valid inputs');
    etRows = et.rows;
    totals = new Map();
    const add = (metric: string, year: number, value: number) => {
      if (!totals.has(metric)) totals.set(metric, new Map());
      totals.get(metric)!.set(year, (totals.get(metric)!.get(year) ?? 0) + value);
    };
    for (const years of et.rows.values()) {
      for (const [year, row] of years) {
        add('etwinning_new_projects', year, row.projects);
        add('etwinning_registered_teachers_cumulative', year, row.registeredTeachers);
        add('etwinning_national_quality_labels', year, row.qualityLabels);
        add('etwinning_school_label_schools', year, row.schoolLabel ? 1 : 0);
      }
    }
    for (const years of er.rows.values()) {
      for (const [year, row] of years) {
        add('erasmus_school_accredited_institutes', year, row.accredited ? 1 : 0);
        add('erasmus_school_ka1_projects', year, row.ka1Projects);
        add('erasmus_school_ka2_projects', year, row.ka2Projects);
      }
    }
  });

  it('meets every published national figure it uses within 5%', async () => {
    const targets = await readTargets(REAL.stats, YEARS);
    let checked = 0;
    for (const figures of Object.values(targets.published)) {
      for (const figure of figures.filter((f) => f.used && YEARS.includes(f.year))) {
        const metric = figure.metric === 'erasmus_school_ka1_projects_approved' ? 'erasmus_school_ka1_projects' : figure.metric;
        const total = totals.get(metric)?.get(figure.year) ?? 0;
        assert.ok(
          Math.abs(total - figure.value) <= 0.05 * figure.value,
          `${figure.metric} ${figure.year}: ${total} vs published ${figure.value}`,
        );
        checked++;
      }
    }
    assert.ok(checked >= 20, `checked ${checked} published figures`);
  });

  it('keeps active schools active more often than it activates new ones', () => {
    let stay = 0;
    let wasActive = 0;
    let start = 0;
    let wasInactive = 0;
    const institutions = [...etRows.keys()];
    for (const code of institutions) {
      const rows = etRows.get(code)!;
      for (let year = 2015; year <= 2025; year++) {
        const before = (rows.get(year - 1)?.projects ?? 0) > 0;
        const now = (rows.get(year)?.projects ?? 0) > 0;
        if (before) {
          wasActive++;
          if (now) stay++;
        } else {
          wasInactive++;
          if (now) start++;
        }
      }
    }
    assert.ok(stay / wasActive > 2 * (start / wasInactive), `P(stay) ${stay / wasActive} vs P(start) ${start / wasInactive}`);
  });

  it('writes the same bytes for the same seed, and marks the files synthetic', () => {
    for (const file of ['etwinning.csv', 'erasmus.csv'])
      assert.equal(readFileSync(join(dir, file), 'utf8'), readFileSync(join(again, file), 'utf8'));
    assert.equal(JSON.parse(readFileSync(join(dir, 'etwinning.csv.meta.json'), 'utf8')).synthetic, true);
  });
});
