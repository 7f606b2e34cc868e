/**
 * The matcher's loops over every school (~51,500), each in a function of its
 * own that runs whole at every call. In one long method, V8 optimised a loop
 * on the fly (on-stack replacement) and threw that code away at the first
 * line after it that had not run yet, again at each keystroke: ~66
 * deoptimisations while typing eight queries (~10 now), and the recompiling
 * competed with the page for the processor. A function that is only its loop is
 * optimised once, with everything it does known.
 */

/** Adds one part's scores to the totals; a school the part does not answer is out (-1). Returns how many answer. */
export function addPartScores(total: Int16Array, scores: Uint8Array): number {
  let answered = 0;
  for (let i = 0; i < total.length; i++) {
    if (total[i]! < 0) continue;
    const score = scores[i]!;
    if (score) {
      total[i] = total[i]! + score;
      answered++;
    } else total[i] = -1;
  }
  return answered;
}

/** Gives `score` to every school whose type id is wanted (and, for an institution type, that is an institution). */
export function markByType(scores: Uint8Array, ownType: Uint8Array, wanted: Uint8Array, heads: Uint8Array | null, score: number): void {
  for (let i = 0; i < scores.length; i++) if (wanted[ownType[i]!] && (!heads || heads[i])) scores[i] = score;
}

/** Raises to `score` every school whose comune's province is wanted. */
export function markByProvince(
  scores: Uint8Array,
  places: ArrayLike<number>,
  provinceOf: ArrayLike<number>,
  wanted: Uint8Array,
  score: number,
): void {
  for (let i = 0; i < scores.length; i++) {
    const p = provinceOf[places[i]!]!;
    if (p >= 0 && wanted[p] && scores[i]! < score) scores[i] = score;
  }
}

/**
 * Turns each positive total into a rank value (the score doubled, plus one for
 * an institution, so that institutions come first on equal scores), counts the
 * values in `byValue`, and returns how many schools match.
 */
export function rankValues(total: Int16Array, isHead: Uint8Array, maxScore: number, byValue: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < total.length; i++) {
    const score = total[i]!;
    if (score <= 0) continue;
    const value = Math.min(maxScore, score) * 2 + isHead[i]!;
    total[i] = value;
    byValue[value]!++;
    count++;
  }
  return count;
}

/**
 * The schools whose rank value is above `threshold`, and the first `atThreshold`
 * of those at it, in index order.
 */
export function takeBest(total: Int16Array, threshold: number, atThreshold: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < total.length; i++) {
    const value = total[i]!;
    if (value <= 0 || value < threshold) continue;
    if (value > threshold) best.push(i);
    else if (atThreshold > 0) {
      best.push(i);
      atThreshold--;
    }
  }
  return best;
}

/** Positions of the non-zero entries of `flags`, in order. */
export function flagged(flags: Uint8Array): number[] {
  const found: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) found.push(i);
  return found;
}

/** Every school gets `absent`, or `present` when it has a score: a word that ranks without narrowing. */
export function nudgeScores(scores: Uint8Array, absent: number, present: number): void {
  for (let i = 0; i < scores.length; i++) scores[i] = scores[i] ? present : absent;
}
