/**
 * The report's summary of the rates' intervals: per metric with a dispersion,
 * its last year with one, the nation's φ, the regions' lowest and highest, and
 * the regions above the nation (whose own φ their areas' intervals use).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MetricSpec } from '../../../data-adapters/aggregate/metrics.ts';
import { intervalSummary } from '../../../data-adapters/report/interval-summary.ts';

const metric = (id: string, dispersion?: (number | null)[]) => ({ definition: { id, dispersion } }) as unknown as MetricSpec;

describe("the report's intervals", () => {
  it('names the last year with a national φ, the regions’ range and those above the nation, largest first', () => {
    const regions = new Map([
      ['09', { 'etwinning.projects': [1, 4, null] }],
      ['10', { 'etwinning.projects': [1, 5.8, null] }],
      ['12', { 'etwinning.projects': [1, 0.96, null] }],
    ]);
    const names = new Map([
      ['09', { name: 'Toscana' }],
      ['10', { name: 'Umbria' }],
      ['12', { name: 'Lazio' }],
    ]);
    const summary = intervalSummary(
      [metric('etwinning.projects', [2, 2.655, null]), metric('etwinning.active'), metric('funding.projects', [null, null, null])],
      regions,
      [2023, 2024, 2025],
      names,
    );
    assert.deepEqual(summary, [
      {
        metric: 'etwinning.projects',
        year: 2024,
        nation: 2.655,
        lowest: { region: 'Lazio', dispersion: 0.96 },
        highest: { region: 'Umbria', dispersion: 5.8 },
        above: ['Umbria', 'Toscana'],
      },
    ]);
  });
});
