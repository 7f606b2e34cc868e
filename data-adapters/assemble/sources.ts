/**
 * The sources of a build, with licence and attribution, as the contract carries
 * them. Which sources appear depends on the inputs given; participation inputs
 * made by `synthesize` are marked synthetic.
 */
import type { Source } from '../../src/contract/contract.types.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
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

/** One text in each language. */
interface Texts {
  it: string;
  en: string;
}

/**
 * A source as the contract carries it: its name, licence and attribution in
 * both languages (`localized`), and the Italian ones again in the fields that
 * readers of older contracts show.
 */
function source(
  fields: Pick<Source, 'id' | 'url' | 'synthetic' | 'description'>,
  name: Texts,
  licence: Texts | string,
  attribution: Texts | string,
): Source {
  const both = (text: Texts | string): Texts => (typeof text === 'string' ? { it: text, en: text } : text);
  const localized = { name, licence: both(licence), attribution: both(attribution) };
  return {
    id: fields.id,
    name: name.it,
    url: fields.url,
    licence: localized.licence.it,
    attribution: localized.attribution.it,
    synthetic: fields.synthetic,
    ...(fields.description && { description: fields.description }),
    localized,
  };
}

const AS_PROVIDED: Texts = { it: "come indicato dall'Agenzia nazionale", en: 'as provided by the national agency' };
const AS_DERIVED: Texts = { it: 'come le fonti da cui deriva', en: 'as the sources it derives from' };
const SYNTHETIC_MODEL: Texts = {
  it: 'scuole-europa (modello sintetico, non dati reali)',
  en: 'scuole-europa (synthetic model, not real data)',
};
const MINISTRY = "Ministero dell'Istruzione e del Merito";

