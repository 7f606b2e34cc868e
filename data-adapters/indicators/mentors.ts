/**
 * Mentors: inactive institutions paired with role models that can train them,
 * as an assignment rather than "the nearest": each role model mentors at most
 * `capacity` institutions, each inactive institution gets up to `count`
 * mentors, and among the assignments that serve the most institutions the one
 * with the least total distance is chosen. That is a transportation problem,
 * solved exactly as a linear programme with GLPK (its constraint matrix is
 * totally unimodular, so the optimum is whole). Candidates are the 15 nearest
 * compatible role models of the same region, solved region by region; then an
 * institution with none within `maxSameRegionKm` in its region may take one
 * of its region or of a region it borders, with the capacity left. No mentor is
 * farther than `maxKm`: a school is not told that a role model across the sea
 * is a "nearby school to learn from" (the profile's words: Sardinia's upper
 * secondaries were given Sicilian ones 370 to 435 km away, Cosenza's one on the
 * island of Lipari, 136 km as the crow flies, which no road reaches); it gets
 * none, and the report counts it. Distances are
 * great-circle km between the centroids of the seats' comuni; two institutions
 * of the same comune are "stesso comune", not "0 km".
 */
import { group } from 'd3-array';
import GLPKFactory from 'glpk.js/node';
import type { LocalizedText } from '../../src/contract/contract.types.js';
import type { Institution } from '../aggregate/institutions.js';
import type { BuildConfig } from '../config.js';
import { mentorGrades } from '../readers/grade-group.js';
import { numberText } from '../text/number-text.js';

export interface MentorLink {
  code: string;
  distanceKm: number;
  sameComune: boolean;
  reasons: LocalizedText[];
}

export interface MentorAssignment {
  links: Map<string, MentorLink[]>;
  /** Institutions each role model mentors. */
  loads: Map<string, number>;
  /** Inactive institutions placed on the map that got no mentor (every candidate full, or none compatible within reach). */
  unassigned: number;
  /** Of those, the institutions with no compatible role model within reach at all: `maxKm`, in their region or one it borders (the rest found every one full). */
  outOfReach: number;
}

type MentorSettings = BuildConfig['mentors'];
/** The regions each region borders (geo/build-layers.ts regionNeighbours). */
export type RegionNeighbours = ReadonlyMap<string, ReadonlySet<string>>;

const EARTH_RADIUS_KM = 6371.0088;
const CANDIDATES = 15;
// Larger than any distance in Italy: serving one more institution always beats any saving in km.
const SERVE_FIRST = 100_000;

