/**
 * Keeps each count within its capacity, spreading what overflows over the
 * others with room, by the same weights, until nothing overflows or no room
 * is left. The synthetic model's new eTwinning teachers are a multinomial
 * over heavy-tailed weights: left alone it registered 1,154 teachers in one
 * institution, 9.4 times its staff, and more teachers than staff in 207
 * others.
 */
import type { Random } from '../stats/random.js';

export function capCounts(counts: number[], capacity: readonly number[], weights: readonly number[], random: Random): void {
  for (;;) {
    let excess = 0;
    counts.forEach((count, i) => {
      if (count > capacity[i]!) {
        excess += count - capacity[i]!;
        counts[i] = capacity[i]!;
      }
    });
    if (excess === 0) return;
    const room = weights.map((weight, i) => (counts[i]! < capacity[i]! ? weight : 0));
    if (!room.some((weight) => weight > 0)) return;
    random.multinomial(excess, room).forEach((added, i) => (counts[i]! += added));
  }
}
