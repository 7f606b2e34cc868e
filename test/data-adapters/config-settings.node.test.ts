import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, resolveConfig } from '../../data-adapters/config.ts';
import { BuildError } from '../../data-adapters/report/build-error.ts';

const base = { registry: ['r.csv'], geo: 'g', out: 'o' };
/** The build's refusal, in both languages; null when the settings pass. */
function refusal(layer: object): { it: string; en: string } | null {
  try {
    resolveConfig(base, layer as never);
    return null;
  } catch (error) {
    assert.ok(error instanceof BuildError, String(error));
    return error.said;
  }
}

describe("a build's numeric settings", () => {
  it('pass as the defaults set them, and as a configuration that changes a few within their rules', () => {
    assert.equal(refusal({}), null);
    assert.equal(refusal({ roleModels: { fdr: 1 }, mentors: { maxKm: 300, capacity: 5 }, uncertainty: { runs: 20 } }), null);
  });

  it('refuse a share written as a percentage, a number written as text, and one left null, each with its place and value', () => {
    // BH at a "rate" of 10 kept every candidate; a null maxKm gave no institution a mentor, without a word.
    const said = refusal({ roleModels: { fdr: 10 }, mentors: { maxKm: '150' }, shadowZones: { minInstitutions: null } })!;
    assert.match(said.en, /^invalid settings: /);
    assert.match(said.en, /roleModels\.fdr is a share above 0 and at most 1 \(10% is written 0\.1\) \(found 10\)/);
    assert.match(said.en, /shadowZones\.minInstitutions is a whole number from 1 up \(found null\)/);
    assert.match(said.en, /mentors\.maxKm is a number above 0 \(found "150"\)/);
    assert.match(said.it, /roleModels\.fdr è una quota più di 0 e al massimo 1 \(10% si scrive 0\.1\) \(trovato 10\)/);
  });

  it('refuse a fraction of a count, a zero share, a negative weight and an unknown aggregation', () => {
    assert.match(refusal({ uncertainty: { runs: 2.5 } })!.en, /uncertainty\.runs is a whole number from 1 up \(found 2\.5\)/);
    assert.match(refusal({ roleModels: { nationalTopShare: 0 } })!.en, /roleModels\.nationalTopShare is a share .*\(found 0\)/);
    // Weights that add up to 1 with one below 0.
    const weights = { etwinning: 0.7, erasmus: 0.5, funding: -0.2, continuity: 0, survey: 0 };
    assert.match(
      refusal({ index: { ...DEFAULT_CONFIG.index, weights } })!.en,
      /index\.weights\.funding is a number from 0 up \(found -0\.2\)/,
    );
    assert.match(
      refusal({ index: { aggregation: 'geometrical' } })!.en,
      /index\.aggregation is "arithmetic" or "geometric" \(found "geometrical"\)/,
    );
    assert.match(refusal({ seed: 'abc' })!.en, /seed is a whole number \(found "abc"\)/);
  });

  it('refuse settings that contradict each other', () => {
    assert.match(refusal({ mentors: { maxKm: 40 } })!.en, /mentors\.maxKm \(40\) is less than mentors\.maxSameRegionKm \(60\)/);
    assert.match(
      refusal({ roleModels: { minActiveYears: 6 } })!.en,
      /roleModels\.minActiveYears \(6\) is at most index\.continuityYears \(5\)/,
    );
  });

  it('keep the settings a layer leaves out of a nested group, and take the index weights whole', () => {
    const config = resolveConfig(base, { geometry: { simplify: { regions: 2 } } } as never);
    assert.deepEqual(config.geometry.simplify, { ...DEFAULT_CONFIG.geometry.simplify, regions: 2 });
    assert.equal(config.geometry.width, DEFAULT_CONFIG.geometry.width);
    // A pillar the weights leave out weighs 0 (not its default).
    const weighted = resolveConfig(base, { index: { weights: { etwinning: 0.5, erasmus: 0.5 } } } as never);
    assert.deepEqual(weighted.index.weights, { etwinning: 0.5, erasmus: 0.5, funding: 0, continuity: 0, survey: 0 });
    assert.equal(weighted.index.continuityYears, DEFAULT_CONFIG.index.continuityYears);
  });
});
