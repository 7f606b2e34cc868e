import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dimensionView, largestGap } from '../../src/breakdown/breakdown-view.ts';
import { wilson } from '../../src/util/wilson.ts';
import { breakdownOf, type BreakdownInstitution } from '../../src/breakdown/participation-breakdown.ts';
import { Random } from '../../data-adapters/stats/random.ts';
import { MESSAGES } from '../../components/participation-breakdown/participation-breakdown.messages.ts';
import { gradeGroupLabel } from '../../src/breakdown/grade-group-labels.ts';
import { BREAKDOWN_DIMENSIONS, GRADE_GROUPS, INNER_AREA_CLASSES, type GradeGroup } from '../../src/contract/vocabulary.ts';
import { upperNormalQuantile } from '../../src/util/normal-quantile.ts';

const seeded = (seed: number) => {
  const random = new Random(seed);
  return () => random.next();
};

const years = [2024];
/** `n` institutions of inner-areas class `area`, each active with probability `p` (seeded). */
function institutions(area: 'A' | 'E', n: number, p: number, random: () => number): BreakdownInstitution[] {
  return Array.from({ length: n }, () => {
    const active = random() < p;
    return {
      gradeGroup: 'primaria',
      students: 400,
      context: { innerArea: area, travelMinutes: 10, population: 5000, capoluogo: false },
      activity: { all: active ? [2024] : [], etwinning: [], erasmus: [], funding: [] },
    };
  });
}

/**
 * An area as the element sees it: `n` institutions of every grade group, size,
 * inner-areas class and capoluogo or not (in about the real proportions), each
 * active with probability 0.3, but the first `planted` of them: grade group
 * "altro", active with probability 0.3 × `factor`.
 */
function realisticArea(n: number, random: () => number, planted = 0, factor = 1): ReturnType<typeof breakdownOf> {
  const pick = <T>(items: readonly T[], weights: readonly number[]): T => {
    let u = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((u -= weights[i]!) <= 0) return items[i]!;
    return items.at(-1)!;
  };
  const others = GRADE_GROUPS.filter((g) => g !== 'altro');
  return breakdownOf(
    Array.from({ length: n }, (_, i): BreakdownInstitution => {
      const isPlanted = i < planted;
      return {
        gradeGroup: isPlanted ? 'altro' : pick<GradeGroup>(others, [1, 5, 3, 60, 20]),
        students: Math.round(100 + random() * 1300),
        context: {
          innerArea: pick(INNER_AREA_CLASSES, [40, 3, 33, 14, 9, 2]),
          travelMinutes: 10,
          population: 5000,
          capoluogo: random() < 0.2,
        },
        activity: { all: random() < (isPlanted ? 0.3 * factor : 0.3) ? [2024] : [], etwinning: [], erasmus: [], funding: [] },
      };
    }),
    years,
  );
}
const everyDimension = (area: ReturnType<typeof breakdownOf>) => BREAKDOWN_DIMENSIONS.map((d) => dimensionView(area, [], d, 'all', 0));

