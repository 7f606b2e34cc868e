/**
 * The model of a build: everything the stages computed, from which the
 * documents of the contract are assembled (documents.ts, area-file.ts,
 * survey-file.ts, search-index.ts).
 */
import type { RegionDispersions } from '../aggregate/dispersion.js';
import type { LocalizedText, ShadowZone, Source } from '../../src/contract/contract.types.js';
import type { AreaKey, AreaTotals } from '../aggregate/areas.js';
import type { Institution } from '../aggregate/institutions.js';
import type { Location } from '../aggregate/locate-schools.js';
import type { MetricSpec } from '../aggregate/metrics.js';
import type { BuildConfig, PillarId } from '../config.js';
import type { GeometryLayers } from '../geo/build-layers.js';
import type { IndexRun } from '../indicators/internationalisation-index.js';
import type { UncertaintyResult } from '../indicators/index-uncertainty.js';
import type { MentorLink } from '../indicators/mentors.js';
import type { RoleModel } from '../indicators/role-models.js';
import type { ComuneContext as InnerAreasContext } from '../readers/inner-areas.js';
import type { Limits } from '../readers/limits.js';
import type { SchoolRecord } from '../readers/registry.js';
import type { ShadowZones } from '../stages/shadow-zones.js';
import type { SurveyWave } from '../stages/surveys.js';

export interface BuildModel {
  config: BuildConfig;
  generatedAt: string;
  release: string;
  synthetic: boolean;
  years: number[];
  limits: Limits;
  layers: GeometryLayers;
  schools: SchoolRecord[];
  locations: Map<string, Location>;
  students: Map<string, number>;
  /** The school year the students are counted in, when known (the index's `studentsYear`). */
  studentsYear: number | null;
  institutions: Map<string, Institution>;
  /** Per institution, the codes of those it took over whose rows count as its own (readers/successors.ts). */
  predecessors: Map<string, string[]>;
  metrics: MetricSpec[];
  areas: Map<AreaKey, AreaTotals>;
  /** Each region's dispersion per metric and year (the index's `regions[].dispersion`). */
  regionDispersions: RegionDispersions;
  programmes: { id: string; label: LocalizedText; provisionalYears: number[] }[];
  sources: Source[];
  fundingLabels: Map<string, LocalizedText>;
  index: IndexRun;
  available: Set<PillarId>;
  nationRanks: Map<string, number>;
  regionRanks: Map<string, number>;
  roleModels: Map<string, RoleModel>;
  uncertainty: UncertaintyResult | null;
  shadow: Map<AreaKey, ShadowZone>;
  /** Per level, the two-group model's fit: the share of low areas and their λ (what a shadow zone's estimated rate is made with). */
  shadowLevels: ShadowZones['levels'];
  mentors: Map<string, MentorLink[]>;
  /** The comuni's context (inner-areas map), when the build read it. */
  context: Map<string, InnerAreasContext> | null;
  /** The survey waves' results, in the config's order. */
  surveys: SurveyWave[];
}
