/**
 * The schema of each document kind the loader validates (the search index has
 * its own reader). A module of its own: the area file's schema builds on the
 * contract's, and is one of them. A survey wave's schema is not here: only
 * the elements that show surveys need it, and they register it
 * (`src/survey/survey-kind.ts`, `registerDocumentKind`), so that every other
 * element's bundle stays without it.
 */
import { AreaFile } from './area-file.schema.js';
import { ContractBundle, NationalIndex, RegionShard, SchoolShard } from './contract.schema.js';
import type { Node } from './schema-dsl.js';
import type { DocumentKind } from './vocabulary.js';

export const DOCUMENT_SCHEMAS: { [K in DocumentKind]?: Node } = {
  index: NationalIndex,
  region: RegionShard,
  school: SchoolShard,
  bundle: ContractBundle,
  areas: AreaFile,
};
