import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Institution } from '../../../data-adapters/aggregate/institutions.ts';
import { assignMentors, haversineKm } from '../../../data-adapters/indicators/mentors.ts';
import { MENTOR_GRADES } from '../../../data-adapters/readers/grade-group.ts';
import { GRADE_GROUPS } from '../../../src/contract/vocabulary.ts';

const at = new Map<string, [number, number]>();
const make = (code: string, gradeGroup: Institution['gradeGroup'], lon: number, options: { region?: string; comune?: string } = {}) => {
  at.set(code, [lon, 43]);
  return {
    code,
    gradeGroup,
    location: { region: options.region ?? '09', province: '048', comune: options.comune ?? `c${lon}` },
  } as Institution;
};
const centroid = (i: Institution) => at.get(i.code) ?? null;
const settings = { count: 1, capacity: 2, maxSameRegionKm: 60, maxKm: 150 };
/** Toscana (09) borders Lazio (12); Sardegna (20) and Sicilia (19) border none. */
const bordering = new Map([
  ['09', new Set(['12'])],
  ['12', new Set(['09'])],
  ['19', new Set<string>()],
  ['20', new Set<string>()],
]);

describe('mentors', () => {
  it('measures great-circle distances', () => {
    const km = haversineKm([12.4964, 41.9028], [9.19, 45.4642]);
    assert.ok(km > 470 && km < 485, String(km));
  });

  it('gives every grade group partners, "altro" included', () => {
    for (const group of GRADE_GROUPS) assert.ok(MENTOR_GRADES[group].length >= 2, group);
    assert.ok(MENTOR_GRADES.altro.includes('secondaria-secondo-grado'));
    assert.ok(!MENTOR_GRADES.primaria.includes('secondaria-secondo-grado'));
  });

  it('never gives a role model more institutions than its capacity, and serves as many as capacity allows', async () => {
    const model = make('M1EE00000A', 'primaria', 11);
    const schools = ['A', 'B', 'C', 'D'].map((letter, k) => make(`S${letter}EE00000A`, 'primaria', 11.01 + k * 0.01));
    const { links, loads, unassigned, outOfReach } = await assignMentors(schools, [model], centroid, settings, bordering);
    assert.equal(loads.get('M1EE00000A'), 2);
    assert.equal(unassigned, 2);
    // Both left out had a role model within reach: it was full.
    assert.equal(outOfReach, 0);
    // The two nearest are served: least total distance among the assignments that serve the most.
    assert.deepEqual(
      schools.map((s) => links.get(s.code)!.length),
      [1, 1, 0, 0],
    );
  });

  it('minimises the total distance rather than giving each the nearest in turn', async () => {
    // X is near both models, Y only near M1: greedy "nearest first" would give M1 to X and leave Y far away.
    const m1 = make('M1EE00000A', 'primaria', 11);
    const m2 = make('M2EE00000A', 'primaria', 11.3);
    const x = make('SXEE00000A', 'primaria', 11.12);
    const y = make('SYEE00000A', 'primaria', 10.95);
    const { links } = await assignMentors([x, y], [m1, m2], centroid, { ...settings, capacity: 1 }, bordering);
    assert.equal(links.get(y.code)![0]!.code, 'M1EE00000A');
    assert.equal(links.get(x.code)![0]!.code, 'M2EE00000A');
  });

  it('says "same comune" rather than 0 km, and stays in the region when a mentor is near enough', async () => {
    const near = make('M1EE00000A', 'primaria', 12, { comune: 'roma' });
    const otherRegion = make('M2EE00000A', 'primaria', 12.0001, { region: '12', comune: 'elsewhere' });
    const school = make('S1EE00000A', 'primaria', 12, { comune: 'roma' });
    const { links } = await assignMentors([school], [near, otherRegion], centroid, settings, bordering);
    const link = links.get(school.code)![0]!;
    assert.equal(link.code, 'M1EE00000A');
    assert.equal(link.sameComune, true);
    assert.match(link.reasons[0]!.it, /stesso comune/);
    assert.doesNotMatch(link.reasons[0]!.it, /0 km/);
  });

  it('takes a mentor from a bordering region only where none is near enough in its own, and says so with the distance it used', async () => {
    // At latitude 43° a degree of longitude is ~81 km: the region's own role model is ~98 km away, Lazio's ~16.
    const own = make('M1EE00000A', 'primaria', 11, { region: '09' });
    const other = make('M2EE00000A', 'primaria', 12.4, { region: '12' });
    const school = make('S1EE00000A', 'primaria', 12.2, { region: '09' });
    const { links } = await assignMentors([school], [own, other], centroid, settings, bordering);
    const link = links.get(school.code)![0]!;
    assert.equal(link.code, 'M2EE00000A');
    assert.match(link.reasons[0]!.it, /in una regione confinante \(nessuna compatibile nella regione entro 60 km\)/);
    assert.match(link.reasons[0]!.en, /in a bordering region \(none compatible in the region within 60 km\)/);
  });

  it('never takes a mentor over the sea from a region its region does not border, however near as the crow flies', async () => {
    // Cosenza's upper secondaries were given one on the island of Lipari (Sicilia), 136 km away; Sardinia's Sicilian ones.
    const island = make('M1SS00000A', 'secondaria-secondo-grado', 12.3, { region: '19' });
    const school = make('S1SS00000A', 'secondaria-secondo-grado', 12.2, { region: '20' });
    const { links, outOfReach } = await assignMentors([school], [island], centroid, settings, bordering);
    assert.deepEqual(links.get(school.code), []);
    assert.equal(outOfReach, 1);
    // The same pair, were the regions to border each other: taken.
    const joined = new Map([...bordering, ['20', new Set(['19'])]]);
    assert.equal((await assignMentors([school], [island], centroid, settings, joined)).links.get(school.code)![0]!.code, 'M1SS00000A');
  });

  it('gives no mentor farther than maxKm, in its region or any other, and counts the institutions left without one', async () => {
    // ~407 km and ~366 km away: Sardinia's upper secondaries were given Sicilian mentors at such distances.
    const far = make('M1SS00000A', 'secondaria-secondo-grado', 15, { region: '19' });
    const farInRegion = make('M2SS00000A', 'secondaria-secondo-grado', 14.5, { region: '20' });
    const school = make('S1SS00000A', 'secondaria-secondo-grado', 10, { region: '20' });
    const { links, unassigned, outOfReach } = await assignMentors([school], [far, farInRegion], centroid, settings, bordering);
    assert.deepEqual(links.get(school.code), []);
    assert.equal(unassigned, 1);
    assert.equal(outOfReach, 1);
    // Within reach, the same role model is taken.
    const wider = await assignMentors([school], [far, farInRegion], centroid, { ...settings, maxKm: 450 }, bordering);
    assert.equal(wider.links.get(school.code)![0]!.code, 'M2SS00000A');
    assert.equal(wider.outOfReach, 0);
  });

  it('writes the distance as each language writes a decimal: "a 17,9 km", "17.9 km away"', async () => {
    const model = make('M1EE00000A', 'primaria', 11);
    const school = make('S1EE00000A', 'primaria', 11.22);
    const { links } = await assignMentors([school], [model], centroid, settings, bordering);
    const link = links.get(school.code)![0]!;
    assert.equal(link.distanceKm, 17.9);
    assert.match(link.reasons[0]!.it, /^Scuola virtuosa a 17,9 km, /);
    assert.match(link.reasons[0]!.en, /^Role-model school 17\.9 km away, /);
  });
});
