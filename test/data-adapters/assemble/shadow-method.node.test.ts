import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shadowZonesMethod } from '../../../data-adapters/assemble/shadow-method.ts';
import { shadowZoneOf } from '../../../data-adapters/indicators/shadow-zones.ts';

const settings = { minInstitutions: 5, fdr: 0.1 };
const levels = {
  comuni: { lowShare: 0.042, lambda: 0.35, judged: 900, flagged: 12 },
  provinces: { lowShare: 0, lambda: 0.8, judged: 107, flagged: 0 },
};

describe("the shadow zones' method", () => {
  it('says the model the build ran, each level’s fit written as its language writes numbers', () => {
    const { description } = shadowZonesMethod(settings, levels, [2023, 2024, 2025]);
    assert.match(description.it, /due gruppi/);
    assert.match(description.it, /negli anni di riferimento \(è attiva in almeno un anno dal 2023\/24 al 2025\/26\) conta/);
    assert.match(description.en, /in the reference years \(it is active in at least one year from 2023\/24 to 2025\/26\) counts/);
    assert.match(description.it, /comuni: 4,2% delle aree basse, λ 0,35; province: nessuna area bassa/);
    assert.match(description.en, /comuni: 4\.2% of areas low, λ 0\.35; provinces: no low area/);
    assert.match(description.it, /entro il 10% \(FDR bayesiano\)\. Con meno di 5 istituzioni/);
    for (const text of [description.it, description.en]) assert.doesNotMatch(text, /beta-binomial/);
  });

  it('carries the parameters that redo an estimated rate from the expected rate and the probability', () => {
    const { parameters } = shadowZonesMethod(settings, levels, [2023, 2024, 2025]);
    assert.equal(parameters.method, 'logistic-expectation-two-group-bayesian-fdr');
    const group = { share: levels.comuni.lowShare, lambda: levels.comuni.lambda, iterations: 10 };
    // An area of 20 institutions, 1 active where 6 were expected: likely low.
    const zone = shadowZoneOf({ count: 20, n: 20, x: 1, e: 6, sp: 6, sp2: 2 }, 0.9, true, group, settings, [2025]);
    const p = zone.probability!;
    const lambda = Number(parameters.lowRatioComuni);
    assert.ok(Math.abs(zone.expectedRate! * (1 - p + p * lambda) - zone.smoothedRate!) < 2e-4, JSON.stringify(zone));
    // Not the expectation: λ moved it.
    assert.ok(zone.smoothedRate! < zone.expectedRate! * 0.5);
    assert.deepEqual([parameters.lowShareProvinces, parameters.maxLowRatio], [0, 0.8]);
  });
});
