/**
 * The sources of a build, with licence and attribution, as the contract carries
 * them. Which sources appear depends on the inputs given; participation inputs
 * made by `synthesize` are marked synthetic.
 */
import type { Source } from '../../src/contract/contract.types.js';
import type { FundingLine } from '../aggregate/metrics.js';
import type { FundingResult } from '../readers/funding.js';

export const SOURCE_IDS = {
  registry: 'mim-anagrafe',
  limits: 'istat-limits',
  students: 'mim-studenti',
  etwinning: 'etwinning',
  erasmus: 'erasmus',
  /** The generic funding CSV (PNRR measures are each their own source, named by their programme). */
  funding: 'funding',
  /** The funding totals when several programmes add up. */
  fundingTotal: 'finanziamenti-nazionali',
  /** Activity as the build derives it from the participation inputs. */
  participation: 'scuole-europa-attivita',
} as const;

/** A funding source: a PNRR measure's export, or the agency's generic CSV. */
export interface FundingSource {
  id: string;
  /** The PNRR measures it gathers; empty for the generic CSV. */
  measures: string[];
}

/**
 * The funding programmes of the build with their sources: each PNRR programme
 * is its own source (its measures named); generic programmes share one.
 */
export function fundingLinesOf(results: readonly FundingResult[]): { lines: FundingLine[]; sources: FundingSource[] } {
  const lines = new Map<string, FundingLine>();
  const sources = new Map<string, FundingSource>();
  for (const result of results)
    for (const programme of result.programmes.values()) {
      const source = result.pnrr ? programme.id : SOURCE_IDS.funding;
      lines.set(programme.id, { id: programme.id, label: programme.label, source });
      const entry = sources.get(source) ?? { id: source, measures: [] };
      for (const measure of programme.measures) if (!entry.measures.includes(measure)) entry.measures.push(measure);
      sources.set(source, entry);
    }
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { lines: [...lines.values()].sort(byId), sources: [...sources.values()].sort(byId) };
}

export function buildSources(options: {
  registryFiles: string[];
  students: boolean;
  funding: readonly FundingSource[];
  etwinning: boolean | 'synthetic';
  erasmus: boolean | 'synthetic';
  /** Survey waves: one source each (`survey-{wave}`). */
  surveys?: readonly { wave: string; title: string; synthetic: boolean }[];
}): Source[] {
  const sources: Source[] = [
    {
      id: SOURCE_IDS.registry,
      name: `MIM, Anagrafe delle scuole (${options.registryFiles.map((file) => file.split('/').pop()).join(', ')})`,
      url: 'https://dati.istruzione.it/opendata/',
      licence: 'IODL 2.0',
      attribution: "Ministero dell'Istruzione e del Merito",
      synthetic: false,
    },
    {
      id: SOURCE_IDS.limits,
      name: 'ISTAT, confini delle unità amministrative (giugno 2023), via openpolis geojson-italy',
      url: 'https://github.com/openpolis/geojson-italy',
      licence: 'CC BY 4.0',
      attribution: 'ISTAT; openpolis',
      synthetic: false,
    },
  ];
  if (options.students)
    sources.push({
      id: SOURCE_IDS.students,
      name: 'Studenti per scuola 2024/25 (dati MIM, raccolti da UAAR dati-no-irc)',
      url: 'https://github.com/UnioneAteiAgnosticiRazionalisti/dati-no-irc',
      licence: 'CC BY',
      attribution: "Ministero dell'Istruzione e del Merito; UAAR",
      synthetic: false,
    });
  for (const funding of options.funding)
    sources.push(
      funding.measures.length === 0
        ? {
            id: funding.id,
            name: 'Finanziamenti nazionali (esportazione fornita dai gestori dei programmi)',
            url: null,
            licence: 'as provided by the national agency',
            attribution: 'Programme managers',
            synthetic: false,
          }
        : {
            id: funding.id,
            name: `PA digitale 2026, candidature finanziate misura ${funding.measures.join(' e ')} (scuole)`,
            url: 'https://github.com/teamdigitale/padigitale2026-opendata',
            licence: 'CC BY 4.0',
            attribution: 'Dipartimento per la trasformazione digitale',
            synthetic: false,
          },
    );
  if (options.funding.length > 1)
    sources.push({
      id: SOURCE_IDS.fundingTotal,
      name: `Finanziamenti nazionali, somma delle fonti ${options.funding.map((f) => f.id).join(', ')}`,
      url: null,
      licence: 'as the sources it derives from',
      attribution: 'scuole-europa',
      synthetic: false,
    });
  const participation = (id: string, label: string, kind: boolean | 'synthetic') =>
    kind === 'synthetic'
      ? {
          id,
          name: `${label}: dati sintetici generati dal modello documentato di scuole-europa`,
          url: null,
          licence: 'CC0 1.0',
          attribution: 'scuole-europa (modello sintetico, non dati reali)',
          synthetic: true,
          description: {
            it: 'Non esistono dati pubblici per scuola: valori generati da un modello con seme, calibrato sulle statistiche nazionali pubblicate da INDIRE.',
            en: 'No public per-school data exists: values generated by a seeded model calibrated on the national statistics published by INDIRE.',
          },
        }
      : {
          id,
          name: `${label}: esportazione dell'Agenzia nazionale`,
          url: null,
          licence: 'as provided by the national agency',
          attribution: 'INDIRE, Agenzia nazionale Erasmus+',
          synthetic: false,
        };
  if (options.etwinning) sources.push(participation(SOURCE_IDS.etwinning, 'eTwinning', options.etwinning));
  if (options.erasmus) sources.push(participation(SOURCE_IDS.erasmus, 'Erasmus+', options.erasmus));
  // "Active" is derived from the inputs above: synthetic as soon as one of them is.
  const derivedSynthetic = options.etwinning === 'synthetic' || options.erasmus === 'synthetic';
  sources.push({
    id: SOURCE_IDS.participation,
    name: `Istituzioni attive, derivate da eTwinning, Erasmus+, finanziamenti di internazionalizzazione${derivedSynthetic ? ' (in parte sintetici)' : ''}`,
    url: null,
    licence: derivedSynthetic ? 'CC0 1.0' : 'as the sources it derives from',
    attribution: 'scuole-europa',
    synthetic: derivedSynthetic,
    ...(derivedSynthetic && {
      description: {
        it: 'Calcolato dai dati eTwinning ed Erasmus+, che qui sono sintetici: anche questo valore è sintetico.',
        en: 'Computed from the eTwinning and Erasmus+ data, which are synthetic here: this value is synthetic too.',
      },
    }),
  });
  for (const survey of options.surveys ?? [])
    sources.push(
      survey.synthetic
        ? {
            id: `survey-${survey.wave}`,
            name: `${survey.title}: risposte sintetiche generate dal modello documentato di scuole-europa`,
            url: null,
            licence: 'CC0 1.0',
            attribution: 'scuole-europa (modello sintetico, non dati reali)',
            synthetic: true,
            description: {
              it: "Nessuna indagine reale dell'osservatorio è pubblica: risposte generate da un modello con seme (data-adapters/synth/survey-model.ts).",
              en: 'No real survey of the observatory is public: responses generated by a seeded model (data-adapters/synth/survey-model.ts).',
            },
          }
        : {
            id: `survey-${survey.wave}`,
            name: `${survey.title}: risposte delle istituzioni scolastiche`,
            url: null,
            licence: 'as provided by the national agency',
            attribution: "Osservatorio sull'internazionalizzazione delle scuole",
            synthetic: false,
          },
    );
  return sources;
}
