/**
 * Invalid documents, each made from a valid fixture by one change, with the
 * JSONPath the validator must name. Shared by the validator test and the JSON
 * Schema agreement test (`structural` cases must be refused by both).
 */
import { bundleFixture, indexFixture, regionFixture, schoolFixture } from '../fixtures/contract.fixture.js';

export interface InvalidCase {
  name: string;
  kind: 'index' | 'region' | 'school' | 'bundle';
  document: () => unknown;
  path: string;
  /** True when JSON Schema alone can see the problem (false: a rule between fields). */
  structural: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cases edit arbitrary paths of a document
type Doc = Record<string, any>;
const edit =
  <T extends Doc>(make: () => T, change: (doc: T) => void) =>
  () => {
    const doc = make();
    change(doc);
    return doc;
  };

export const INVALID_CASES: InvalidCase[] = [
  {
    name: 'generatedAt is not a timestamp',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.generatedAt = 'yesterday')),
    path: '$.generatedAt',
    structural: true,
  },
  {
    name: 'synthetic flag is a string',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.synthetic = 'yes')),
    path: '$.synthetic',
    structural: true,
  },
  {
    name: 'release is missing',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => delete d.release),
    path: '$.release',
    structural: true,
  },
  {
    name: 'a year is a string',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.years[1] = '2022')),
    path: '$.years[1]',
    structural: true,
  },
  {
    name: 'a year is fractional',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.years[2] = 2023.5)),
    path: '$.years[2]',
    structural: true,
  },
  {
    name: 'years out of order',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.years = [2021, 2023, 2022, 2024])),
    path: '$.years[2]',
    structural: false,
  },
  {
    name: 'source without licence',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => delete d.sources[0].licence),
    path: '$.sources[0].licence',
    structural: true,
  },
  {
    name: 'source with empty attribution',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.sources[1]!.attribution = '')),
    path: '$.sources[1].attribution',
    structural: true,
  },
  {
    name: 'metric id with spaces',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.metrics[0]!.id = 'eTwinning projects')),
    path: '$.metrics[0].id',
    structural: true,
  },
  {
    name: 'metric with unknown unit',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.metrics[1].unit = 'dollars')),
    path: '$.metrics[1].unit',
    structural: true,
  },
  {
    name: 'metric label without English',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => delete d.metrics[0].label.en),
    path: '$.metrics[0].label.en',
    structural: true,
  },
  {
    name: 'metric higherIsBetter missing',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => delete d.metrics[0].higherIsBetter),
    path: '$.metrics[0].higherIsBetter',
    structural: true,
  },
  {
    name: 'metric with unknown normalisation',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.metrics[0].normalisations = ['perCapita'])),
    path: '$.metrics[0].normalisations[0]',
    structural: true,
  },
  {
    name: 'metric of an undefined programme',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.metrics[0]!.programme = 'comenius')),
    path: '$.metrics[0].programme',
    structural: false,
  },
  {
    name: 'metric of an undefined source',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.metrics[1]!.source = 'nowhere')),
    path: '$.metrics[1].source',
    structural: false,
  },
  {
    name: 'duplicate metric id',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.metrics[1]!.id = 'etwinning.projects')),
    path: '$.metrics[1].id',
    structural: false,
  },
  {
    name: 'pillar weight above 1',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.methods.index.pillars[0]!.weight = 1.5)),
    path: '$.methods.index.pillars[0].weight',
    structural: true,
  },
  {
    name: 'pillar weights not adding up to 1',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.methods.index.pillars[1]!.weight = 0.1)),
    path: '$.methods.index.pillars',
    structural: false,
  },
  {
    name: 'unknown index aggregation',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.methods.index.aggregation = 'median')),
    path: '$.methods.index.aggregation',
    structural: true,
  },
  {
    name: 'shadow-zone method without parameters',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => delete d.methods.shadowZones.parameters),
    path: '$.methods.shadowZones.parameters',
    structural: true,
  },
  {
    name: 'region shard template without placeholder',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.shards.region = 'regions/all.json')),
    path: '$.shards.region',
    structural: false,
  },
  {
    name: 'comuni geometry template without placeholder',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.geometry.comuni.url = 'geo/comuni.json')),
    path: '$.geometry.comuni.url',
    structural: false,
  },
  {
    name: 'packed comuni geometry template without placeholder',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.geometry.comuni.packed = 'geo/comuni.packed.json')),
    path: '$.geometry.comuni.packed',
    structural: false,
  },
  {
    name: 'packed geometry URL that is empty',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.geometry.regions.packed = '')),
    path: '$.geometry.regions.packed',
    structural: true,
  },
  {
    name: 'projection with zero width',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.geometry.projection.width = 0)),
    path: '$.geometry.projection.width',
    structural: true,
  },
  {
    name: 'nation code is not IT',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.nation.code = 'FR')),
    path: '$.nation.code',
    structural: true,
  },
  {
    name: 'series shorter than the years',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.nation.values['etwinning.projects'] = [1, 2])),
    path: '$.nation.values["etwinning.projects"]',
    structural: false,
  },
  {
    name: 'series of an undefined metric',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.regions[0]!.values['erasmus.ka9'] = [1, 2, 3, 4])),
    path: '$.regions[0].values["erasmus.ka9"]',
    structural: false,
  },
  {
    name: 'series value is a string',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.regions[0].values['etwinning.projects'][3] = '6')),
    path: '$.regions[0].values["etwinning.projects"][3]',
    structural: true,
  },
  {
    name: 'region code of one digit',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.regions[1]!.code = '9')),
    path: '$.regions[1].code',
    structural: true,
  },
  {
    name: 'region code 21',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.regions[1]!.code = '21')),
    path: '$.regions[1].code',
    structural: true,
  },
  {
    name: 'duplicate region code',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.regions[1]!.code = '09')),
    path: '$.regions[1].code',
    structural: false,
  },
  {
    name: 'province directory with a malformed region code',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.provinceRegions!['048'] = '9')),
    path: '$.provinceRegions["048"]',
    structural: true,
  },
  {
    name: 'province directory keyed by a malformed code',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.provinceRegions!['48'] = '09')),
    path: '$.provinceRegions["48"]',
    structural: true,
  },
  {
    name: 'negative number of schools',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.regions[0]!.schools = -1)),
    path: '$.regions[0].schools',
    structural: true,
  },
  {
    name: 'provisional years not a list',
    kind: 'index',
    document: edit(indexFixture, (d: Doc) => (d.programmes[1].provisionalYears = 2024)),
    path: '$.programmes[1].provisionalYears',
    structural: true,
  },
  {
    name: 'annotation ending before it starts',
    kind: 'index',
    document: edit(indexFixture, (d) => (d.annotations[0]!.to = 2014)),
    path: '$.annotations[0].to',
    structural: false,
  },
  {
    name: 'province code of two digits',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.provinces[0]!.code = '48')),
    path: '$.provinces[0].code',
    structural: true,
  },
  {
    name: 'province of another region',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.provinces[0]!.region = '12')),
    path: '$.provinces[0].region',
    structural: false,
  },
  {
    name: 'comune of an unknown province',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.comuni[1]!.province = '047')),
    path: '$.comuni[1].province',
    structural: false,
  },
  {
    name: 'comune with a bad Belfiore code',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.comuni[0]!.belfiore = 'd612')),
    path: '$.comuni[0].belfiore',
    structural: true,
  },
  {
    name: 'unknown shadow status',
    kind: 'region',
    document: edit(regionFixture, (d: Doc) => (d.comuni[0].shadow.status = 'dark')),
    path: '$.comuni[0].shadow.status',
    structural: true,
  },
  {
    name: 'comune without hasGeometry',
    kind: 'region',
    document: edit(regionFixture, (d: Doc) => delete d.comuni[1].hasGeometry),
    path: '$.comuni[1].hasGeometry',
    structural: true,
  },
  {
    name: 'school code in lower case',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.schools[2]!.code = 'fips02000x')),
    path: '$.schools[2].code',
    structural: true,
  },
  {
    name: 'school index above 100',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.schools[0]!.index = 120)),
    path: '$.schools[0].index',
    structural: true,
  },
  {
    name: 'school in an unknown comune',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.schools[1]!.comune = '058091')),
    path: '$.schools[1].comune',
    structural: false,
  },
  {
    name: 'duplicate school code',
    kind: 'region',
    document: edit(regionFixture, (d) => (d.schools[1]!.code = 'FIIC81200A')),
    path: '$.schools[1].code',
    structural: false,
  },
  {
    name: 'unknown grade group',
    kind: 'region',
    document: edit(regionFixture, (d: Doc) => (d.schools[0].gradeGroup = 'university')),
    path: '$.schools[0].gradeGroup',
    structural: true,
  },
  {
    name: 'partner country of three letters',
    kind: 'school',
    document: edit(schoolFixture, (d) => (d.participation.erasmus[0]!.partnerCountries = ['FRA'])),
    path: '$.participation.erasmus[0].partnerCountries[0]',
    structural: true,
  },
  {
    name: 'negative grant',
    kind: 'school',
    document: edit(schoolFixture, (d) => (d.participation.erasmus[0]!.grantEur = -5)),
    path: '$.participation.erasmus[0].grantEur',
    structural: true,
  },
  {
    name: 'fractional number of projects',
    kind: 'school',
    document: edit(schoolFixture, (d) => (d.participation.etwinning[1]!.projects = 2.5)),
    path: '$.participation.etwinning[1].projects',
    structural: true,
  },
  {
    name: 'eTwinning year listed twice',
    kind: 'school',
    document: edit(schoolFixture, (d) => (d.participation.etwinning[1]!.year = 2021)),
    path: '$.participation.etwinning[1].year',
    structural: false,
  },
  {
    name: 'CAP of four digits',
    kind: 'school',
    document: edit(schoolFixture, (d) => (d.school.address.cap = '5012')),
    path: '$.school.address.cap',
    structural: true,
  },
  {
    name: 'pillar score as text',
    kind: 'school',
    document: edit(schoolFixture, (d: Doc) => (d.index.pillars[1].score = 'high')),
    path: '$.index.pillars[1].score',
    structural: true,
  },
  {
    name: 'role model without reasons',
    kind: 'school',
    document: edit(schoolFixture, (d: Doc) => delete d.roleModel.reasons),
    path: '$.roleModel.reasons',
    structural: true,
  },
  {
    name: 'mentor with negative distance',
    kind: 'school',
    document: edit(
      schoolFixture,
      (d: Doc) =>
        (d.mentors = [
          { code: 'FIPS02000X', name: 'Liceo', comune: null, comuneName: 'Firenze', gradeGroup: 'altro', distanceKm: -3, reasons: [] },
        ]),
    ),
    path: '$.mentors[0].distanceKm',
    structural: true,
  },
  {
    name: 'bundle with a broken region shard',
    kind: 'bundle',
    document: edit(bundleFixture, (d: Doc) => (d.regions[0].comuni[0].code = 'Firenze')),
    path: '$.regions[0].comuni[0].code',
    structural: true,
  },
  {
    name: 'bundle topology of the wrong type',
    kind: 'bundle',
    document: edit(bundleFixture, (d: Doc) => (d.geometry.regions.type = 'FeatureCollection')),
    path: '$.geometry.regions.type',
    structural: true,
  },
  {
    name: 'bundle comuni keyed by a bad region code',
    kind: 'bundle',
    document: edit(bundleFixture, (d: Doc) => (d.geometry.comuni = { Toscana: d.geometry.comuni['09'] })),
    path: '$.geometry.comuni.Toscana',
    structural: true,
  },
  {
    name: 'bundle index with bad pillar weights',
    kind: 'bundle',
    document: edit(bundleFixture, (d) => (d.index.methods.index.pillars[0]!.weight = 0.2)),
    path: '$.index.methods.index.pillars',
    structural: false,
  },
  {
    name: 'bundle with a school listed twice',
    kind: 'bundle',
    document: edit(bundleFixture, (d) => d.schools.push(schoolFixture())),
    path: '$.schools[1].school',
    structural: false,
  },
];
