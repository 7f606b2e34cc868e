/**
 * The metrics' dispersion in the contract: one institution's variance over its
 * mean, per year, over every institution (those with nothing included), which
 * gives the map's rates their intervals. Hand-computed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { institutionDispersion, regionalDispersions, roundedUp } from '../../../data-adapters/aggregate/dispersion.ts';
import type { Institution, InstitutionYear } from '../../../data-adapters/aggregate/institutions.ts';
import type { MetricSpec } from '../../../data-adapters/aggregate/metrics.ts';

/** An institution with `projects` funded projects per year (only the fields the metric reads), in `region`. */
const institution = (code: string, projects: Record<number, number>, region = '09'): Institution =>
  ({
    code,
    location: { region },
    years: new Map<number, InstitutionYear>(
      Object.entries(projects).map(([year, n]) => [
        Number(year),
        { etwinning: null, erasmus: null, funding: [{ programme: 'pnrr', projects: n, amountEur: 0, internationalisation: true }] },
      ]),
    ),
  }) as unknown as Institution;

const projects: MetricSpec = {
  definition: {} as MetricSpec['definition'],
  read: (year) => year.funding.reduce((sum, f) => sum + f.projects, 0),
};

describe("a metric's dispersion", () => {
  it('is the variance over the mean of one institution’s count, those without any counted as 0', () => {
    // 2023: 0, 2, 4, 6 (no row: 0) → mean 3, variance 5, φ = 5/3. 2024: one institution with 4 → mean 1, variance 3, φ = 3.
    const all = [
      institution('A', { 2023: 2 }),
      institution('B', { 2023: 4, 2024: 4 }),
      institution('C', { 2023: 6 }),
      institution('D', {}),
    ];
    assert.deepEqual(institutionDispersion(all, projects, [2023, 2024], new Set([2023, 2024])), [1.667, 3]);
  });

  it('is null where the programme has no data, or where no institution has any', () => {
    const all = [institution('A', { 2023: 2 }), institution('B', {})];
    assert.deepEqual(institutionDispersion(all, projects, [2022, 2023, 2024], new Set([2023, 2024])), [null, 1, null]);
    assert.deepEqual(institutionDispersion([], projects, [2023], undefined), [null]);
  });

  it('is 0 when every institution counts the same, and 9 when the same projects sit ten each in a tenth of them', () => {
    const even = Array.from({ length: 2000 }, (_, i) => institution(String(i), { 2024: 1 }));
    assert.deepEqual(institutionDispersion(even, projects, [2024], undefined), [0]);
    const clustered = Array.from({ length: 2000 }, (_, i) => institution(String(i), i < 200 ? { 2024: 10 } : {}));
    assert.deepEqual(institutionDispersion(clustered, projects, [2024], undefined), [9]);
  });

  it("is given per region too, over the region's institutions, for each metric with a national one, null where that is", () => {
    // Toscana: 0, 2, 4 in 2024 → mean 2, variance 8/3, φ = 1.333, rounded up to 1.4; Lazio: 3 and 3 → φ 0. 2023 has no
    // national φ (no data).
    const all = [
      institution('A', { 2024: 0 }),
      institution('B', { 2024: 2 }),
      institution('C', { 2024: 4 }),
      institution('D', { 2024: 3 }, '12'),
      institution('E', { 2024: 3 }, '12'),
    ];
    const measured = { ...projects, definition: { id: 'funding.projects', dispersion: [null, 2] } as unknown as MetricSpec['definition'] };
    const shares = { ...projects, definition: { id: 'etwinning.active', counts: 'institutions' } as unknown as MetricSpec['definition'] };
    const regions = regionalDispersions(all, [measured, shares], [2023, 2024]);
    // Two significant digits, rounded up: an interval made with it errs wide, never narrow.
    assert.deepEqual([5.721, 0.9526, 2, 143_600, 0.001234].map(roundedUp), [5.8, 0.96, 2, 150_000, 0.0013]);
    assert.deepEqual(Object.fromEntries(regions), {
      '09': { 'funding.projects': [null, 1.4] },
      '12': { 'funding.projects': [null, 0] },
    });
  });
});
