/**
 * The search index of the real registries (../shared/data), built as the
 * adapters build it, for the tests of the index and of the matcher.
 */
import { assembleSearchIndex } from '../../data-adapters/assemble/search-index.ts';
import { buildInstitutions } from '../../data-adapters/aggregate/institutions.ts';
import { locateSchools } from '../../data-adapters/aggregate/locate-schools.ts';
import { readLimits, type Limits } from '../../data-adapters/readers/limits.ts';
import { readRegistries, type SchoolRecord } from '../../data-adapters/readers/registry.ts';
import type { SearchIndexDocument } from '../../src/search/search-format.ts';
import { REAL } from '../data-adapters/real-data.ts';

export interface RealSearchIndex {
  schools: SchoolRecord[];
  limits: Limits;
  /** Each school code's comune (ISTAT code), when the limits know it. */
  comuneOf: Map<string, string | null>;
  /** The document as it travels: through JSON. */
  doc: SearchIndexDocument;
}

export async function realSearchIndex(): Promise<RealSearchIndex> {
  const registry = await readRegistries(REAL.registry);
  const schools = registry.schools;
  const limits = await readLimits(REAL.geo);
  const located = locateSchools(schools, limits);
  const comuneOf = new Map([...located.locations].map(([code, location]) => [code, location.comune]));
  const institutions = buildInstitutions(schools, located.locations, new Map(), { etwinning: new Map(), erasmus: new Map(), funding: [] });
  const doc = JSON.parse(
    JSON.stringify(
      assembleSearchIndex({
        generatedAt: '2025-09-01T00:00:00Z',
        release: 'test',
        synthetic: false,
        institutions: institutions.values(),
        locations: located.locations,
        limits,
      }),
    ),
  ) as SearchIndexDocument;
  return { schools, limits, comuneOf, doc };
}
