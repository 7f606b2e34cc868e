/** The waves a survey's results compare with (`compare`): those the index lists before the one shown. */
import type { NationalIndex } from '../contract/contract.types.js';
import { wavesInOrder } from './waves-in-order.js';

/** The ids of the index's waves before `shown`, oldest first. */
export const earlierIds = (index: NationalIndex, shown: string) => {
  const surveys = wavesInOrder(index);
  const at = surveys.findIndex((s) => s.id === shown);
  return surveys.slice(0, Math.max(0, at)).map((s) => s.id);
};

/** The earlier wave `compare` names: one of the waves listed before `shown`, by its id, or `previous` (the last of them). */
export function earlierWave(index: NationalIndex, shown: string, compare: string): string | undefined {
  const before = earlierIds(index, shown);
  return compare === 'previous' ? before.at(-1) : before.includes(compare) ? compare : undefined;
}
