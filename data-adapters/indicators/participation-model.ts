/**
 * The expected participation of each institution, given what it cannot choose:
 * P(active in the reference years) = logistic(intercept + region effect + grade
 * group + log size + inner-areas class of its seat's comune), with the region
 * effects partially pooled (prior N(0, 1²) on the logit scale, a hierarchical
 * term fitted at its mode) and weakly informative N(0, 2.5²) priors on the
 * rest (Gelman et al. 2008). An area's expectation is the sum of its
 * institutions' probabilities: the rate it "should" have, for its region and
 * for the schools it has.
 */
import { fitPenalisedLogistic } from '../stats/penalised-logistic.js';

export interface ModelInstitution {
  code: string;
  region: string;
  gradeGroup: string;
  /** Students, imputed where the registry has none (the index's size: the median of the grade group). */
  size: number;
  /** Inner-areas class of its seat's comune, or null when unknown. */
  innerArea: string | null;
}

export interface ParticipationModel {
  /** Expected probability of activity of each institution, in input order. */
  expected: Float64Array;
  /** What the model is, for the report. */
  description: {
    terms: string[];
    priors: Record<string, string>;
    coefficients: Record<string, number>;
    iterations: number;
    converged: boolean;
  };
}

const REGION_SCALE = 1;
const WIDE_SCALE = 2.5;

export function fitParticipationModel(institutions: readonly ModelInstitution[], active: ArrayLike<number>): ParticipationModel {
  const levels = (read: (i: ModelInstitution) => string) => [...new Set(institutions.map(read))].sort();
  const regions = levels((i) => i.region);
  // The first level of each factor is the reference (its effect is in the intercept).
  const grades = levels((i) => i.gradeGroup);
  const inner = levels((i) => i.innerArea ?? 'unknown');
  const names = ['intercept', ...regions.map((r) => `region ${r}`)];
  const gradeColumn = new Map(grades.slice(1).map((g, k) => [g, names.length + k]));
  names.push(...grades.slice(1).map((g) => `grade ${g}`));
  const innerColumn = new Map(inner.slice(1).map((c, k) => [c, names.length + k]));
  names.push(...inner.slice(1).map((c) => `inner area ${c}`));
  const sizeColumn = names.length;
  names.push('log students (standardised)');

  const logSize = institutions.map((i) => Math.log(1 + i.size));
  const mean = logSize.reduce((s, v) => s + v, 0) / Math.max(1, logSize.length);
  const sd = Math.sqrt(logSize.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, logSize.length)) || 1;

  const rows = institutions.map((institution, i) => {
    const row: [number, number][] = [
      [0, 1],
      [1 + regions.indexOf(institution.region), 1],
    ];
    const grade = gradeColumn.get(institution.gradeGroup);
    if (grade !== undefined) row.push([grade, 1]);
    const area = innerColumn.get(institution.innerArea ?? 'unknown');
    if (area !== undefined) row.push([area, 1]);
    row.push([sizeColumn, (logSize[i]! - mean) / sd]);
    return row;
  });
  const scales = names.map((name) => (name.startsWith('region ') ? REGION_SCALE : WIDE_SCALE));
  const fit = fitPenalisedLogistic(rows, active, scales);
  return {
    expected: fit.fitted,
    description: {
      terms: names,
      priors: { region: `N(0, ${REGION_SCALE}²)`, others: `N(0, ${WIDE_SCALE}²)` },
      coefficients: Object.fromEntries(names.map((name, j) => [name, Math.round(fit.coefficients[j]! * 1000) / 1000])),
      iterations: fit.iterations,
      converged: fit.converged,
    },
  };
}
