import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rake } from '../../../data-adapters/surveys/raking.ts';
import { Random } from '../../../data-adapters/stats/random.ts';

const margin = (name: string, entries: [string, number][]) => ({ name, population: new Map(entries) });

describe('rake', () => {
  it('reproduces the weights computed by hand on a two-by-two fixture', () => {
    // Population: region A 60, B 40; active 30, inactive 70. One respondent per cell.
    // Start 25 each; region pass: A ×1.2 → 30, 30; B ×0.8 → 20, 20; activity pass: active 50 → 30 (×0.6): 18, 12;
    // inactive 50 → 70 (×1.4): 42, 28. The region margin then holds (18 + 42 = 60, 12 + 28 = 40): done.
    const result = rake(
      [
        ['A', 'active'],
        ['A', 'inactive'],
        ['B', 'active'],
        ['B', 'inactive'],
      ],
      [
        margin('region', [
          ['A', 60],
          ['B', 40],
        ]),
        margin('activity', [
          ['active', 30],
          ['inactive', 70],
        ]),
      ],
    );
    assert.ok(result.converged);
    assert.deepEqual(
      [...result.weights].map((w) => Math.round(w * 1e9) / 1e9),
      [18, 42, 12, 28],
    );
    assert.deepEqual(result.unmatched, []);
    // Kish: n Σw² / (Σw)² = 4 × (324 + 1764 + 144 + 784) / 100².
    assert.ok(Math.abs(result.designEffect - (4 * 3016) / 10000) < 1e-12);
  });

  it('is post-stratification with one margin: N_h / n_h', () => {
    const result = rake(
      [['a'], ['a'], ['b']],
      [
        margin('grade', [
          ['a', 10],
          ['b', 7],
        ]),
      ],
    );
    assert.deepEqual(
      [...result.weights].map((w) => Math.round(w * 1e9) / 1e9),
      [5, 5, 7],
    );
  });

  it('matches every margin on a larger random case', () => {
    const random = new Random(3);
    const population = Array.from({ length: 3000 }, () => [
      `r${Math.floor(random.next() * 5)}`,
      `g${Math.floor(random.next() * 4)}`,
      random.next() < 0.3 ? 'a' : 'i',
    ]);
    const margins = ['region', 'grade', 'activity'].map((name, m) => {
      const counts = new Map<string, number>();
      for (const unit of population) counts.set(unit[m]!, (counts.get(unit[m]!) ?? 0) + 1);
      return { name, population: counts };
    });
    // Active units answer three times as often: the unweighted respondents are skewed.
    const respondents = population.filter((unit) => random.next() < (unit[2] === 'a' ? 0.6 : 0.2));
    const result = rake(respondents, margins);
    assert.ok(result.converged);
    margins.forEach((margin, m) => {
      for (const [category, count] of margin.population) {
        const weighted = respondents.reduce((sum, unit, i) => sum + (unit[m] === category ? result.weights[i]! : 0), 0);
        assert.ok(Math.abs(weighted - count) < 1e-6, `${margin.name} ${category}: ${weighted} against ${count}`);
      }
    });
    assert.ok(result.designEffect > 1);
  });

  it('reports a category with population and no respondent, and still matches the total', () => {
    const result = rake(
      [
        ['A', 'x'],
        ['A', 'y'],
      ],
      [
        margin('region', [
          ['A', 80],
          ['B', 20],
        ]),
        margin('grade', [
          ['x', 50],
          ['y', 50],
        ]),
      ],
    );
    assert.ok(result.converged);
    assert.deepEqual(result.unmatched, [{ margin: 'region', category: 'B', population: 20 }]);
    assert.equal(result.weights[0]! + result.weights[1]!, 100);
  });

  it('refuses a respondent whose category the population does not have', () => {
    assert.throws(() => rake([['Z']], [margin('region', [['A', 1]])]), /not a category of the population/);
  });
});
