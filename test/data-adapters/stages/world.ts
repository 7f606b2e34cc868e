/**
 * A small world for the build's stages, in memory: Toscana with the province
 * of Firenze and two comuni (Firenze, Bagno a Ripoli), Lazio with Roma, and a
 * few institutions with their plessi; participation rows by code and year.
 */
import type { GradeGroup } from '../../../src/contract/vocabulary.ts';
import { locateSchools } from '../../../data-adapters/aggregate/locate-schools.ts';
import { resolveConfig, type BuildConfig } from '../../../data-adapters/config.ts';
import type { Limits } from '../../../data-adapters/readers/limits.ts';
import type { ErasmusRow, EtwinningRow } from '../../../data-adapters/readers/participation.ts';
import type { SchoolRecord } from '../../../data-adapters/readers/registry.ts';
import type { Inputs } from '../../../data-adapters/stages/read-inputs.ts';

/** A small square clockwise, as d3-geo reads an exterior ring on the sphere (and ISTAT's files are). */
export const square = (x: number, y: number, size = 0.1) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x, y + size],
      [x + size, y + size],
      [x + size, y],
      [x, y],
    ],
  ],
});

export function worldLimits(): Limits {
  const regions = new Map([
    ['09', { code: '09', name: 'Toscana', geometry: square(11, 43.7) }],
    ['12', { code: '12', name: 'Lazio', geometry: square(12.4, 41.8) }],
  ]);
  const provinces = new Map([
    ['048', { code: '048', name: 'Firenze', acronym: 'FI', region: '09', geometry: square(11.2, 43.7) }],
    ['058', { code: '058', name: 'Roma', acronym: 'RM', region: '12', geometry: square(12.4, 41.8) }],
  ]);
  const comuni = new Map([
    ['048017', { code: '048017', name: 'Firenze', belfiore: 'D612', province: '048', region: '09', geometry: square(11.2, 43.7) }],
    ['048001', { code: '048001', name: 'Bagno a Ripoli', belfiore: 'A564', province: '048', region: '09', geometry: square(11.3, 43.7) }],
    ['058091', { code: '058091', name: 'Roma', belfiore: 'H501', province: '058', region: '12', geometry: square(12.4, 41.8) }],
  ]);
  return {
    regions,
    provinces,
    comuni,
    comuneByBelfiore: new Map([...comuni.values()].map((c) => [c.belfiore, c.code])),
    emptyGeometries: [],
    lostCharacters: new Map(),
    reports: [],
  };
}

export function school(
  code: string,
  institution: string,
  belfiore: string,
  options: { seat?: boolean; gradeGroup?: GradeGroup } = {},
): SchoolRecord {
  const place = {
    D612: ['TOSCANA', 'FIRENZE', 'FIRENZE'],
    A564: ['TOSCANA', 'FIRENZE', 'BAGNO A RIPOLI'],
    H501: ['LAZIO', 'ROMA', 'ROMA'],
  }[belfiore]!;
  return {
    code,
    name: `SCUOLA ${code}`,
    institution,
    institutionName: `IC ${institution}`,
    kind: 'statale',
    schoolYear: 2025,
    regionName: place[0]!,
    provinceName: place[1]!,
    street: 'VIA ROMA 1',
    cap: '50100',
    belfiore,
    comuneName: place[2]!,
    pec: null,
    grade: 'SCUOLA PRIMARIA',
    gradeGroup: options.gradeGroup ?? 'primaria',
    seat: options.seat ?? false,
    email: null,
    website: null,
    source: 'test',
  };
}

/** Firenze: FIIC1 (two plessi, active in eTwinning) and FIIC2 (inactive); Bagno a Ripoli: FIIC3 (Erasmus+); Roma: RMIC1 (inactive). */
export function worldSchools(): SchoolRecord[] {
  return [
    school('FIIC100001', 'FIIC100001', 'D612', { seat: true }),
    school('FIEE100002', 'FIIC100001', 'D612'),
    school('FIEE100003', 'FIIC100001', 'A564'),
    school('FIIC200004', 'FIIC200004', 'D612', { seat: true }),
    school('FIIC300005', 'FIIC300005', 'A564', { seat: true }),
    school('RMIC100006', 'RMIC100006', 'H501', { seat: true }),
  ];
}

const etwinningRow = (projects: number): EtwinningRow => ({
  registeredTeachers: projects * 2,
  projects,
  qualityLabels: 0,
  schoolLabel: false,
});
const erasmusRow = (ka1: number): ErasmusRow => ({
  accredited: true,
  ka1Projects: ka1,
  ka2Projects: 0,
  participants: ka1 * 10,
  grantEur: ka1 * 20000,
  partnerCountries: ['FR'],
});

export function worldInputs(): Inputs {
  const limits = worldLimits();
  const schools = worldSchools();
  return {
    schools,
    students: new Map(schools.map((s, i) => [s.code, 100 + i * 10])),
    studentsYear: 2024,
    limits,
    located: locateSchools(schools, limits),
    funding: [],
    etwinning: new Map([
      [
        'FIEE100002',
        new Map([
          [2022, etwinningRow(2)],
          [2023, etwinningRow(3)],
        ]),
      ],
    ]),
    erasmus: new Map([['FIIC300005', new Map([[2023, erasmusRow(1)]])]]),
    successors: null,
    context: null,
    planted: null,
    surveys: [],
    synthetic: { etwinning: true, erasmus: true },
    reports: [],
  };
}

export function worldConfig(): BuildConfig {
  return resolveConfig({
    registry: ['registry.csv'],
    etwinning: 'etwinning.csv',
    erasmus: 'erasmus.csv',
    geo: 'geo',
    out: 'out',
    years: { from: 2021, to: 2024 },
    generatedAt: '2026-01-01T00:00:00Z',
  });
}
