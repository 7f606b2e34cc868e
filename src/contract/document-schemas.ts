/**
 * The schema of each document kind the loader validates (the search index has
 * its own reader). A module of its own: the area file's schema builds on the
 * contract's, and is one of them.
 */
import { AreaFile } from './area-file.schema.js';
import { ContractBundle, NationalIndex, RegionShard, SchoolShard } from './contract.schema.js';
import { SurveyFile } from './survey.schema.js';

export const DOCUMENT_SCHEMAS = {
  index: NationalIndex,
  region: RegionShard,
  school: SchoolShard,
  bundle: ContractBundle,
  areas: AreaFile,
  survey: SurveyFile,
} as const;
