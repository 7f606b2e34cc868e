/**
 * Where the data tools write each file of a release, relative to its
 * `index.json`: the URL templates their index names (`shards`, `geometry`).
 * The index stays the authority (a host may lay its files out otherwise); a
 * map and a badge also use this layout to ask for the files they will need
 * while the index is still on its way (src/map/head-start.ts,
 * src/profile/load-school.ts), and use what came only when the index names
 * the same address.
 */
// One constant per template: each element's bundle carries only those it asks for early.
export const REGION_FILE = 'regions/{region}.json';
export const SCHOOL_FILE = 'schools/{code}.json';
export const SEARCH_FILE = 'search.json';
export const AREAS_FILE = 'areas/{level}/{metric}.json';
export const AREAS_LATEST_FILE = 'areas/{level}/{metric}.latest.json';
export const SURVEY_FILE = 'surveys/{wave}.json';

export const GEOMETRY_FILES = {
  regions: { url: 'geo/regions.topo.json', packed: 'geo/regions.packed.json', object: 'regions' },
  provinces: { url: 'geo/provinces.topo.json', packed: 'geo/provinces.packed.json', object: 'provinces' },
  comuni: { url: 'geo/comuni/{region}.topo.json', packed: 'geo/comuni/{region}.packed.json', object: 'comuni' },
  comuniNational: { url: 'geo/comuni/italia.topo.json', packed: 'geo/comuni/italia.packed.json', object: 'comuni' },
} as const;

/** The index's `shards` and `geometry` (without its projection), as the data tools write them. */
export const FILE_LAYOUT = {
  shards: {
    region: REGION_FILE,
    school: SCHOOL_FILE,
    search: SEARCH_FILE,
    areas: AREAS_FILE,
    areasLatest: AREAS_LATEST_FILE,
    survey: SURVEY_FILE,
  },
  geometry: GEOMETRY_FILES,
} as const;

/**
 * Whether the index at `indexUrl` (absolute) is named as the data tools name
 * it (`index.json`), and so laid out as above: a source of another name (a
 * bundle, one's own index) gets no head start.
 */
export function laidOut(indexUrl: string): boolean {
  return new URL(indexUrl).pathname.endsWith('/index.json');
}
