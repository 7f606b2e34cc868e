/**
 * The index's uncertainty analysis: intervals that contain the baseline rank,
 * bands only where there is activity, Dirichlet weights centred on the
 * configured ones, and the redundancy diagnostics.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Institution } from '../../../data-adapters/aggregate/institutions.ts';
import { DEFAULT_CONFIG, PILLARS } from '../../../data-adapters/config.ts';
import { cronbachAlpha, indexDiagnostics, largestEigenvalue } from '../../../data-adapters/indicators/index-diagnostics.ts';
import { dirichlet, indexUncertainty } from '../../../data-adapters/indicators/index-uncertainty.ts';
import { computeIndex, ranks } from '../../../data-adapters/indicators/internationalisation-index.ts';
import { Random } from '../../../data-adapters/stats/random.ts';

function population(seed: number, size = 300): Institution[] {
  const rng = new Random(seed);
  return Array.from({ length: size }, (_, k) => {
    const propensity = rng.next();
    const years = new Map<number, Institution['years'] extends Map<number, infer Y> ? Y : never>();
    for (const year of [2023, 2024, 2025]) {
      if (rng.next() > propensity) continue;
      years.set(year, {
        etwinning: {
          registeredTeachers: 3,
          projects: rng.poisson(2 * propensity),
          qualityLabels: rng.next() < 0.2 ? 1 : 0,
          schoolLabel: false,
        },
        erasmus:
          rng.next() < propensity * 0.6
            ? { accredited: rng.next() < 0.5, ka1Projects: 1, ka2Projects: 0, participants: 20, grantEur: 1, partnerCountries: ['FR'] }
            : null,
        funding: [],
      });
    }
    return {
      code: `TOIC${String(k).padStart(5, '0')}X`,
      name: 'x',
      kind: 'statale',
      grade: 'IC',
      gradeGroup: 'comprensivo',
      location: { comune: '001272', province: '001', region: k % 3 === 0 ? '01' : '03' },
      seat: {} as Institution['seat'],
      plessi: [],
      students: 300 + Math.floor(rng.next() * 900),
      counts: new Map(),
      years,
    } as Institution;
  });
}

const available = new Set(PILLARS.filter((p) => p !== 'funding'));
const config = {
  index: DEFAULT_CONFIG.index,
  uncertainty: { runs: 300, dirichletConcentration: 50 },
  roleModels: DEFAULT_CONFIG.roleModels,
};

describe('index uncertainty', () => {
  it('gives every active institution a 5–95% rank interval that contains its baseline rank', () => {
    const list = population(1);
    const run = computeIndex(list, DEFAULT_CONFIG.index, 2025, available);
    const scores = new Map([...run.results].map(([code, r]) => [code, r.score]));
    const baseline = ranks(scores);
    const result = indexUncertainty(list, run, available, config, new Random(2));
    assert.equal(result.runs, 300);
    let active = 0;
    for (const institution of list) {
      const u = result.byCode.get(institution.code)!;
      if (scores.get(institution.code)! === 0) {
        assert.equal(u.band, null, 'no band without activity');
        continue;
      }
      active++;
      const rank = baseline.get(institution.code)!;
      assert.ok(u.nation[0] <= rank && rank <= u.nation[1], `${institution.code}: rank ${rank} outside [${u.nation.join(', ')}]`);
      assert.ok(u.band! >= 1 && u.band! <= 10);
    }
    assert.ok(active > 100, `${active} active institutions in the fixture`);
    assert.ok(result.medianIntervalWidth > 0, 'ranks are uncertain: intervals have a width');
  });

  it('draws Dirichlet weights that add up to 1 and centre on the configured ones', () => {
    const rng = new Random(7);
    const means = [0.4, 0.4, 0.2];
    const totals = [0, 0, 0];
    for (let run = 0; run < 2000; run++) {
      const draw = dirichlet(means, 50, rng);
      assert.ok(Math.abs(draw.reduce((s, v) => s + v, 0) - 1) < 1e-9);
      draw.forEach((v, k) => (totals[k] = totals[k]! + v));
    }
    totals.forEach((total, k) => assert.ok(Math.abs(total / 2000 - means[k]!) < 0.01, `weight ${k}: ${total / 2000}`));
  });

  it('reports correlations, the first component, alpha and each pillar’s effective weight', () => {
    const list = population(3);
    const run = computeIndex(list, DEFAULT_CONFIG.index, 2025, available);
    const d = indexDiagnostics(list, run);
    assert.equal(d.spearman.length, d.indicators.length);
    d.spearman.forEach((row, k) => assert.equal(row[k], 1));
    // Erasmus+ participants are a constant 20 per project here: the same signal as projects.
    const at = (id: string) => d.indicators.indexOf(id);
    assert.ok(d.spearman[at('erasmus-projects')]![at('erasmus-participants')]! > 0.95);
    assert.ok(d.firstComponentShare > 0 && d.firstComponentShare <= 1);
    assert.deepEqual(
      d.pillars.map((p) => p.id),
      ['etwinning', 'erasmus', 'continuity'],
    );
    for (const p of d.pillars) assert.ok(p.r2 >= 0 && p.r2 <= 1);
    assert.equal(
      Math.round(
        largestEigenvalue([
          [2, 0],
          [0, 1],
        ]) * 1e6,
      ) / 1e6,
      2,
    );
    assert.equal(
      cronbachAlpha([
        [1, 2, 3],
        [1, 2, 3],
      ]),
      1,
    );
  });
});
