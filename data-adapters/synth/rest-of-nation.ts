/**
 * Stand-ins for the institutions of the nation a registry does not hold, so
 * that the model runs on the whole nation whatever registry it is given. The
 * published figures are totals for all of Italy: spread over a regional
 * registry (a regional office trying the tools on its own schools; the tests'
 * autonomous provinces) they gave a few hundred institutions the whole
 * nation's activity, 2,558 eTwinning projects and 26,531 registered teachers
 * in one school in one year. Scaling the totals down by the registry's share
 * would fix the registry's total whatever its institutions' weights; with
 * stand-ins each institution of the registry competes with the nation, as it
 * does in a national run (its part of the totals follows its own weights),
 * and only the registry's own rows are written.
 *
 * A registry with every region is the nation, whatever its count
 * (institutions merge from year to year, and the national totals stay); any
 * other gets, per region, as many stand-ins as the region's institutions in
 * the national registries exceed the registry's, each with the grade group
 * and students of one of the registry's institutions drawn at random.
 */
import type { Random } from '../stats/random.js';
import type { ModelInstitution } from './model.js';

/**
 * Institutions per region in the registries the published figures cover (MIM,
 * state schools 2025/26 and the autonomous provinces 2023/24: 8,083), keyed as
 * the model keys regions (the registry's name, normalised). A test counts them
 * again from the registries in ../shared/data.
 */
export const NATIONAL_INSTITUTIONS: Readonly<Record<string, number>> = {
  PIEMONTE: 543,
  VALLEDAOSTA: 27,
  LOMBARDIA: 1130,
  TRENTINOALTOADIGE: 196,
  VENETO: 577,
  FRIULIVENEZIAG: 162,
  LIGURIA: 178,
  EMILIAROMAGNA: 542,
  TOSCANA: 487,
  UMBRIA: 154,
  MARCHE: 229,
  LAZIO: 714,
  ABRUZZO: 211,
  MOLISE: 60,
  CAMPANIA: 894,
  PUGLIA: 584,
  BASILICATA: 94,
  CALABRIA: 319,
  SICILIA: 732,
  SARDEGNA: 250,
};

/** A stand-in's code: never a school code (they start with two letters), so never one of the registry's. */
export const isStandIn = (code: string) => code.startsWith('~');

/** The stand-ins the registry's institutions need to be the nation; none when it already is. */
export function restOfNation(registry: readonly ModelInstitution[], random: Random): ModelInstitution[] {
  const held = new Map<string, number>();
  for (const institution of registry) held.set(institution.regionKey, (held.get(institution.regionKey) ?? 0) + 1);
  const regions = Object.entries(NATIONAL_INSTITUTIONS);
  if (registry.length === 0 || regions.every(([region]) => held.has(region))) return [];
  const standIns: ModelInstitution[] = [];
  for (const [region, whole] of regions)
    for (let k = held.get(region) ?? 0; k < whole; k++) {
      const like = registry[Math.floor(random.next() * registry.length)]!;
      standIns.push({ code: `~${region}-${k}`, regionKey: region, gradeGroup: like.gradeGroup, students: like.students });
    }
  return standIns;
}