export function buildSources(options: {
  registryFiles: string[];
  /** The students file, with the school year it counts when known. */
  students: { year: number | null } | null;
  funding: readonly FundingSource[];
  etwinning: boolean | 'synthetic';
  erasmus: boolean | 'synthetic';
  /** Survey waves: one source each (`survey-{wave}`). */
  surveys?: readonly { wave: string; title: Texts; synthetic: boolean }[];
}): Source[] {
  const files = options.registryFiles.map((file) => file.split('/').pop()).join(', ');
  const sources: Source[] = [
    source(
      { id: SOURCE_IDS.registry, url: 'https://dati.istruzione.it/opendata/', synthetic: false },
      { it: `MIM, Anagrafe delle scuole (${files})`, en: `MIM, school registry (${files})` },
      'IODL 2.0',
      MINISTRY,
    ),
    source(
      { id: SOURCE_IDS.limits, url: 'https://github.com/openpolis/geojson-italy', synthetic: false },
      {
        it: 'ISTAT, confini delle unità amministrative (giugno 2023), via openpolis geojson-italy',
        en: 'ISTAT, administrative boundaries (June 2023), via openpolis geojson-italy',
      },
      'CC BY 4.0',
      'ISTAT; openpolis',
    ),
  ];
  // Named with the school year it counts (it read "2024/25" whatever file was given), or none when unknown.
  const counted = options.students?.year == null ? '' : ` ${formatSchoolYear(options.students.year)}`;
  if (options.students)
    sources.push(
      source(
        { id: SOURCE_IDS.students, url: 'https://github.com/UnioneAteiAgnosticiRazionalisti/dati-no-irc', synthetic: false },
        {
          it: `Studenti per scuola${counted} (dati MIM, raccolti da UAAR dati-no-irc)`,
          en: `Students per school${counted} (MIM data, collected by UAAR dati-no-irc)`,
        },
        'CC BY',
        `${MINISTRY}; UAAR`,
      ),
    );
  for (const funding of options.funding)
    sources.push(
      funding.measures.length === 0
        ? source(
            { id: funding.id, url: null, synthetic: false },
            {
              it: 'Finanziamenti nazionali (esportazione fornita dai gestori dei programmi)',
              en: 'National funding (export provided by the programme managers)',
            },
            AS_PROVIDED,
            { it: 'Gestori dei programmi', en: 'Programme managers' },
          )
        : source(
            { id: funding.id, url: 'https://github.com/teamdigitale/padigitale2026-opendata', synthetic: false },
            {
              it: `PA digitale 2026, candidature finanziate misura ${funding.measures.join(' e ')} (scuole)`,
              en: `PA digitale 2026, funded applications for measure ${funding.measures.join(' and ')} (schools)`,
            },
            'CC BY 4.0',
            'Dipartimento per la trasformazione digitale',
          ),
    );
  if (options.funding.length > 1) {
    const ids = options.funding.map((f) => f.id).join(', ');
    sources.push(
      source(
        { id: SOURCE_IDS.fundingTotal, url: null, synthetic: false },
        { it: `Finanziamenti nazionali, somma delle fonti ${ids}`, en: `National funding, the sum of the sources ${ids}` },
        AS_DERIVED,
        'scuole-europa',
      ),
    );
  }
  const participation = (id: string, label: string, kind: boolean | 'synthetic') =>
    kind === 'synthetic'
      ? source(
          {
            id,
            url: null,
            synthetic: true,
            description: {
              it: 'Non esistono dati pubblici per scuola: valori generati da un modello con seme, calibrato sulle statistiche nazionali pubblicate da INDIRE.',
              en: 'No public per-school data exists: values generated by a seeded model calibrated on the national statistics published by INDIRE.',
            },
          },
          {
            it: `${label}: dati sintetici generati dal modello documentato di scuole-europa`,
            en: `${label}: synthetic data generated by the documented model of scuole-europa`,
          },
          'CC0 1.0',
          SYNTHETIC_MODEL,
        )
      : source(
          { id, url: null, synthetic: false },
          { it: `${label}: esportazione dell'Agenzia nazionale`, en: `${label}: export of the National Agency` },
          AS_PROVIDED,
          'INDIRE, Agenzia nazionale Erasmus+',
        );
  if (options.etwinning) sources.push(participation(SOURCE_IDS.etwinning, 'eTwinning', options.etwinning));
  if (options.erasmus) sources.push(participation(SOURCE_IDS.erasmus, 'Erasmus+', options.erasmus));
  // "Active" is derived from the inputs above: synthetic as soon as one of them is.
  const derivedSynthetic = options.etwinning === 'synthetic' || options.erasmus === 'synthetic';
  sources.push(
    source(
      {
        id: SOURCE_IDS.participation,
        url: null,
        synthetic: derivedSynthetic,
        ...(derivedSynthetic && {
          description: {
            it: 'Calcolato dai dati eTwinning ed Erasmus+, che qui sono sintetici: anche questo valore è sintetico.',
            en: 'Computed from the eTwinning and Erasmus+ data, which are synthetic here: this value is synthetic too.',
          },
        }),
      },
      {
        it: `Istituzioni attive, derivate da eTwinning, Erasmus+, finanziamenti di internazionalizzazione${derivedSynthetic ? ' (in parte sintetici)' : ''}`,
        en: `Active institutions, derived from eTwinning, Erasmus+ and internationalisation funding${derivedSynthetic ? ' (partly synthetic)' : ''}`,
      },
      derivedSynthetic ? 'CC0 1.0' : AS_DERIVED,
      'scuole-europa',
    ),
  );
  for (const survey of options.surveys ?? [])
    sources.push(
      survey.synthetic
        ? source(
            {
              id: `survey-${survey.wave}`,
              url: null,
              synthetic: true,
              description: {
                it: "Nessuna indagine reale dell'osservatorio è pubblica: risposte generate da un modello con seme (data-adapters/synth/survey-model.ts).",
                en: 'No real survey of the observatory is public: responses generated by a seeded model (data-adapters/synth/survey-model.ts).',
              },
            },
            {
              it: `${survey.title.it}: risposte sintetiche generate dal modello documentato di scuole-europa`,
              en: `${survey.title.en}: synthetic responses generated by the documented model of scuole-europa`,
            },
            'CC0 1.0',
            SYNTHETIC_MODEL,
          )
        : source(
            { id: `survey-${survey.wave}`, url: null, synthetic: false },
            {
              it: `${survey.title.it}: risposte delle istituzioni scolastiche`,
              en: `${survey.title.en}: responses of the school institutions`,
            },
            AS_PROVIDED,
            { it: "Osservatorio sull'internazionalizzazione delle scuole", en: 'Observatory of the internationalisation of schools' },
          ),
    );
  return sources;
}
