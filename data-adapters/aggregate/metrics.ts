/**
 * The metrics of the contract: each defined once (labels, unit, programme,
 * source, direction, aggregation, allowed normalisations) with how to read it
 * from one institution's year. Counts of institutions (accredited, with a School
 * Label, active) are per institution, so areas sum them.
 */
import type { MetricDefinition } from '../../src/contract/contract.types.js';
import { participationReader } from '../../src/contract/participation.js';
import { BuildError } from '../report/build-error.js';
import type { InstitutionYear } from './institutions.js';

export interface MetricSpec {
  definition: MetricDefinition;
  read: (year: InstitutionYear) => number;
}

const t = (it: string, en: string) => ({ it, en });

/** The shared reader of a metric: one definition for the adapters and the elements. */
function read(id: string): MetricSpec['read'] {
  const reader = participationReader(id);
  if (!reader)
    throw new BuildError({
      it: `nessun lettore di partecipazione per la metrica ${id}`,
      en: `no participation reader for the metric ${id}`,
    });
  return reader;
}

/** One funding programme of the build (a PNRR measure, a generic programme), with its own source. */
export interface FundingLine {
  id: string;
  label: { it: string; en: string };
  source: string;
}

export interface MetricSources {
  etwinning: string;
  erasmus: string;
  /** The funding programmes read (none: the generic label, for a build without funding). */
  fundingLines: readonly FundingLine[];
  /** The source of the funding totals when several programmes add up (derived). */
  fundingTotal: string;
  /** The source of `participation.active`, derived from the participation inputs (synthetic when they are). */
  participation: string;
  /** Whether any funding counts as internationalisation (else it is context). */
  fundingCounts?: boolean;
}

