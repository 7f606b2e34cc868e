/**
 * Attributes that another element of the library reads, written on one that
 * does not read them. The map is placed with `region="09"` and `province`, the
 * timeline and the lists with `scope="region:09"`; the map draws one `metric`,
 * the timeline `metrics`; the lists and the breakdown count a `programme`, the
 * map and the timeline a metric of it. A page that copied the map's attributes
 * onto a list showed the list of the whole of Italy without a word. Each element
 * lists the attributes of the others that it does not read, with what it reads
 * instead; it says so in itself and once in the console
 * (src/i18n/ignored-attribute.ts). An attribute written the element's own way
 * too, to the same effect, is left in peace: a framework may give every element
 * the same properties.
 */
import { ACTIVITY_PROGRAMMES } from '../contract/vocabulary.js';

/**
 * The attributes to write instead of `value`, as name and value: none when the element has no such attribute; null
 * when it already shows what the value asks (`scope="nation"` on a map of Italy).
 */
export type Instead = (value: string, element: Element) => readonly (readonly [string, string])[] | null;

export type Misplaced = Readonly<Record<string, Instead>>;

export interface MisplacedAttribute {
  name: string;
  value: string;
  /** What to write instead, as markup (`scope="region:09"`); empty when nothing. */
  instead: string;
}

/** The attributes of `table` written on `element` and lost on it. */
export function misplacedAttributes(element: Element, table: Misplaced): MisplacedAttribute[] {
  const found: MisplacedAttribute[] = [];
  for (const [name, instead] of Object.entries(table)) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const pairs = instead(value.trim(), element);
    if (!pairs || (pairs.length && pairs.every(([own, ownValue]) => element.getAttribute(own) === ownValue))) continue;
    found.push({ name, value, instead: pairs.map(([own, ownValue]) => `${own}="${ownValue}"`).join(' ') });
  }
  return found;
}

const scope = (level: string, code: string) => [['scope', `${level}:${code}`] as const];

/** The map's places, for an element placed by `scope`: a comune names its province where the element has no comuni. */
export const areaAsScope = (comuni: boolean): Misplaced => ({
  region: (code) => scope('region', code),
  province: (code) => scope('province', code),
  comune: (code) => (comuni ? scope('comune', code) : scope('province', code.slice(0, 3))),
});

/** A list's `programme`, for an element that counts the active institutions of a programme by its metric `name`. */
export const programmeAsMetric =
  (name: string): Instead =>
  (programme) =>
    (ACTIVITY_PROGRAMMES as readonly string[]).includes(programme)
      ? [[name, programme === 'all' ? 'participation.active' : `${programme}.active`]]
      : [];

/** The map's `metric` (or the timeline's `metrics`) of a programme's active institutions, for an element that counts them by `programme`. */
export const metricAsProgramme: Instead = (metric) => {
  const programme = /^(participation|etwinning|erasmus|funding)\.active$/.exec(metric)?.[1];
  return programme ? [['programme', programme === 'participation' ? 'all' : programme]] : [];
};
