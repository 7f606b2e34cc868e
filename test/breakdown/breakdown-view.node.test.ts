import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dimensionView, largestGap, wilson } from '../../src/breakdown/breakdown-view.ts';
import { breakdownOf, type BreakdownInstitution } from '../../src/breakdown/participation-breakdown.ts';
import { Random } from '../../data-adapters/stats/random.ts';
import { MESSAGES } from '../../components/participation-breakdown/participation-breakdown.messages.ts';
import { gradeGroupLabel } from '../../src/breakdown/grade-group-labels.ts';
import { GRADE_GROUPS } from '../../src/contract/vocabulary.ts';

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

describe('breakdown view', () => {
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

  it('finds a planted gap: 40 peripheral institutions at a third of the poles’ rate, in at least 3 runs out of 4 (its power)', () => {
    const random = seeded(11);
    let found = 0;
    for (let run = 0; run < 100; run++) {
      const area = breakdownOf([...institutions('A', 80, 0.45, random), ...institutions('E', 40, 0.15, random)], years);
      const gap = largestGap([dimensionView(area, [], 'innerArea', 'all', 0)]);
      if (gap?.id === 'E' && gap.ratio < 1) found++;
    }
    // The interval of 40 institutions is wide: about 8 runs in 10 find it, and every one that does names E, below.
    assert.ok(found >= 75, `found in ${found} of 100`);
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
      MESSAGES.it.gap('Italia', MESSAGES.it.phrase.gradeGroup('istituto comprensivo', 'comprensivo'), 0.5, '10%', '20%'),
      "In Italia la partecipazione delle istituzioni che sono istituti comprensivi è il 50% della media dell'area (10% contro 20%).",
    );
    assert.equal(
      MESSAGES.en.gap('Italy', MESSAGES.en.phrase.gradeGroup('primary', 'primaria'), 2, '40%', '20%'),
      "In Italy, institutions of primary education take part 2.0 times the area's average (40% against 20%).",
    );
  });
});
