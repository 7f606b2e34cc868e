import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ShadowZone } from '../../src/contract/contract.types.ts';
import { formatCount } from '../../src/i18n/format.ts';
import { shadowRates } from '../../src/territory/shadow-rates.ts';
import type { ShadowZoneItem } from '../../src/territory/territory-items.ts';
import { wilson } from '../../src/util/wilson.ts';

const item = (shadow: Partial<ShadowZone>, institutions: number): ShadowZoneItem => ({
  level: 'comuni',
  code: '100005',
  name: 'Prato',
  place: 'PO',
  shadow: { status: 'shadow', n: 28, rate: 0.0361, smoothedRate: 0.0823, expectedRate: 0.2974, probability: 0.902, ...shadow },
  institutions,
});

describe('a shadow zone’s rates', () => {
  it('says the observed rate with its 95% interval over the institutions allocated to the area, beside the estimate and the expectation', () => {
    // Prato (demo data): 1 active institution of 27.7 allocated, 28 with a share.
    const rates = shadowRates(item({}, 27.7), 'it');
    const [low, high] = wilson(0.0361 * 27.7, 27.7);
    assert.ok(low < 0.01 && high > 0.15, `${low} ${high}`);
    // Over the 27,70 the rate and the contract's reason are over, not the 28 with a share, written as the reason
    // writes it (formatCount: "1 istituzione attiva su 27,54" read under "su 27,5 istituzioni").
    assert.deepEqual(rates, { estimated: '8,2%', expected: '29,7%', observed: { value: '3,6%', low: '0,6%', high: '17,9%' }, n: '27,70' });
    assert.equal(shadowRates(item({}, 27.54), 'it').n, formatCount(27.54, 'it'));
    assert.equal(shadowRates(item({}, 27.54), 'en').n, '27.54');
    assert.deepEqual(shadowRates(item({}, 27.7), 'en').observed, { value: '3.6%', low: '0.6%', high: '17.9%' });
  });

  it('narrows as institutions grow, and gives the decimals that tell its ends apart', () => {
    const few = shadowRates(item({ rate: 0.1 }, 10), 'it').observed!;
    const many = shadowRates(item({ rate: 0.1 }, 1000), 'it').observed!;
    const width = (o: { low: string; high: string }) => parseFloat(o.high.replace(',', '.')) - parseFloat(o.low.replace(',', '.'));
    assert.ok(width(many) < width(few) / 5, `${JSON.stringify(few)} ${JSON.stringify(many)}`);
    assert.deepEqual(shadowRates(item({ rate: 0.5 }, 1_000_000), 'it').observed, { value: '50%', low: '49,9%', high: '50,1%' });
  });

  it('says what it cannot: no observed rate without one, no expectation in an older contract', () => {
    const older = shadowRates(item({ rate: null, expectedRate: undefined }, 28), 'it');
    assert.deepEqual(older, { estimated: '8,2%', expected: null, observed: null, n: '28' });
    assert.equal(shadowRates(item({ rate: 1.4 }, 28), 'it').observed, null, 'a rate above 1 is no share');
    assert.equal(shadowRates(item({}, 0), 'it').observed, null);
  });
});
