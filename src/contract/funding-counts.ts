import type { NationalIndex } from './contract.types.js';

/**
 * Whether the contract's national funding counts as internationalisation: it
 * does when the index has a funding pillar. The demo's funding is PNRR 1.4.1
 * (every school's website), a context figure: shown as a programme beside
 * eTwinning and Erasmus+, it would read as international activity.
 */
export function fundingCounts(index: Pick<NationalIndex, 'methods'>): boolean {
  // Read with care: a badge's light path reads an index it checks only in part (src/profile/load-school.ts).
  return index.methods?.index?.pillars?.some((p) => p.id === 'funding') ?? true;
}
