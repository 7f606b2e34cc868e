/**
 * The regions a data source holds the shards of: every region of its index,
 * or a bundle's (a small site's file holds one). What an element offers to
 * enter or choose: a region it does not hold would only lead to an error.
 */
import type { NationalIndex } from '../contract/contract.types.js';
import type { IndexSource } from './loader.js';

export function heldRegions({ index, bundle }: IndexSource): NationalIndex['regions'] {
  if (!bundle) return index.regions;
  const held = new Set(bundle.regions.map((shard) => shard.region.code));
  return index.regions.filter((region) => held.has(region.code));
}
