/**
 * Stage 6, mentors: for every institution not active in the index's reference
 * years, the nearest role models (by the distance between their comuni's
 * centroids), so that a profile can name who could train it.
 */
import type { Institution } from '../aggregate/institutions.js';
import type { BuildConfig } from '../config.js';
import type { GeometryLayers } from '../geo/build-layers.js';
import { findMentors, type MentorLink } from '../indicators/mentors.js';
import type { RoleModel } from '../indicators/role-models.js';

export function placeMentors(
  input: {
    institutions: readonly Institution[];
    active: ReadonlySet<string>;
    roleModels: ReadonlyMap<string, RoleModel>;
    centroids: GeometryLayers['centroids'];
  },
  config: BuildConfig,
): Map<string, MentorLink[]> {
  const centroidOf = (institution: Institution) =>
    institution.location.comune ? (input.centroids.get(institution.location.comune) ?? null) : null;
  const inactive = input.institutions.filter((i) => !input.active.has(i.code));
  const roleModels = input.institutions.filter((i) => input.roleModels.has(i.code));
  return findMentors(inactive, roleModels, centroidOf, config.mentors.count);
}
