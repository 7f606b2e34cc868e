/**
 * Logistic regression with Gaussian priors on the coefficients, fitted by
 * Newton–Raphson (the posterior mode, i.e. a ridge-penalised maximum
 * likelihood). A coefficient's prior scale says how far it may move: a small
 * scale for the many region effects makes them a hierarchical (partially
 * pooled) term, a wide one lets the intercept and covariates follow the data.
 */

export interface LogisticFit {
  coefficients: Float64Array;
  /** Fitted probability of each row. */
  fitted: Float64Array;
  iterations: number;
  converged: boolean;
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky); A is n×n row-major. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(sum > 0)) throw new Error('the model matrix is not positive definite');
        l[i * n + i] = Math.sqrt(sum);
      } else l[i * n + j] = sum / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * y[k]!;
    y[i] = sum / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}

const sigmoid = (eta: number) => (eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta)));

/**
 * Fits P(y = 1) = sigmoid(X β) with β_j ~ N(0, scale_j²).
 * `rows` is the design matrix as rows of (column, value) pairs (most columns are indicators).
 */
export function fitPenalisedLogistic(
  rows: readonly (readonly [number, number][])[],
  y: ArrayLike<number>,
  priorScales: readonly number[],
  options: { maxIterations?: number; tolerance?: number } = {},
): LogisticFit {
  const p = priorScales.length;
  const beta = new Float64Array(p);
  const fitted = new Float64Array(rows.length);
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      const precision = 1 / priorScales[j]! ** 2;
      hessian[j * p + j] = precision;
      gradient[j] = -beta[j]! * precision;
    }
    rows.forEach((row, i) => {
      let eta = 0;
      for (const [j, value] of row) eta += beta[j]! * value;
      const mu = sigmoid(eta);
      fitted[i] = mu;
      const w = mu * (1 - mu);
      const residual = y[i]! - mu;
      for (const [j, vj] of row) {
        gradient[j] = gradient[j]! + vj * residual;
        for (const [k, vk] of row) hessian[j * p + k] = hessian[j * p + k]! + w * vj * vk;
      }
    });
    const step = solveSpd(hessian, gradient, p);
    let largest = 0;
    for (let j = 0; j < p; j++) {
      beta[j] = beta[j]! + step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    converged = largest < tolerance;
  }
  rows.forEach((row, i) => {
    let eta = 0;
    for (const [j, value] of row) eta += beta[j]! * value;
    fitted[i] = sigmoid(eta);
  });
  return { coefficients: beta, fitted, iterations, converged };
}
