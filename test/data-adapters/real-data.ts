/** Paths of the real open data in ../shared/data (never copied into the repository). */
import { demoInputs } from '../../scripts/build-demo-data.ts';

export const REAL = demoInputs();
export const STATE_REGISTRY = REAL.registry[0]!;
export const AUTONOMOUS_REGISTRY = REAL.registry[1]!;
export const SANITY = REAL.stats.replace('headline_stats_from_pages.csv', 'sanity_by_region.csv');
