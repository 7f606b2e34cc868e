/**
 * Mentors: for each institution with no activity in the reference years, up to
 * `count` nearest role-model institutions of a compatible grade, by the distance
 * between the centroids of the comuni of their seats (great-circle, km).
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';
import type { Institution } from '../aggregate/institutions.js';
import { compatibleGrades } from '../readers/grade-group.js';

export interface MentorLink {
  code: string;
  distanceKm: number;
  reasons: LocalizedText[];
}

const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function findMentors(
  inactive: readonly Institution[],
  roleModels: readonly Institution[],
  centroidOf: (institution: Institution) => [number, number] | null,
  count: number,
): Map<string, MentorLink[]> {
  const models = roleModels
    .map((model) => ({ model, at: centroidOf(model) }))
    .filter((m): m is { model: Institution; at: [number, number] } => m.at !== null);
  const out = new Map<string, MentorLink[]>();
  for (const institution of inactive) {
    const at = centroidOf(institution);
    if (!at) continue;
    const nearest = models
      .filter(({ model }) => compatibleGrades(model.gradeGroup, institution.gradeGroup) && model.code !== institution.code)
      .map(({ model, at: there }) => ({ model, distanceKm: Math.round(haversineKm(at, there) * 10) / 10 }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.model.code.localeCompare(b.model.code))
      .slice(0, count);
    out.set(
      institution.code,
      nearest.map(({ model, distanceKm }) => ({
        code: model.code,
        distanceKm,
        reasons: [
          {
            it: `Scuola virtuosa a ${distanceKm} km, dello stesso ciclo di istruzione.`,
            en: `Role-model school ${distanceKm} km away, of a compatible grade.`,
          },
        ],
      })),
    );
  }
  return out;
}
