/**
 * The region an area is in, by the index: a region is its own; a province's
 * comes from the index's `provinceRegions`; a comune's ISTAT code starts with
 * its province's. One rule for the timeline's scopes, the lists and the map.
 */
import type { NationalIndex } from '../contract/contract.types.js';

export type AreaLevel = 'region' | 'province' | 'comune';

export function regionOf(index: Pick<NationalIndex, 'provinceRegions'>, level: AreaLevel, code: string): string | undefined {
  return level === 'region' ? code : index.provinceRegions?.[code.slice(0, 3)];
}
