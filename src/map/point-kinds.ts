/**
 * The map's `points` attribute: space-separated words, `active` and
 * `role-models`. Read as words, never as text to search: `points="actives"`
 * (or "inactive") pressed the toggle and put "active schools" in the legend,
 * by a substring, while the map, reading words, drew none.
 */
export const POINT_KINDS = ['active', 'role-models'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** The kinds of points `points` names, and the words it does not know (for the element to say). */
export function readPoints(points: string): { kinds: Set<PointKind>; unknown: string[] } {
  const kinds = new Set<PointKind>();
  const unknown: string[] = [];
  for (const word of points.split(/\s+/)) {
    if ((POINT_KINDS as readonly string[]).includes(word)) kinds.add(word as PointKind);
    else if (word) unknown.push(word);
  }
  return { kinds, unknown };
}

/** `points` with `kind` added or taken away (the words it does not know go). */
export function togglePoint(points: string, kind: PointKind): string {
  const { kinds } = readPoints(points);
  if (kinds.has(kind)) kinds.delete(kind);
  else kinds.add(kind);
  return POINT_KINDS.filter((k) => kinds.has(k)).join(' ');
}
