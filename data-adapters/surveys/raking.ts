/**
 * Raking (iterative proportional fitting): weights for the respondents of a
 * survey such that, on each margin (region, grade group, activity…), the
 * weighted respondents of every category add up to that category's population.
 * With one margin it is post-stratification; with several it matches each
 * margin without needing respondents in every cell of their cross, which a
 * survey of a few thousand schools over 20 regions × 6 grade groups × 2
 * activity states would not have.
 *
 * A category with population but no respondent cannot be matched: it is
 * reported, and its margin's other categories are scaled up to the whole
 * population, so that every margin keeps the same total and the fit converges.
 * The estimates then speak for the categories that answered, as the report says.
 */

export interface RakingMargin {
  /** The margin's name, for the report ("region"). */
  name: string;
  /** The population of each category. */
  population: ReadonlyMap<string, number>;
}

export interface RakingResult {
  /** One weight per respondent, in the order given. */
  weights: Float64Array;
  iterations: number;
  converged: boolean;
  /** Categories with population and no respondent: they could not be matched. */
  unmatched: { margin: string; category: string; population: number }[];
  /** Kish's design effect of the weights, 1 + cv²: how much weighting widens the intervals. */
  designEffect: number;
}

export interface RakingOptions {
  /** Largest relative gap between a weighted category total and its target at convergence. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * Rakes `categories[i][m]` (respondent i's category on margin m) to the
 * margins' populations, starting from equal weights (population / respondents).
 */
export function rake(
  categories: readonly (readonly string[])[],
  margins: readonly RakingMargin[],
  { tolerance = 1e-10, maxIterations = 500 }: RakingOptions = {},
): RakingResult {
  const n = categories.length;
  const weights = new Float64Array(n);
  const unmatched: RakingResult['unmatched'] = [];
  if (n === 0 || margins.length === 0) return { weights, iterations: 0, converged: true, unmatched, designEffect: 1 };
  const total = [...margins[0]!.population.values()].reduce((sum, count) => sum + count, 0);

  // Each margin's targets, over the categories that have respondents, scaled to the whole population.
  const targets = margins.map((margin, m) => {
    const answered = new Set(categories.map((unit) => unit[m]!));
    for (const category of answered)
      if (!margin.population.has(category))
        throw new Error(`raking: a respondent's ${margin.name} "${category}" is not a category of the population`);
    const kept = new Map<string, number>();
    for (const [category, population] of margin.population) {
      if (answered.has(category)) kept.set(category, population);
      else if (population > 0) unmatched.push({ margin: margin.name, category, population });
    }
    const keptTotal = [...kept.values()].reduce((sum, count) => sum + count, 0);
    for (const [category, population] of kept) kept.set(category, (population * total) / keptTotal);
    return kept;
  });

  weights.fill(total / n);
  let iterations = 0;
  let converged = false;
  const sums = new Map<string, number>();
  while (iterations < maxIterations && !converged) {
    iterations++;
    targets.forEach((target, m) => {
      sums.clear();
      for (let i = 0; i < n; i++) sums.set(categories[i]![m]!, (sums.get(categories[i]![m]!) ?? 0) + weights[i]!);
      for (let i = 0; i < n; i++) {
        const category = categories[i]![m]!;
        weights[i] = (weights[i]! * target.get(category)!) / sums.get(category)!;
      }
    });
    // Converged when every margin holds after the pass (the last one holds by construction).
    converged = targets.every((target, m) => {
      sums.clear();
      for (let i = 0; i < n; i++) sums.set(categories[i]![m]!, (sums.get(categories[i]![m]!) ?? 0) + weights[i]!);
      return [...target].every(([category, want]) => Math.abs(sums.get(category)! - want) <= tolerance * Math.max(1, want));
    });
  }
  let sum = 0;
  let squares = 0;
  for (const w of weights) {
    sum += w;
    squares += w * w;
  }
  const mean = sum / n;
  const designEffect = squares / n / (mean * mean);
  return { weights, iterations, converged, unmatched, designEffect };
}
