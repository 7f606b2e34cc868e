/** The vocabularies of <region-map>'s attributes, reused by its validation and story controls. */
export { CLASSIFICATIONS, type Classification } from '../../src/map/classify.js';
export { CLASSES_YEARS, type ClassesYear } from '../../src/map/classes-year.js';
export { PALETTE_NAMES, type PaletteName } from '../../src/map/palettes.js';
export { VALUE_MODES, type ValueMode } from '../../src/map/area-values.js';

import type { MapLevel } from '../../src/map/load-map.js';
import { MAP_VIEWS } from '../../src/view/presentation-values.js';

export { MAP_LEVELS, type MapLevel } from '../../src/map/load-map.js';
export { MAP_VIEWS };
export type MapView = (typeof MAP_VIEWS)[number];

/** What the selection and year events carry. */
export interface MapSelection {
  level: MapLevel;
  code: string;
  name: string;
}
