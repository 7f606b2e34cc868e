/**
 * Turns the computed model into the documents of the contract: the national
 * index, one shard per region, one per school code (plessi and institutions).
 * Everything is built in a fixed order so the same inputs give the same bytes.
 */
import type {
  LocalizedText,
  NationalIndex,
  RankInterval,
  RegionShard,
  SchoolShard,
  SchoolSummary,
} from '../../src/contract/contract.types.js';
import { CONTRACT_VERSION } from '../../src/contract/version.js';
import { officeOf } from '../aggregate/allocation.js';
import type { AreaKey, AreaTotals } from '../aggregate/areas.js';
import type { Institution } from '../aggregate/institutions.js';
import { PILLARS } from '../config.js';
import { PILLAR_TEXT, roundedWeights } from './pillar-text.js';
import { mentorsMethod } from './mentors-method.js';
import { shadowZonesMethod } from './shadow-method.js';
import { percentText } from '../text/number-text.js';
import { explainScore, surveyAnswers } from '../indicators/index-explanation.js';
import type { BuildModel } from './build-model.js';
import { FILE_LAYOUT } from '../../src/contract/file-layout.js';
import { activeInReference, institutionTallies } from './institution-tallies.js';
import { surveysOfInstitution } from './survey-answers.js';
import {
  activityOfInstitution,
  comuneContextOf,
  menteesOf,
  mentorLinksOf,
  nationalBreakdown,
  studentsEstimateOf,
} from './institution-details.js';
import type { SchoolRecord } from '../readers/registry.js';

export type { BuildModel } from './build-model.js';

const t = (it: string, en: string): LocalizedText => ({ it, en });
export const header = (model: BuildModel) => ({
  contract: CONTRACT_VERSION,
  generatedAt: model.generatedAt,
  release: model.release,
  synthetic: model.synthetic,
});
const EMPTY: AreaTotals = { schools: 0, institutions: 0, institutionShare: 0, students: null, values: {} };

export function areaFields(model: BuildModel, key: AreaKey, name: string) {
  const totals = model.areas.get(key) ?? EMPTY;
  const values: Record<string, (number | null)[]> = {};
  for (const metric of model.metrics) values[metric.definition.id] = totals.values[metric.definition.id] ?? model.years.map(() => null);
  return {
    name,
    schools: totals.schools,
    institutions: totals.institutions,
    institutionShare: totals.institutionShare,
    students: totals.students,
    values,
  };
}

