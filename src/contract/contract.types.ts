/**
 * TypeScript types of the contract, inferred from the schemas so that they can
 * never drift apart.
 */
import type { Infer } from './schema-dsl.js';
import type { AreaFile as AreaFileSchema } from './area-file.schema.js';
import type { AreaLatestFile as AreaLatestSchema } from './area-latest.schema.js';
import type * as survey from './survey.schema.js';
import type * as s from './contract.schema.js';
import type * as topology from './topology.schema.js';

export type LocalizedText = Infer<typeof s.LocalizedText>;
export type Series = Infer<typeof s.Series>;
export type Source = Infer<typeof s.Source>;
export type Programme = Infer<typeof s.Programme>;
export type MetricDefinition = Infer<typeof s.MetricDefinition>;
export type IndexMethod = Infer<typeof s.IndexMethod>;
export type IndexPillar = Infer<typeof s.IndexPillar>;
export type RuleMethod = Infer<typeof s.RuleMethod>;
export type Annotation = Infer<typeof s.Annotation>;
export type GeometryRef = Infer<typeof s.GeometryRef>;
export type GeometryRefs = Infer<typeof s.GeometryRefs>;
export type ShadowZone = Infer<typeof s.ShadowZone>;
export type NationSummary = Infer<typeof s.NationSummary>;
export type RegionSummary = Infer<typeof s.RegionSummary>;
export type InstitutionTally = Infer<typeof s.InstitutionTally>;
export type AreaFile = Infer<typeof AreaFileSchema>;
export type AreaLatestFile = Infer<typeof AreaLatestSchema>;
export type SurveyFile = Infer<typeof survey.SurveyFile>;
export type SurveyQuestion = Infer<typeof survey.SurveyQuestion>;
export type SurveyArea = Infer<typeof survey.SurveyArea>;
export type SurveyResult = Infer<typeof survey.SurveyResult>;
export type SurveyRef = Infer<typeof s.SurveyRef>;
export type SurveyAnswers = Infer<typeof s.SurveyAnswers>;
export type ProvinceSummary = Infer<typeof s.ProvinceSummary>;
export type ComuneSummary = Infer<typeof s.ComuneSummary>;
export type ComuneContext = Infer<typeof s.ComuneContext>;
export type Activity = Infer<typeof s.Activity>;
export type Contacts = Infer<typeof s.Contacts>;
export type MentorLink = Infer<typeof s.MentorLink>;
export type Breakdown = Infer<typeof s.Breakdown>;
export type BreakdownClass = Infer<typeof s.BreakdownClass>;
export type SchoolSummary = Infer<typeof s.SchoolSummary>;
export type RankInterval = Infer<typeof s.RankInterval>;
export type NationalIndex = Infer<typeof s.NationalIndex>;
export type RegionShard = Infer<typeof s.RegionShard>;
export type EtwinningYear = Infer<typeof s.EtwinningYear>;
export type ErasmusYear = Infer<typeof s.ErasmusYear>;
export type FundingYear = Infer<typeof s.FundingYear>;
export type Plesso = Infer<typeof s.Plesso>;
export type Mentor = Infer<typeof s.Mentor>;
export type SchoolShard = Infer<typeof s.SchoolShard>;
export type Topology = Infer<typeof topology.Topology>;
export type ContractBundle = Infer<typeof s.ContractBundle>;

/** Any document of the contract, discriminated by `kind`. */
export type ContractDocument = NationalIndex | RegionShard | SchoolShard | ContractBundle;

/** The document type of each kind. */
export interface DocumentByKind {
  index: NationalIndex;
  region: RegionShard;
  school: SchoolShard;
  bundle: ContractBundle;
  areas: AreaFile;
  'areas-latest': AreaLatestFile;
  survey: SurveyFile;
}

/**
 * One problem found in a document: where, what was expected, what was found.
 * `expect` is a key of the message catalogue (`i18n/error-text.ts`), which says
 * it in Italian and English; `params` fill its blanks.
 */
export interface ContractIssue {
  /** JSONPath of the offending value, like `$.regions[3].code`. */
  path: string;
  expect: string;
  params?: readonly (string | number)[];
  /** A short, language-neutral rendering of what was found, like `3` or `"abc"`. */
  found: string;
}