export function metricSpecs(sources: MetricSources): MetricSpec[] {
  const lines = sources.fundingLines;
  const several = lines.length > 1;
  const fundingName =
    lines.length === 1
      ? lines[0]!.label
      : several
        ? t(
            `Finanziamenti nazionali, tutte le misure (${lines.map((l) => l.label.it).join('; ')})`,
            `National funding, all measures (${lines.map((l) => l.label.en).join('; ')})`,
          )
        : t('Finanziamenti nazionali', 'National funding');
  const fundingSource = lines.length === 1 ? lines[0]!.source : sources.fundingTotal;
  const context = sources.fundingCounts === false;
  const fundingNote = context
    ? t(
        " Dato di contesto: non conta come internazionalizzazione (né nell'indice né tra le istituzioni attive).",
        ' Context only: it does not count as internationalisation (neither in the index nor among active institutions).',
      )
    : t('', '');
  /**
   * A summed metric read by its shared reader; a count of institutions (not of
   * projects or people) is not per student, and per institution it is a share.
   */
  const metric = (
    id: string,
    label: ReturnType<typeof t>,
    description: ReturnType<typeof t>,
    programme: string,
    source: string,
    { unit = 'count', ofInstitutions = false }: { unit?: 'count' | 'eur'; ofInstitutions?: boolean } = {},
  ): MetricSpec => ({
    definition: {
      id,
      label,
      description,
      unit,
      programme,
      source,
      higherIsBetter: true,
      aggregation: 'sum',
      normalisations: ofInstitutions ? ['perSchool'] : ['perSchool', 'per1000Students'],
      ...(ofInstitutions ? { counts: 'institutions' as const } : {}),
    },
    read: read(id),
  });
  const fundingMetrics = (prefix: string, name: ReturnType<typeof t>, source: string) => [
    metric(
      `${prefix}.projects`,
      t(`Progetti finanziati: ${name.it}`, `Funded projects: ${name.en}`),
      t(`Progetti finanziati (${name.it}).${fundingNote.it}`, `Funded projects (${name.en}).${fundingNote.en}`),
      'funding',
      source,
    ),
    metric(
      `${prefix}.amount`,
      t(`Finanziamenti: ${name.it}`, `Funding: ${name.en}`),
      t(`Importi finanziati, in euro (${name.it}).${fundingNote.it}`, `Amounts funded, in euro (${name.en}).${fundingNote.en}`),
      'funding',
      source,
      { unit: 'eur' },
    ),
  ];
  return [
    metric(
      'participation.active',
      t('Istituzioni attive', 'Active institutions'),
      t(
        "Istituzioni con almeno un progetto, un riconoscimento o un finanziamento di internazionalizzazione nell'anno",
        'Institutions with at least one project, award or internationalisation grant in the year',
      ),
      'all',
      sources.participation,
      { ofInstitutions: true },
    ),
    // Active in one programme: what a dashboard shows when a programme is chosen (see <linked-view>'s `programme`).
    metric(
      'etwinning.active',
      t('Istituzioni attive in eTwinning', 'Institutions active in eTwinning'),
      t(
        "Istituzioni con almeno un progetto eTwinning, un certificato di qualità o il riconoscimento di Scuola eTwinning nell'anno",
        'Institutions with at least one eTwinning project, Quality Label or the School Label in the year',
      ),
      'etwinning',
      sources.etwinning,
      { ofInstitutions: true },
    ),
    metric(
      'erasmus.active',
      t('Istituzioni attive in Erasmus+', 'Institutions active in Erasmus+'),
      t(
        "Istituzioni accreditate o con almeno un progetto KA1 o KA2 nell'anno",
        'Institutions accredited or with at least one KA1 or KA2 project in the year',
      ),
      'erasmus',
      sources.erasmus,
      { ofInstitutions: true },
    ),
    metric(
      'funding.active',
      t('Istituzioni con finanziamenti', 'Institutions with funding'),
      t(
        `Istituzioni con almeno un progetto finanziato nell'anno (${fundingName.it}).${fundingNote.it}`,
        `Institutions with at least one funded project in the year (${fundingName.en}).${fundingNote.en}`,
      ),
      'funding',
      fundingSource,
      { ofInstitutions: true },
    ),
    metric(
      'etwinning.teachers',
      t('Docenti registrati eTwinning', 'Teachers registered in eTwinning'),
      t('Docenti iscritti alla piattaforma, totale a fine anno', 'Teachers registered on the platform, total at year end'),
      'etwinning',
      sources.etwinning,
    ),
    metric(
      'etwinning.projects',
      t('Progetti eTwinning', 'eTwinning projects'),
      t("Nuovi progetti avviati nell'anno", 'New projects started in the year'),
      'etwinning',
      sources.etwinning,
    ),
    metric(
      'etwinning.quality-labels',
      t('Certificati di qualità eTwinning', 'eTwinning Quality Labels'),
      t("Certificati nazionali di qualità ottenuti nell'anno", 'National Quality Labels awarded in the year'),
      'etwinning',
      sources.etwinning,
    ),
    metric(
      'etwinning.school-label',
      t('Scuole eTwinning', 'eTwinning Schools'),
      t('Istituzioni con il riconoscimento di Scuola eTwinning', 'Institutions holding the eTwinning School Label'),
      'etwinning',
      sources.etwinning,
      { ofInstitutions: true },
    ),
    metric(
      'erasmus.accredited',
      t('Istituzioni accreditate Erasmus+', 'Erasmus+ accredited institutions'),
      t('Istituzioni con accreditamento Erasmus+ nel settore scuola', 'Institutions holding an Erasmus+ accreditation for schools'),
      'erasmus',
      sources.erasmus,
      { ofInstitutions: true },
    ),
    metric(
      'erasmus.ka1',
      t('Progetti Erasmus+ KA1', 'Erasmus+ KA1 projects'),
      t('Progetti di mobilità (KA1) approvati', 'Mobility projects (KA1) approved'),
      'erasmus',
      sources.erasmus,
    ),
    metric(
      'erasmus.ka2',
      t('Progetti Erasmus+ KA2', 'Erasmus+ KA2 projects'),
      t('Partenariati (KA2) approvati', 'Partnerships (KA2) approved'),
      'erasmus',
      sources.erasmus,
    ),
    metric(
      'erasmus.participants',
      t('Partecipanti Erasmus+', 'Erasmus+ participants'),
      t('Studenti e personale in mobilità', 'Students and staff on mobility'),
      'erasmus',
      sources.erasmus,
    ),
    metric(
      'erasmus.grant',
      t('Contributi Erasmus+', 'Erasmus+ grants'),
      t('Contributi approvati, in euro', 'Approved grants, in euro'),
      'erasmus',
      sources.erasmus,
      { unit: 'eur' },
    ),
    ...fundingMetrics('funding', fundingName, fundingSource),
    // Several programmes: each also has its own metrics and source, so that no measure's euros pass for another's.
    ...(several ? lines.flatMap((line) => fundingMetrics(`funding.${line.id}`, line.label, line.source)) : []),
  ];
}
