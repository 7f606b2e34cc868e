/**
 * Seeded randomness for the synthetic model, on pure-rand's xoroshiro128+: the
 * same seed always gives the same draws, on every machine.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export class Random {
  private readonly _rng: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this._rng = xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return uniformFloat64(this._rng);
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Poisson (Knuth's method for small means, normal approximation above 50). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /**
   * Spreads `total` units over items with the given weights (a multinomial
   * draw): the counts always add up to `total` exactly.
   */
  multinomial(total: number, weights: readonly number[]): number[] {
    const counts = new Array<number>(weights.length).fill(0);
    const cumulative: number[] = [];
    let sum = 0;
    for (const weight of weights) cumulative.push((sum += Math.max(0, weight)));
    if (sum <= 0 || total <= 0) return counts;
    for (let unit = 0; unit < total; unit++) {
      const target = this.next() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      counts[lo]!++;
    }
    return counts;
  }

  /**
   * Picks `count` distinct items with probability growing with their weight
   * (Efraimidis-Spirakis keys); items of weight 0 are never picked.
   */
  pickWeighted(count: number, weights: readonly number[]): number[] {
    const keyed: { index: number; key: number }[] = [];
    weights.forEach((weight, index) => {
      if (weight > 0) keyed.push({ index, key: Math.log(1 - this.next()) / weight });
    });
    keyed.sort((a, b) => b.key - a.key || a.index - b.index);
    return keyed.slice(0, Math.max(0, count)).map((k) => k.index);
  }

  /** One item by weight. */
  choose<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.pickWeighted(1, weights)[0] ?? 0]!;
  }
}