export function haversineKm([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Edge {
  from: number;
  to: number;
  km: number;
}

type Placed = { institution: Institution; at: [number, number] };

/**
 * Candidate pairs within `maxKm`: in the region when a mentor is near enough
 * there (`local`), else in the region or a region it borders (`far`); and how
 * many institutions have no candidate at all.
 */
function candidateEdges(
  inactive: readonly Placed[],
  models: readonly Placed[],
  config: Pick<MentorSettings, 'maxSameRegionKm' | 'maxKm'>,
  bordering: RegionNeighbours,
): { local: Edge[]; far: Edge[]; outOfReach: number } {
  const local: Edge[] = [];
  const far: Edge[] = [];
  let outOfReach = 0;
  inactive.forEach(({ institution, at }, from) => {
    const grades = mentorGrades(institution.gradeGroup);
    const { region } = institution.location;
    const reachable = (other: string) => other === region || (bordering.get(region)?.has(other) ?? false);
    const options = models
      .map(({ institution: model, at: there }, to) => ({ model, to, km: haversineKm(at, there) }))
      .filter(
        ({ model, km }) =>
          model.code !== institution.code && grades.includes(model.gradeGroup) && km <= config.maxKm && reachable(model.location.region),
      )
      .sort((a, b) => a.km - b.km || a.model.code.localeCompare(b.model.code));
    if (options.length === 0) outOfReach++;
    const sameRegion = options.filter(({ model }) => model.location.region === region);
    const nearbyInRegion = sameRegion.some(({ km }) => km <= config.maxSameRegionKm);
    const chosen = (nearbyInRegion ? sameRegion : options).slice(0, CANDIDATES);
    for (const { to, km } of chosen) (nearbyInRegion ? local : far).push({ from, to, km });
  });
  return { local, far, outOfReach };
}

/** Groups of edges that share no institution: each is an independent problem. */
function components(edges: readonly Edge[], inactiveCount: number): Edge[][] {
  const parent = new Map<number, number>();
  const find = (node: number): number => {
    let root = node;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(node, root);
    return root;
  };
  // Inactive institutions are nodes 0..n-1, role models n.. .
  for (const edge of edges) {
    const a = find(edge.from);
    const b = find(inactiveCount + edge.to);
    if (a !== b) parent.set(a, b);
  }
  return [...group(edges, (edge) => find(edge.from)).values()];
}

type Glpk = Awaited<ReturnType<typeof GLPKFactory>>;

/** The transportation problem of one group of candidate pairs, exactly (GLPK's simplex; the optimum is whole). */
async function solveTransport(glpk: Glpk, pairs: readonly Edge[], count: number, capacity: ReadonlyMap<number, number>): Promise<Edge[]> {
  const usable = pairs.filter((edge) => capacity.get(edge.to)! > 0);
  if (usable.length === 0) return [];
  const name = (edge: Edge) => `x${edge.from}_${edge.to}`;
  const byInactive = group(usable, (edge) => edge.from);
  const byModel = group(usable, (edge) => edge.to);
  const row = (id: string, list: Edge[], limit: number) => ({
    name: id,
    vars: list.map((edge) => ({ name: name(edge), coef: 1 })),
    bnds: { type: glpk.GLP_UP, ub: limit, lb: 0 },
  });
  const result = await Promise.resolve(
    glpk.solve(
      {
        name: 'mentors',
        objective: {
          direction: glpk.GLP_MAX,
          name: 'served-then-closest',
          vars: usable.map((edge) => ({ name: name(edge), coef: SERVE_FIRST - edge.km })),
        },
        subjectTo: [
          ...[...byInactive].map(([from, list]) => row(`i${from}`, list, count)),
          ...[...byModel].map(([to, list]) => row(`m${to}`, list, capacity.get(to)!)),
        ],
        bounds: usable.map((edge) => ({ name: name(edge), type: glpk.GLP_DB, lb: 0, ub: 1 })),
      },
      { msglev: glpk.GLP_MSG_OFF },
    ),
  );
  if (result.result.status !== glpk.GLP_OPT)
    throw new Error(`the mentor assignment has no optimal solution (GLPK status ${result.result.status})`);
  return usable.filter((edge) => result.result.vars[name(edge)]! > 0.5);
}

export async function assignMentors(
  inactive: readonly Institution[],
  roleModels: readonly Institution[],
  centroidOf: (institution: Institution) => [number, number] | null,
  config: MentorSettings,
  bordering: RegionNeighbours,
): Promise<MentorAssignment> {
  const place = (list: readonly Institution[]) =>
    list.map((institution) => ({ institution, at: centroidOf(institution) })).filter((p): p is Placed => p.at !== null);
  const needing = place(inactive);
  const models = place(roleModels);
  const { local, far, outOfReach } = candidateEdges(needing, models, config, bordering);
  const glpk = await GLPKFactory();
  const capacity = new Map<number, number>(models.map((_, to) => [to, config.capacity]));
  const chosen: Edge[] = [];
  // First the institutions with a mentor near enough in their region (independent problems, region by region), then the rest with the capacity left.
  for (const edges of [local, far])
    for (const pairs of components(edges, needing.length)) {
      const solved = await solveTransport(glpk, pairs, config.count, capacity);
      for (const edge of solved) capacity.set(edge.to, capacity.get(edge.to)! - 1);
      chosen.push(...solved);
    }
  const links = new Map<string, MentorLink[]>();
  const loads = new Map<string, number>(models.map(({ institution }) => [institution.code, 0]));
  for (const edge of chosen.sort((a, b) => a.from - b.from || a.km - b.km || a.to - b.to)) {
    const { institution } = needing[edge.from]!;
    const model = models[edge.to]!.institution;
    loads.set(model.code, loads.get(model.code)! + 1);
    const sameComune = institution.location.comune !== null && institution.location.comune === model.location.comune;
    const distanceKm = sameComune ? 0 : Math.max(0.1, Math.round(edge.km * 10) / 10);
    const where = sameComune
      ? { it: 'dello stesso comune', en: 'in the same comune' }
      : { it: `a ${numberText(distanceKm, 'it')} km`, en: `${numberText(distanceKm, 'en')} km away` };
    const region = model.location.region === institution.location.region;
    links.set(institution.code, [
      ...(links.get(institution.code) ?? []),
      {
        code: model.code,
        distanceKm,
        sameComune,
        reasons: [
          {
            it: `Scuola virtuosa ${where.it}, di un ciclo di istruzione compatibile${region ? '' : `, in una regione confinante (nessuna compatibile nella regione entro ${config.maxSameRegionKm} km)`}; segue al massimo ${config.capacity} scuole.`,
            en: `Role-model school ${where.en}, of a compatible grade${region ? '' : `, in a bordering region (none compatible in the region within ${config.maxSameRegionKm} km)`}; it mentors at most ${config.capacity} schools.`,
          },
        ],
      },
    ]);
  }
  for (const { institution } of needing) if (!links.has(institution.code)) links.set(institution.code, []);
  const unassigned = needing.filter(({ institution }) => links.get(institution.code)!.length === 0).length;
  return { links, loads, unassigned, outOfReach };
}