describe('breakdown view', () => {
  it("gives the normal's upper quantiles an interval needs (checked against the published table)", () => {
    for (const [p, z] of [
      [0.025, 1.959964],
      [0.005, 2.575829],
      [0.001, 3.090232],
      [0.00125, 3.023341],
    ] as const)
      assert.ok(Math.abs(upperNormalQuantile(p) - z) < 5e-4, `${p}: ${upperNormalQuantile(p)}`);
  });

  it('says nothing where nothing is, though it compares about 20 classes at once: 200 areas alike in every class give a gap at most 1 time in 20 (a calibrated null)', () => {
    // Each class at 95% alone, such areas were said to differ 1 time in 3.
    const random = seeded(5);
    let flagged = 0;
    for (let run = 0; run < 200; run++) if (largestGap(everyDimension(realisticArea(600, random)))) flagged++;
    assert.ok(flagged <= 10, `${flagged} of 200 null areas flagged`);
  });

  it('finds what was planted among them: 100 institutions of 2,000 at a third of the rate, in at least 9 runs of 10, and names them', () => {
    const random = seeded(13);
    let found = 0;
    for (let run = 0; run < 100; run++) {
      const gap = largestGap(everyDimension(realisticArea(2000, random, 100, 1 / 3)));
      if (gap?.dimension === 'gradeGroup' && gap.id === 'altro' && gap.ratio < 1) found++;
      // The ratio's interval is the class's over the area's rate, and holds the ratio, all on its side of 1.
      if (gap) {
        assert.equal(gap.ratioLow, gap.low / gap.overall);
        assert.equal(gap.ratioHigh, gap.high / gap.overall);
        assert.ok(gap.ratioLow <= gap.ratio && gap.ratio <= gap.ratioHigh);
        assert.ok(gap.ratio < 1 ? gap.ratioHigh < 1 : gap.ratioLow > 1, `${gap.ratioLow} ${gap.ratioHigh}`);
      }
    }
    assert.ok(found >= 90, `found in ${found} of 100`);
  });

  it("gives Wilson's 95% interval (checked against the published formula)", () => {
    const [low, high] = wilson(10, 40);
    assert.equal(low.toFixed(4), '0.1419');
    assert.equal(high.toFixed(4), '0.4019');
    assert.deepEqual(wilson(0, 0), [0, 1]);
  });

  it('says nothing where nothing is: 200 areas with the same rate in every class give no gap (a calibrated null)', () => {
    const random = seeded(7);
    let flagged = 0;
    for (let run = 0; run < 200; run++) {
      const area = breakdownOf([...institutions('A', 80, 0.3, random), ...institutions('E', 40, 0.3, random)], years);
      if (largestGap([dimensionView(area, [], 'innerArea', 'all', 0)])) flagged++;
    }
    // Each run tests two classes at 95%: a few false alarms are expected, never many.
    assert.ok(flagged <= 20, `${flagged} of 200 null areas flagged`);
  });

  it('finds a planted gap: 40 peripheral institutions at a third of the poles’ rate, in at least 2 runs out of 3 (its power)', () => {
    const random = seeded(11);
    let found = 0;
    for (let run = 0; run < 100; run++) {
      const area = breakdownOf([...institutions('A', 80, 0.45, random), ...institutions('E', 40, 0.15, random)], years);
      const gap = largestGap([dimensionView(area, [], 'innerArea', 'all', 0)]);
      if (gap?.id === 'E' && gap.ratio < 1) found++;
    }
    // The interval of 40 institutions is wide, and widened for the two classes compared: about 3 runs in 4 find it,
    // and every one that does names E, below.
    assert.ok(found >= 67, `found in ${found} of 100`);
  });

  it('never speaks of a class of fewer than 10 institutions, and puts references beside each class', () => {
    const random = seeded(3);
    const area = breakdownOf([...institutions('A', 50, 0.6, random), ...institutions('E', 6, 0, random)], years);
    const nation = breakdownOf([...institutions('A', 500, 0.5, random), ...institutions('E', 500, 0.2, random)], years);
    const view = dimensionView(area, [nation], 'innerArea', 'all', 0);
    assert.equal(largestGap([view]), null, 'E has 6 institutions: too few to say');
    const e = view.classes.find((c) => c.id === 'E')!;
    assert.equal(e.rate, 0);
    assert.ok(Math.abs(e.references[0]! - 0.2) < 0.06);
  });

  it('says how many institutions its size classes hold by an estimate, in words that agree with the number', () => {
    const random = seeded(4);
    const area = breakdownOf(
      institutions('A', 12, 0.5, random).map((institution, i) =>
        i < 3 ? { ...institution, students: 350, studentsEstimate: 640 } : institution,
      ),
      years,
    );
    const size = dimensionView(area, [], 'size', 'all', 0);
    assert.equal(size.estimated, 3);
    assert.deepEqual(
      size.classes.map((c) => [c.id, c.institutions]),
      [
        ['300-599', 9],
        ['600-999', 3],
      ],
    );
    assert.equal(dimensionView(area, [], 'innerArea', 'all', 0).estimated, 0);
    assert.match(MESSAGES.it.estimated(3), /^Dimensione stimata per 3 istituzioni con plessi assenti/);
    assert.match(MESSAGES.it.estimated(1), /^Dimensione stimata per 1 istituzione con plessi assenti/);
    assert.match(MESSAGES.en.estimated(1), /^Size estimated for 1 institution with plessi missing/);
  });
});

describe('the gap in words', () => {
  it('speaks of every grade group in a phrase that reads, in both languages', () => {
    // "le istituzioni del ciclo altro" and "del ciclo istituto comprensivo" once headed the national dashboard.
    for (const lang of ['it', 'en'] as const)
      for (const group of GRADE_GROUPS) {
        const who = MESSAGES[lang].phrase.gradeGroup(gradeGroupLabel(group, lang), group);
        assert.doesNotMatch(who, /ciclo|grade group/, `${lang} ${group}: ${who}`);
      }
    assert.equal(MESSAGES.it.phrase.gradeGroup('altro', 'altro'), 'di altro tipo (CPIA, convitti, educandati)');
    assert.equal(
      MESSAGES.it.gap(
        'Italia',
        MESSAGES.it.phrase.gradeGroup('istituto comprensivo', 'comprensivo'),
        { point: 0.5, low: 0.4, high: 0.6 },
        '10% (8%–12%)',
        '20%',
      ),
      "In Italia la partecipazione delle istituzioni che sono istituti comprensivi è il 50% della media dell'area (al 95% tra il 40% e il 60%): 10% (8%–12%) contro 20%.",
    );
    // The article is the one the number is read with: "lo 0%", "l'8%", "l'11%", "l'80%".
    assert.equal(
      MESSAGES.it.gap('Italia', 'di altro tipo', { point: 0.084, low: 0.002, high: 0.11 }, '2% (0%–3%)', '24%'),
      "In Italia la partecipazione delle istituzioni di altro tipo è l’8% della media dell'area (al 95% tra lo 0% e l’11%): 2% (0%–3%) contro 24%.",
    );
    assert.equal(
      MESSAGES.it.gap('Toscana', 'di altro tipo', { point: 2.04, low: 1.75, high: 2.25 }, '40% (35%–45%)', '20%'),
      "In Toscana la partecipazione delle istituzioni di altro tipo è 2,0 volte la media dell'area (al 95% tra 1,8 e 2,3 volte): 40% (35%–45%) contro 20%.",
    );
    assert.equal(
      MESSAGES.en.gap(
        'Italy',
        MESSAGES.en.phrase.gradeGroup('primary', 'primaria'),
        { point: 2, low: 1.75, high: 2.25 },
        '40% (35%–45%)',
        '20%',
      ),
      "In Italy, institutions of primary education take part 2.0 times the area's average (95% interval 1.8 to 2.3 times): 40% (35%–45%) against 20%.",
    );
  });
});
