/**
 * Where the data tools write each file of a release, relative to its
 * `index.json`: the URL templates their index names (`shards`, `geometry`).
 * The index stays the authority (a host may lay its files out otherwise); a
 * map also uses this layout to ask for the files it will need while the index
 * is still on its way (src/map/head-start.ts), and uses what came only when
 * the index names the same address.
 */
export const FILE_LAYOUT = {
  shards: {
    region: 'regions/{region}.json',
    school: 'schools/{code}.json',
    search: 'search.json',
    areas: 'areas/{level}/{metric}.json',
    survey: 'surveys/{wave}.json',
  },
  geometry: {
    regions: { url: 'geo/regions.topo.json', packed: 'geo/regions.packed.json', object: 'regions' },
    provinces: { url: 'geo/provinces.topo.json', packed: 'geo/provinces.packed.json', object: 'provinces' },
    comuni: { url: 'geo/comuni/{region}.topo.json', packed: 'geo/comuni/{region}.packed.json', object: 'comuni' },
    comuniNational: { url: 'geo/comuni/italia.topo.json', packed: 'geo/comuni/italia.packed.json', object: 'comuni' },
  },
} as const;

/** The file name of an index laid out as above: a source of another name (a bundle, one's own index) gets no head start. */
export const INDEX_FILE = 'index.json';
