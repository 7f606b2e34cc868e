/** An institution of Firenze with 1,000 students and the given years' activity, for the index's tests. */
import type { Institution, InstitutionYear } from '../../../data-adapters/aggregate/institutions.ts';

export function institution(code: string, years: [number, Partial<InstitutionYear>][]): Institution {
  return {
    code,
    name: code,
    kind: 'statale',
    grade: 'ISTITUTO COMPRENSIVO',
    gradeGroup: 'comprensivo',
    location: { comune: '048017', province: '048', region: '09' },
    seat: {} as Institution['seat'],
    plessi: [],
    students: 1000,
    counts: new Map(),
    years: new Map(years.map(([year, data]) => [year, { etwinning: null, erasmus: null, funding: [], ...data }])),
  };
}
