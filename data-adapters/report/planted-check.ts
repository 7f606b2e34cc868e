/**
 * The shadow zones against the low areas the synthetic model planted: how many
 * planted provinces and comuni the build flags. Only for synthetic inputs made
 * by `synthesize`, which writes what it planted next to its exports.
 */
import type { ShadowZone } from '../../src/contract/contract.types.js';
import type { AreaKey } from '../aggregate/allocation.js';
import type { Limits } from '../readers/limits.js';
import type { PlantedAreas } from '../synth/plant-low-areas.js';

export interface PlantedCheck {
  provinces: { planted: number; flagged: number; names: string[] };
  comuni: { planted: number; judged: number; flagged: number; names: string[] };
  /** Flags outside the planted areas (chance, or areas low by the model's own randomness). */
  flagsOutside: { provinces: number; comuni: number };
}

export function checkPlanted(
  planted: PlantedAreas,
  zones: ReadonlyMap<AreaKey, ShadowZone>,
  limits: Pick<Limits, 'provinces' | 'comuneByBelfiore'>,
): PlantedCheck {
  const provinceByAcronym = new Map([...limits.provinces.values()].map((p) => [p.acronym, p.code]));
  const provinceKeys = new Set(
    planted.provinces.flatMap((p) => (provinceByAcronym.has(p.acronym) ? [`province:${provinceByAcronym.get(p.acronym)}` as AreaKey] : [])),
  );
  const comuneKeys = new Set(
    planted.comuni.flatMap((c) =>
      limits.comuneByBelfiore.has(c.belfiore) ? [`comune:${limits.comuneByBelfiore.get(c.belfiore)}` as AreaKey] : [],
    ),
  );
  const flagged = (key: AreaKey) => zones.get(key)?.status === 'shadow';
  const outside = (prefix: string, planted: Set<AreaKey>) =>
    [...zones].filter(([key, zone]) => key.startsWith(prefix) && zone.status === 'shadow' && !planted.has(key)).length;
  return {
    provinces: {
      planted: provinceKeys.size,
      flagged: [...provinceKeys].filter(flagged).length,
      names: planted.provinces.map((p) => p.name),
    },
    comuni: {
      planted: comuneKeys.size,
      judged: [...comuneKeys].filter((key) => ['shadow', 'ok'].includes(zones.get(key)?.status ?? '')).length,
      flagged: [...comuneKeys].filter(flagged).length,
      names: planted.comuni.map((c) => c.name),
    },
    flagsOutside: { provinces: outside('province:', provinceKeys), comuni: outside('comune:', comuneKeys) },
  };
}
