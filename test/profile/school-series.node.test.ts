/**
 * A full profile's comparison with the average institution of the school's
 * areas: each area's total over its institutions as the map divides it (both
 * allocated by students: a comune whose only institution is shared with
 * another comune reads the same here and on the map), and its 95% interval
 * where the metric's dispersion is known, with its region's where larger.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countRateInterval } from '../../src/map/count-rates.ts';
import { comparison, lastMeasured, schoolSeries } from '../../src/profile/school-series.ts';
import { indexFixture, regionFixture, schoolFixture } from '../fixtures/contract.fixture.ts';

/** The comparison's first row (eTwinning projects, the last year), by level. */
function projects(options: { share?: number; dispersion?: number[]; regional?: number[] } = {}) {
  const index = indexFixture();
  const region = regionFixture();
  const shard = schoolFixture();
  const metric = index.metrics.find((m) => m.id === 'etwinning.projects')!;
  if (options.dispersion) metric.dispersion = options.dispersion;
  if (options.regional) index.regions.find((r) => r.code === '09')!.dispersion = { 'etwinning.projects': options.regional };
  const firenze = region.comuni.find((c) => c.code === '048017')!;
  // Other institutions beside the school's: a comune of the school's alone is left out (the last test).
  firenze.institutions = 3;
  if (options.share !== undefined) firenze.institutionShare = options.share;
  const table = comparison(shard, index, region, schoolSeries(shard, index))!;
  const row = table.rows.find((r) => r.metric.id === 'etwinning.projects')!;
  return { row, comune: row.areas[0]!, total: firenze.values['etwinning.projects']!.at(-1)!, institutions: firenze.institutions };
}

describe("a profile's comparison with its areas", () => {
  it('divides an area’s total by its institutions allocated as the total is (the map’s rule), not by its count of them', () => {
    const { comune, total } = projects({ share: 0.5 });
    // Was total / institutions: half the map's value for a comune that holds half of its one institution.
    assert.equal(comune.value, total / 0.5);
    assert.equal(projects().comune.value, projects().total / projects().institutions, 'without a share, the institutions');
  });

  it('gives each average its quasi-Poisson interval where the metric has a dispersion, its region’s where larger; none without', () => {
    assert.ok(
      projects().row.areas.every((a) => a.interval === null),
      'an older contract: none',
    );
    const { row, comune, total, institutions } = projects({ dispersion: [2, 2, 2, 2], regional: [5, 5, 5, 5] });
    assert.deepEqual(comune.interval, countRateInterval(total, institutions, 5), 'Toscana’s φ, larger');
    const nation = row.areas.find((a) => a.level === 'nation')!;
    const italy = indexFixture().nation;
    assert.deepEqual(
      nation.interval,
      countRateInterval(italy.values['etwinning.projects']!.at(-1)!, italy.institutions, 2),
      'the nation’s own',
    );
    const narrower = projects({ dispersion: [2, 2, 2, 2], regional: [1, 1, 1, 1] });
    assert.deepEqual(narrower.comune.interval, countRateInterval(total, institutions, 2), 'never narrower than the nation’s');
  });

  it('leaves out a comune whose only institution is the school’s own, and says which (it compared the school with itself)', () => {
    const index = indexFixture();
    const region = regionFixture();
    const shard = schoolFixture();
    const firenze = region.comuni.find((c) => c.code === shard.school.address.comune.code)!;
    firenze.institutions = 2;
    const levels = (table: ReturnType<typeof comparison>) => table!.rows[0]!.areas.map((a) => a.level);
    const shared = comparison(shard, index, region, schoolSeries(shard, index));
    assert.deepEqual([levels(shared), shared!.alone], [['comune', 'province', 'region', 'nation'], null]);
    firenze.institutions = 1;
    firenze.institutionShare = 0.57;
    const alone = comparison(shard, index, region, schoolSeries(shard, index));
    assert.deepEqual([levels(alone), alone!.alone], [['province', 'region', 'nation'], firenze.name]);
  });

  it('reads a school as its areas: a year the nation has no value for is a gap, not a zero, and the profile says its last measured year', () => {
    // PNRR 1.4.1 ran in 2021-2022: the school's "0 € nel 2025/26" stood beside its areas' "n.d.".
    const index = indexFixture();
    const projectsMetric = index.metrics.find((m) => m.id === 'etwinning.projects')!;
    index.metrics.push(
      { ...projectsMetric, id: 'etwinning.teachers' },
      { ...projectsMetric, id: 'funding.amount', unit: 'eur', programme: 'funding' },
    );
    index.nation.values['funding.amount'] = [null, 7301, null, null];
    const shard = schoolFixture();
    const funding = schoolSeries(shard, index).find((s) => s.metric.id === 'funding.amount')!;
    assert.deepEqual(funding.values, [null, 7301, null, null]);
    assert.equal(lastMeasured(funding.values), 1);
    assert.equal(
      comparison(shard, index, regionFixture(), schoolSeries(shard, index))!.rows.find((r) => r.metric.id === 'funding.amount')!.school,
      null,
    );
    // A year the nation has, without a row of the school's: zero. A nation without the metric's series: every year read.
    const projects = schoolSeries(shard, index).find((s) => s.metric.id === 'etwinning.projects')!;
    assert.deepEqual(projects.values, [3, 3, null, 0]);
    const teachers = schoolSeries(shard, index).find((s) => s.metric.id === 'etwinning.teachers')!;
    assert.deepEqual(teachers.values, [4, 6, 0, 0]);
    assert.equal(lastMeasured([null, null]), -1);
  });

  it('marks the years whose figures are provisional as its programme has them, and a comparison in such a year', () => {
    const index = indexFixture();
    const shard = schoolFixture();
    const series = schoolSeries(shard, index);
    const flags = Object.fromEntries(series.map((s) => [s.metric.id, s.provisional]));
    // The fixture's Erasmus+ is provisional from 2022 on, eTwinning never.
    assert.deepEqual(flags['erasmus.grant'], [false, true, true, true]);
    assert.deepEqual(flags['etwinning.projects'], [false, false, false, false]);
    const rows = comparison(shard, index, regionFixture(), series)!.rows;
    assert.deepEqual(
      rows.map((r) => [r.metric.id, r.provisional]),
      [
        ['etwinning.projects', false],
        ['erasmus.grant', true],
      ],
    );
    // Final again once the programme's provisional years move on.
    index.programmes.find((p) => p.id === 'erasmus')!.provisionalYears = [];
    assert.deepEqual(schoolSeries(shard, index).find((s) => s.metric.id === 'erasmus.grant')!.provisional, [false, false, false, false]);
  });
});
