/**
 * Stage 6, mentors: every institution not active in the index's reference
 * years assigned role models that can train it, within each role model's
 * capacity and at the least total distance (indicators/mentors.ts).
 */
import type { Institution } from '../aggregate/institutions.js';
import type { BuildConfig } from '../config.js';
import type { GeometryLayers } from '../geo/build-layers.js';
import { assignMentors, type MentorAssignment } from '../indicators/mentors.js';
import type { RoleModel } from '../indicators/role-models.js';

export async function placeMentors(
  input: {
    institutions: readonly Institution[];
    active: ReadonlySet<string>;
    roleModels: ReadonlyMap<string, RoleModel>;
    centroids: GeometryLayers['centroids'];
    regionNeighbours: GeometryLayers['regionNeighbours'];
  },
  config: BuildConfig,
): Promise<MentorAssignment> {
  const centroidOf = (institution: Institution) =>
    institution.location.comune ? (input.centroids.get(institution.location.comune) ?? null) : null;
  const inactive = input.institutions.filter((i) => !input.active.has(i.code));
  const roleModels = input.institutions.filter((i) => input.roleModels.has(i.code));
  return assignMentors(inactive, roleModels, centroidOf, config.mentors, input.regionNeighbours);
}
