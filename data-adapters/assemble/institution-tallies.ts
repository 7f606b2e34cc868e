/**
 * Per region or comune, its institutions' tally by the rule a map counts its
 * points by (`src/map/tally-institutions.ts`), applied to the build model: an
 * institution once in every area where a shard lists one of its schools (its
 * own row, or a plesso) with a comune, active and role model as its rows say. Written into the index
 * (regions) and the national area files (comuni), so that a national map draws
 * its points without downloading the region shards.
 */
import type { InstitutionTally } from '../../src/contract/contract.types.js';
import { isActive, type Institution } from '../aggregate/institutions.js';
import { tallyInstitutions, type TallyRow } from '../../src/map/tally-institutions.js';
import type { BuildModel } from './documents.js';

/** Active in any of the index's reference years. */
export function activeInReference(model: BuildModel, institution: Institution): boolean {
  return model.index.context.referenceYears.some((year) => isActive(institution.years.get(year)));
}

export function institutionTallies(model: BuildModel, level: 'region' | 'province' | 'comune'): Map<string, InstitutionTally> {
  const rows: TallyRow[] = [];
  for (const institution of model.institutions.values()) {
    const active = activeInReference(model, institution);
    const roleModel = model.roleModels.has(institution.code);
    const add = (location: { comune: string | null; region: string | null }) => {
      // A province by the first three digits of its comune's ISTAT code, as the map counts it (src/map/load-map.ts).
      const area = level === 'region' ? location.region : level === 'province' ? (location.comune?.slice(0, 3) ?? null) : location.comune;
      if (location.comune && area) rows.push({ area, institution: institution.code, active, roleModel });
    };
    // The institution's own row, when it is not also one of its plessi (as the shards list it).
    if (!institution.plessi.some((p) => p.code === institution.code)) add(institution.location);
    for (const plesso of institution.plessi) add(model.locations.get(plesso.code)!);
  }
  return tallyInstitutions(rows);
}
