/**
 * Role models ("scuole virtuose") by an explicit rule, whose parameters are
 * written into the contract:
 *   an institution is a role model when its index puts it in the national top
 *   share OR in the top share of its region, AND it stays there in at least
 *   `robustShare` of the uncertainty analysis's runs (a robust position, not a
 *   lucky choice of weights), AND it was active in at least `minActiveYears` of
 *   the continuity window, AND its quality is recognised (an eTwinning Quality
 *   Label or School Label, or an Erasmus+ accreditation, in the reference years),
 *   AND it starts more projects than institutions like it beyond chance
 *   (./above-expectation.ts, at the configured false-discovery rate): a top
 *   share exists whatever the data, and on institutions that all take part
 *   alike the rest of the rule named ~0.8% of them role models.
 * Each role model gets its reasons in Italian and English.
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';
import type { Institution } from '../aggregate/institutions.js';
import type { BuildConfig } from '../config.js';
import type { AboveExpectation } from './above-expectation.js';
import type { UncertaintyResult } from './index-uncertainty.js';
import type { IndexRun } from './internationalisation-index.js';
import { numberText, percentText } from '../text/number-text.js';

/** The role models, and how many the rest of the rule named that the test of projects beyond chance held back. */
export interface RoleModelSelection {
  models: Map<string, RoleModel>;
  heldBack: number;
}

export interface RoleModel {
  code: string;
  reasons: LocalizedText[];
}

export function selectRoleModels(
  institutions: readonly Institution[],
  run: IndexRun,
  nationRanks: ReadonlyMap<string, number>,
  regionRanks: ReadonlyMap<string, number>,
  uncertainty: UncertaintyResult | null,
  config: BuildConfig['roleModels'],
  /** Each institution's projects against its group's expectation (null: not judged, as in a build without projects). */
  above: ReadonlyMap<string, AboveExpectation> | null = null,
): RoleModelSelection {
  const perRegion = new Map<string, number>();
  for (const institution of institutions) perRegion.set(institution.location.region, (perRegion.get(institution.location.region) ?? 0) + 1);
  const nationalCut = Math.max(1, Math.ceil(config.nationalTopShare * institutions.length));
  const models = new Map<string, RoleModel>();
  let heldBack = 0;
  for (const institution of institutions) {
    const result = run.results.get(institution.code)!;
    if (result.score <= 0) continue;
    const nationRank = nationRanks.get(institution.code)!;
    const regionRank = regionRanks.get(institution.code)!;
    const regionalCut = Math.max(1, Math.ceil(config.regionalTopShare * perRegion.get(institution.location.region)!));
    const topNation = nationRank <= nationalCut;
    const topRegion = regionRank <= regionalCut;
    const recognition = run.context.referenceYears.some((year) => {
      const data = institution.years.get(year);
      return Boolean(data?.etwinning?.qualityLabels || data?.etwinning?.schoolLabel || data?.erasmus?.accredited);
    });
    const robust = uncertainty?.byCode.get(institution.code);
    const runs = uncertainty?.runs ?? 0;
    if (!(topNation || topRegion) || result.activeYears < config.minActiveYears || !recognition) continue;
    if (uncertainty && (!robust || robust.topShare < config.robustShare)) continue;
    const beyond = above?.get(institution.code);
    if (above && !beyond?.discovered) {
      heldBack++;
      continue;
    }
    const reasons: LocalizedText[] = [];
    const pct = (share: number) => `${Math.round(share * 100)}%`;
    // Ranks are shown with their 90% interval, never bare.
    // One place where both ends agree: «posizione tra 1 e 1» read as a slip.
    const between = (range: readonly [number, number] | undefined, it: boolean) =>
      !range
        ? it
          ? 'posizione'
          : 'rank'
        : range[0] === range[1]
          ? `${it ? 'posizione' : 'rank'} ${range[0]}`
          : it
            ? `posizione tra ${range[0]} e ${range[1]}`
            : `rank between ${range[0]} and ${range[1]}`;
    if (topNation)
      reasons.push({
        it: `Nel primo ${pct(config.nationalTopShare)} nazionale per indice di internazionalizzazione (${between(robust?.nation, true)}).`,
        en: `In the national top ${pct(config.nationalTopShare)} by internationalisation index (${between(robust?.nation, false)}).`,
      });
    if (topRegion)
      reasons.push({
        it: `Nel primo ${pct(config.regionalTopShare)} della regione (${between(robust?.region, true)}).`,
        en: `In the regional top ${pct(config.regionalTopShare)} (${between(robust?.region, false)}).`,
      });
    if (robust)
      reasons.push({
        it: `Posizione robusta: resta tra le prime nel ${pct(robust.topShare)} delle ${runs} simulazioni dell'analisi di incertezza (pesi, normalizzazione, aggregazione).`,
        en: `A robust position: it stays at the top in ${pct(robust.topShare)} of the ${runs} runs of the uncertainty analysis (weights, normalisation, aggregation).`,
      });
    reasons.push({
      it: `Attiva in ${result.activeYears} degli ultimi ${run.context.continuityYears.length} anni.`,
      en: `Active in ${result.activeYears} of the last ${run.context.continuityYears.length} years.`,
    });
    reasons.push({
      it: 'Qualità riconosciuta: certificato di qualità eTwinning, Scuola eTwinning o accreditamento Erasmus+.',
      en: 'Recognised quality: eTwinning Quality Label, eTwinning School Label or Erasmus+ accreditation.',
    });
    if (beyond)
      reasons.push({
        it: `Più progetti di quanti se ne attendono per i suoi studenti dalle istituzioni della sua regione e del suo ciclo: ${numberText(beyond.observed, 'it', 0)} contro ${numberText(beyond.expected, 'it', 1)} attesi, oltre il caso (quota attesa di falsi allarmi ≤ ${percentText(config.fdr, 'it')}).`,
        en: `More projects than institutions of its region and grade expect for its students: ${numberText(beyond.observed, 'en', 0)} against ${numberText(beyond.expected, 'en', 1)} expected, beyond chance (expected share of false flags ≤ ${percentText(config.fdr, 'en')}).`,
      });
    models.set(institution.code, { code: institution.code, reasons });
  }
  return { models, heldBack };
}
