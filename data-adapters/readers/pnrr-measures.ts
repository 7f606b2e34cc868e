/**
 * PNRR measures, as the PA digitale 2026 exports name them in their `misura`
 * and `avviso` columns ("1.4.1 Esperienza del cittadino nei servizi pubblici",
 * "1.2 Abilitazione e facilitazione migrazione al Cloud"). Every measure is its
 * own programme, with its own source and metrics, unless the config maps
 * measures to programmes (`fundingMeasures`). The measure is read from each
 * row, never assumed from the file.
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';

export interface MeasureMapping {
  /** The programme id the measure's grants count under ("pnrr-websites"). */
  programme: string;
  label?: LocalizedText;
}

export interface FundingProgramme {
  id: string;
  label: LocalizedText;
  /** The PNRR measures it gathers (none for the generic funding CSV). */
  measures: string[];
}

/** What the agency's schools know these measures as. */
const KNOWN_MEASURES: Record<string, LocalizedText> = {
  '1.2': { it: 'PNRR 1.2, migrazione al cloud delle scuole', en: 'PNRR 1.2, school cloud migration' },
  '1.3.1': { it: 'PNRR 1.3.1, piattaforma digitale nazionale dati', en: 'PNRR 1.3.1, national data platform' },
  '1.4.1': { it: 'PNRR 1.4.1, siti web delle scuole', en: 'PNRR 1.4.1, school websites' },
  '1.4.3': { it: 'PNRR 1.4.3, pagoPA e app IO', en: 'PNRR 1.4.3, pagoPA and the IO app' },
  '1.4.4': { it: 'PNRR 1.4.4, SPID e CIE', en: 'PNRR 1.4.4, SPID and CIE' },
  '1.4.5': { it: 'PNRR 1.4.5, notifiche digitali', en: 'PNRR 1.4.5, digital notifications' },
};

const MEASURE = /^\s*(?:misura\s+)?(\d+(?:\.\d+)+)(?=\s|$|[^\d.])/i;

/** The measure number a `misura` or `avviso` cell starts with ("1.4.1"), or null. */
export function measureOf(cell: string | null | undefined): string | null {
  return MEASURE.exec(cell ?? '')?.[1] ?? null;
}

/** The measure of a row: from `misura` and `avviso`, which must agree when both name one. */
export function rowMeasure(
  misura: string | null | undefined,
  avviso: string | null | undefined,
): { measure: string } | { problem: string } {
  const fromMisura = measureOf(misura);
  const fromAvviso = measureOf(avviso);
  if (fromMisura && fromAvviso && fromMisura !== fromAvviso) return { problem: 'misura and avviso name different PNRR measures' };
  const measure = fromMisura ?? fromAvviso;
  return measure ? { measure } : { problem: 'no PNRR measure in misura or avviso' };
}

/** The programme a measure counts under: the config's mapping, else its own ("pnrr-141"). */
export function programmeOfMeasure(
  measure: string,
  misura: string | null,
  mappings: Readonly<Record<string, MeasureMapping>>,
): FundingProgramme {
  const mapped = mappings[measure];
  const own = KNOWN_MEASURES[measure] ?? {
    it: `PNRR ${measure}${misura ? `, ${misura.replace(MEASURE, '').trim()}` : ''}`,
    en: `PNRR ${measure}${misura ? `, ${misura.replace(MEASURE, '').trim()}` : ''}`,
  };
  return { id: mapped?.programme ?? `pnrr-${measure.replace(/\./g, '')}`, label: mapped?.label ?? own, measures: [measure] };
}
