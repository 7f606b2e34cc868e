/**
 * Names that tell a chart's areas apart. A comune and its province are often
 * named alike (Firenze and Firenze, Roma and Roma: the legend, the summary and
 * the files of `compare="parents"` named two lines the same), so a name that
 * areas share is followed by its level ("Firenze (comune)", "Firenze
 * (provincia)"), and one still shared (two comuni named Calliano) by its code
 * too.
 */
import type { ScopeLevel } from './scopes.js';

export interface NamedArea {
  name: string;
  level: ScopeLevel;
  code: string;
}

export function distinctNames(areas: readonly NamedArea[], levels: Readonly<Record<ScopeLevel, string>>): string[] {
  const withLevel = qualified(
    areas.map((area) => area.name),
    (k) => `${areas[k]!.name} (${levels[areas[k]!.level]})`,
  );
  return qualified(withLevel, (k) => `${areas[k]!.name} (${levels[areas[k]!.level]} ${areas[k]!.code})`);
}

/** `names`, each one that another also has replaced by `more(k)`. */
function qualified(names: readonly string[], more: (k: number) => string): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.map((name, k) => (counts.get(name)! > 1 ? more(k) : name));
}