export function assembleIndex(model: BuildModel): NationalIndex {
  const { config, index } = model;
  const lastYear = model.years.at(-1)!;
  const tallies = institutionTallies(model, 'region');
  const { survey, ...shardTemplates } = FILE_LAYOUT.shards;
  return {
    ...header(model),
    kind: 'index',
    title: t("L'internazionalizzazione delle scuole italiane", 'The internationalisation of Italian schools'),
    sources: model.sources,
    years: model.years,
    ...(model.studentsYear !== null && { studentsYear: model.studentsYear }),
    programmes: model.programmes,
    metrics: model.metrics.map((metric) => metric.definition),
    methods: {
      index: {
        id: 'indice-internazionalizzazione',
        version: '2.0',
        label: t('Indice di internazionalizzazione', 'Internationalisation index'),
        description: t(
          `Indicatore composito da 0 a 100 per istituzione (i plessi confluiscono nella loro istituzione), costruito secondo il manuale OCSE/JRC: solo attività degli anni ${index.context.referenceYears[0]}-${lastYear} (0 senza attività), progetti per 1.000 studenti, normalizzati come rango percentile medio tra le istituzioni con un valore positivo, aggregati in pilastri e poi con media ${config.index.aggregation === 'arithmetic' ? 'aritmetica' : 'geometrica'} pesata. ${model.available.has('funding') ? '' : 'Nessuna linea di finanziamento conta come internazionalizzazione: il pilastro dei finanziamenti è escluso e il suo peso ripartito sugli altri. '}${model.available.has('survey') ? "Il pilastro dell'indagine conta le risposte delle istituzioni attive che hanno risposto; per le altre il suo peso va agli altri pilastri. " : ''}Ogni istituzione ha una fascia (decile tra le istituzioni attive) e l'intervallo della sua posizione in ${config.uncertainty.runs} simulazioni con pesi, normalizzazioni e aggregazioni diverse.`,
          `Composite indicator from 0 to 100 per institution (plessi are rolled up into their institution), built following the OECD/JRC Handbook: activity in ${index.context.referenceYears[0]}-${lastYear} only (0 without activity), projects per 1,000 students, normalised as mid-rank percentiles among institutions with a positive value, aggregated into pillars, then by weighted ${config.index.aggregation} mean. ${model.available.has('funding') ? '' : 'No funding line counts as internationalisation: the funding pillar is left out and its weight spread over the others. '}${model.available.has('survey') ? 'The survey pillar counts the answers of the active institutions that answered; for the others its weight goes to the other pillars. ' : ''}Each institution has a band (decile among institutions with activity) and the interval of its rank over ${config.uncertainty.runs} runs with other weights, normalisations and aggregations.`,
        ),
        unit: 'institution',
        normalisation: 'percentile-rank',
        aggregation: config.index.aggregation,
        referenceYears: index.context.referenceYears,
        pillars: PILLARS.filter((pillar) => model.available.has(pillar)).map((pillar) => ({
          id: pillar,
          label: PILLAR_TEXT[pillar][0],
          description: PILLAR_TEXT[pillar][1],
          weight: roundedWeights(index.weights)[pillar],
          indicators: index.indicators
            .filter((indicator) => indicator.pillar === pillar)
            .map((indicator) => ({
              id: indicator.id,
              label: indicator.label,
              weight: indicator.weight,
            })),
        })),
        parameters: {
          continuityYears: config.index.continuityYears,
          referenceYears: config.index.referenceYears,
          missingStudents:
            "imputed and flagged as studentsImputed: the grade group's median where no plesso is counted; each plesso without a count beside counted ones, the median of the counted plessi of its registry grade; a kind of plesso the file counts none of (evening courses, prison and hospital sections) adds none",
          uncertaintyRuns: config.uncertainty.runs,
          fundingPillar: model.available.has('funding')
            ? 'configured internationalisation funding lines'
            : 'left out: no funding line counts as internationalisation',
          ...(model.available.has('survey') && {
            surveyPillar: `answers to the survey waves ${index.context.surveyWaves.join(', ')}, for active institutions that answered; the others are scored on the other pillars, the weights rescaled`,
          }),
        },
      },
      roleModels: {
        label: t('Scuole virtuose', 'Role-model schools'),
        description: t(
          `Istituzioni nel primo ${percentText(config.roleModels.nationalTopShare, 'it')} nazionale o nel primo ${percentText(config.roleModels.regionalTopShare, 'it')} della regione per indice, che vi restano in almeno il ${percentText(config.roleModels.robustShare, 'it')} delle ${config.uncertainty.runs} simulazioni dell'analisi di incertezza (pesi, normalizzazione, aggregazione), attive in almeno ${config.roleModels.minActiveYears} degli ultimi ${config.index.continuityYears} anni, con qualità riconosciuta (certificato di qualità o Scuola eTwinning, accreditamento Erasmus+) e più progetti eTwinning ed Erasmus+ di quanti se ne attendono per i loro studenti dalle istituzioni della loro regione e del loro ciclo, oltre il caso (test di Poisson; quota attesa di falsi allarmi ≤ ${percentText(config.roleModels.fdr, 'it')}, Benjamini–Hochberg).`,
          `Institutions in the national top ${percentText(config.roleModels.nationalTopShare, 'en')} or the regional top ${percentText(config.roleModels.regionalTopShare, 'en')} by index, staying there in at least ${percentText(config.roleModels.robustShare, 'en')} of the ${config.uncertainty.runs} runs of the uncertainty analysis (weights, normalisation, aggregation), active in at least ${config.roleModels.minActiveYears} of the last ${config.index.continuityYears} years, with recognised quality (eTwinning Quality Label or School Label, Erasmus+ accreditation), and starting more eTwinning and Erasmus+ projects than institutions of their region and grade expect for their students, beyond chance (a Poisson test; expected share of false flags ≤ ${percentText(config.roleModels.fdr, 'en')}, Benjamini–Hochberg).`,
        ),
        parameters: { ...config.roleModels },
      },
      shadowZones: shadowZonesMethod(config.shadowZones, model.shadowLevels, index.context.referenceYears),
      mentors: mentorsMethod(config.mentors, index.context.referenceYears),
    },
    annotations: [
      { kind: 'period', from: 2014, to: 2020, label: t('Erasmus+ 2014-2020', 'Erasmus+ 2014-2020') },
      { kind: 'period', from: 2021, to: 2027, label: t('Erasmus+ 2021-2027', 'Erasmus+ 2021-2027') },
      { kind: 'event', from: 2020, to: 2020, label: t('Pandemia: mobilità sospese', 'Pandemic: mobility suspended') },
    ],
    // Where the build writes each file (src/contract/file-layout.ts): the surveys' only when there are some.
    shards: { ...shardTemplates, ...(model.surveys.length > 0 && { survey }) },
    geometry: { projection: model.layers.projection, ...FILE_LAYOUT.geometry },
    nation: { code: 'IT', ...areaFields(model, 'nation', 'Italia') },
    regions: [...model.limits.regions.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((region) => ({
        code: region.code,
        ...areaFields(model, `region:${region.code}`, region.name),
        ...(model.regionDispersions.has(region.code) && { dispersion: model.regionDispersions.get(region.code)! }),
        tally: tallies.get(region.code) ?? { active: 0, roleModels: 0 },
      })),
    provinceRegions: Object.fromEntries(
      [...model.limits.provinces.values()].sort((a, b) => a.code.localeCompare(b.code)).map((p) => [p.code, p.region]),
    ),
    ...(model.context && { breakdown: nationalBreakdown(model) }),
    areaLevels: ['comuni', 'provinces'],
    ...(model.surveys.length > 0 && {
      surveys: model.surveys.map(({ questionnaire: q }) => ({ id: q.wave, schoolYear: q.schoolYear, title: q.title })),
    }),
  };
}

/** An institution's 5–95% rank intervals over the uncertainty analysis's runs; null without activity (no band). */
function rankIntervalOf(model: BuildModel, code: string): RankInterval | null {
  const ranks = model.uncertainty?.byCode.get(code);
  return ranks && ranks.band !== null ? { nation: ranks.nation, region: ranks.region, runs: model.uncertainty!.runs } : null;
}

function summary(
  model: BuildModel,
  code: string,
  name: string,
  grade: string,
  institution: Institution,
  comune: string | null,
): SchoolSummary {
  const result = model.index.results.get(institution.code)!;
  const active = activeInReference(model, institution);
  const row: SchoolSummary = {
    code,
    name,
    institution: institution.code,
    comune,
    grade,
    gradeGroup: institution.plessi.find((p) => p.code === code)?.gradeGroup ?? institution.gradeGroup,
    kind: institution.kind,
    index: result.score,
    band: model.uncertainty?.byCode.get(institution.code)?.band ?? null,
    roleModel: model.roleModels.has(institution.code),
    active,
  };
  if (code !== institution.code) return row;
  // The institution's own row carries what a list of institutions shows (its plessi share it).
  const seat = institution.seat;
  const mentors = active ? [] : mentorLinksOf(model, institution.code);
  // A role model's rank comes with its interval: the list of role models ranks them.
  const ranks = row.roleModel ? rankIntervalOf(model, institution.code) : null;
  const estimate = studentsEstimateOf(model, institution);
  return {
    ...row,
    students: institution.students,
    studentsImputed: model.index.context.imputed.has(institution.code),
    ...(estimate !== null && { studentsEstimate: estimate }),
    activity: activityOfInstitution(model, institution.code),
    contacts: { email: seat.email, pec: seat.pec, website: seat.website },
    ...(mentors.length > 0 && { mentors }),
    ...(ranks && { rankInterval: ranks }),
  };
}

export function assembleRegion(model: BuildModel, regionCode: string): RegionShard {
  const region = model.limits.regions.get(regionCode)!;
  const provinces = [...model.limits.provinces.values()]
    .filter((p) => p.region === regionCode)
    .sort((a, b) => a.code.localeCompare(b.code));
  const comuni = [...model.limits.comuni.values()].filter((c) => c.region === regionCode).sort((a, b) => a.code.localeCompare(b.code));
  const empty = new Set(model.limits.emptyGeometries);
  const schools: SchoolSummary[] = [];
  for (const institution of model.institutions.values()) {
    if (institution.location.region !== regionCode) continue;
    if (!institution.plessi.some((p) => p.code === institution.code))
      schools.push(summary(model, institution.code, institution.name, institution.grade, institution, institution.location.comune));
    for (const plesso of institution.plessi) {
      const location = model.locations.get(plesso.code)!;
      if (location.region === regionCode)
        schools.push(summary(model, plesso.code, plesso.name, plesso.grade, institution, location.comune));
    }
  }
  // Plessi in this region whose institution sits in another one.
  for (const institution of model.institutions.values()) {
    if (institution.location.region === regionCode) continue;
    for (const plesso of institution.plessi)
      if (model.locations.get(plesso.code)!.region === regionCode)
        schools.push(summary(model, plesso.code, plesso.name, plesso.grade, institution, model.locations.get(plesso.code)!.comune));
  }
  schools.sort((a, b) => a.code.localeCompare(b.code));
  return {
    ...header(model),
    kind: 'region',
    years: model.years,
    region: { code: region.code, name: region.name },
    provinces: provinces.map((p) => ({
      code: p.code,
      acronym: p.acronym,
      region: regionCode,
      ...areaFields(model, `province:${p.code}`, p.name),
      shadow: model.shadow.get(`province:${p.code}`)!,
    })),
    comuni: comuni.map((c) => ({
      code: c.code,
      belfiore: c.belfiore,
      province: c.province,
      ...areaFields(model, `comune:${c.code}`, c.name),
      shadow: model.shadow.get(`comune:${c.code}`)!,
      hasGeometry: !empty.has(c.code),
      ...(model.context && { context: comuneContextOf(model, c.code) }),
    })),
    schools,
  };
}

export function assembleSchool(model: BuildModel, institution: Institution, plesso: SchoolRecord | null): SchoolShard {
  const school = plesso ?? institution.seat;
  const surveys = surveysOfInstitution(model.surveys, institution.code);
  const location = model.locations.get(school.code)!;
  const comune = location.comune ? model.limits.comuni.get(location.comune) : undefined;
  const province = location.province ? model.limits.provinces.get(location.province) : undefined;
  const result = model.index.results.get(institution.code)!;
  const years = [...institution.years.keys()].filter((year) => model.years.includes(year)).sort((a, b) => a - b);
  const role = model.roleModels.get(institution.code);
  const mentors = model.mentors.get(institution.code) ?? [];
  const uncertainty = model.uncertainty?.byCode.get(institution.code);
  const office = officeOf(institution.code, institution.plessi, model.students);
  return {
    ...header(model),
    kind: 'school',
    school: {
      code: plesso ? plesso.code : institution.code,
      name: plesso ? plesso.name : institution.name,
      kind: institution.kind,
      institution: {
        code: institution.code,
        name: institution.name,
        students: institution.students,
        ...(model.predecessors.has(institution.code) && { predecessors: model.predecessors.get(institution.code)! }),
      },
      grade: plesso ? plesso.grade : institution.grade,
      gradeGroup: plesso ? plesso.gradeGroup : institution.gradeGroup,
      address: {
        street: school.street,
        cap: school.cap,
        comune: { code: comune?.code ?? null, name: comune?.name ?? school.comuneName },
        province: { code: province?.code ?? null, acronym: province?.acronym || null, name: province?.name ?? school.provinceName },
        region: { code: location.region, name: model.limits.regions.get(location.region)!.name },
      },
      website: school.website,
      email: school.email,
      pec: school.pec,
      ...(model.context && { context: comuneContextOf(model, comune?.code ?? null) }),
      // The institution's own row (an IC's, an IS's) counts no students of its own in the registry: its profile is the
      // institution's, with the students of all its plessi.
      students: plesso && plesso.code !== institution.code ? (model.students.get(plesso.code) ?? null) : institution.students,
      plessi: institution.plessi.map((p) => ({
        code: p.code,
        name: p.name,
        grade: p.grade,
        gradeGroup: p.gradeGroup,
        comune: model.locations.get(p.code)?.comune ?? null,
        comuneName: p.comuneName,
        ...(p.code === office && { office: true }),
        students: model.students.get(p.code) ?? null,
      })),
    },
    participation: {
      etwinning: years.flatMap((year) => {
        const row = institution.years.get(year)!.etwinning;
        return row ? [{ year, ...row }] : [];
      }),
      erasmus: years.flatMap((year) => {
        const row = institution.years.get(year)!.erasmus;
        return row ? [{ year, ...row, grantEur: Math.round(row.grantEur * 100) / 100, partnerCountries: [...row.partnerCountries] }] : [];
      }),
      funding: years.flatMap((year) =>
        institution.years
          .get(year)!
          .funding.slice()
          .sort((a, b) => a.programme.localeCompare(b.programme) || Number(b.internationalisation) - Number(a.internationalisation))
          .map((f) => ({
            year,
            programme: f.programme,
            label: model.fundingLabels.get(f.programme) ?? t(f.programme, f.programme),
            projects: f.projects,
            amountEur: Math.round(f.amountEur * 100) / 100,
            internationalisation: f.internationalisation,
          })),
      ),
    },
    index: {
      score: result.score,
      rankNation: model.nationRanks.get(institution.code) ?? null,
      rankRegion: model.regionRanks.get(institution.code) ?? null,
      band: uncertainty?.band ?? null,
      rankInterval: rankIntervalOf(model, institution.code),
      studentsImputed: model.index.context.imputed.has(institution.code),
      pillars: PILLARS.filter((pillar) => model.available.has(pillar)).map((pillar) => ({ id: pillar, score: result.pillars[pillar] })),
      explanation: explainScore(result, model.index.context, surveyAnswers(model.index.indicators, institution, model.index.context)),
    },
    roleModel: { is: Boolean(role), reasons: role?.reasons ?? [] },
    mentors: mentors.map((link) => {
      const mentor = model.institutions.get(link.code)!;
      return {
        code: mentor.code,
        name: mentor.name,
        comune: mentor.location.comune,
        comuneName: mentor.seat.comuneName,
        gradeGroup: mentor.gradeGroup,
        distanceKm: link.distanceKm,
        sameComune: link.sameComune,
        reasons: link.reasons,
      };
    }),
    ...(role && { mentees: menteesOf(model, institution.code) }),
    ...(surveys && { surveys }),
  };
}
