/**
 * How each element of a view shows its data (the map or its table, the map's
 * points, the chart's lines, stacked areas or table, the list's filter and
 * order, the breakdown's and the survey's bars or table), kept in the view's
 * address beside the shared state: a reader who switched the map to its table,
 * reloaded or shared the link, saw the map again. Not shared: each is one
 * element's own, named in the address by its kind and, after the first of its
 * kind in the view, its place (`map-view`, `map-view-2`); one that keeps its
 * own (`data-unlinked="view"`) is left out, its place still counted. Not
 * history either: Back changes what the view shows, not how (see
 * <linked-view>'s popstate).
 */
import { warn } from '../../src/element/warnings.js';
import { kept } from './linked-view.targets.js';
import { POINT_KINDS } from '../../src/map/point-kinds.js';
import { BAR_VIEWS, INSTITUTION_FILTERS, INSTITUTION_SORTS, MAP_VIEWS, TIMELINE_VIEWS } from '../../src/view/presentation-values.js';

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);

/** Per kind of element, the attributes a reader changes in it, with their names in the address and the values they take. */
const PRESENTATIONS: Readonly<Record<string, Readonly<Record<string, readonly [name: string, valid: (value: string) => boolean]>>>> = {
  'region-map': {
    view: ['map-view', oneOf(MAP_VIEWS)],
    // Its words ('' is none): their order or repetition is the element's to read.
    points: ['map-points', (value) => value.split(' ').every((word) => !word || oneOf(POINT_KINDS)(word))],
  },
  'trend-timeline': { view: ['chart-view', oneOf(TIMELINE_VIEWS)] },
  'participation-breakdown': { view: ['breakdown-view', oneOf(BAR_VIEWS)] },
  'survey-results': { view: ['survey-view', oneOf(BAR_VIEWS)] },
  'institution-list': { filter: ['list-filter', oneOf(INSTITUTION_FILTERS)], sort: ['list-sort', oneOf(INSTITUTION_SORTS)] },
};

interface Slot {
  element: Element;
  attribute: string;
  /** Its parameter's name in the address, with the view's prefix. */
  name: string;
  valid: (value: string) => boolean;
}

/** Every attribute of `elements` the address may name, in page order. */
function slots(elements: Iterable<Element>, prefix: string): Slot[] {
  const seen = new Map<string, number>();
  const out: Slot[] = [];
  for (const element of elements) {
    const kind = element.getAttribute('data-link-as') ?? element.localName;
    const attributes = PRESENTATIONS[kind];
    if (!attributes) continue;
    const place = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, place);
    for (const [attribute, [name, valid]] of Object.entries(attributes))
      if (!kept(element).includes(attribute))
        out.push({ element, attribute, name: `${prefix}${name}${place > 1 ? `-${place}` : ''}`, valid });
  }
  return out;
}

export class Presentations {
  /** Address name → value: named by the address (checked when its element is there), or chosen in the view since. */
  private _chosen = new Map<string, string>();

  /** Reads the address, whose elements may not all be there yet (the page still parsing, a framework adding them later). */
  read(params: URLSearchParams): void {
    this._chosen = new Map(params);
  }

  /** A reader's choice in `element`; true when the address changes. */
  choose(element: Element, attribute: string, value: string, elements: Iterable<Element>, prefix: string): boolean {
    const slot = slots(elements, prefix).find((s) => s.element === element && s.attribute === attribute);
    if (!slot?.valid(value) || this._chosen.get(slot.name) === value) return false;
    this._chosen.set(slot.name, value);
    return true;
  }

  /** Gives each element what is chosen for it; a value the address names that its attribute does not take is said and left out. */
  apply(elements: Iterable<Element>, prefix: string): void {
    for (const { element, attribute, name, valid } of slots(elements, prefix)) {
      const value = this._chosen.get(name);
      if (value === undefined || element.getAttribute(attribute) === value) continue;
      if (valid(value)) element.setAttribute(attribute, value);
      else {
        warn('linked-view', `ignored ${name}=${JSON.stringify(value)} in the page's address: not a value it takes.`);
        this._chosen.delete(name);
      }
    }
  }

  /** `params` with what is chosen written in, and the names of nothing chosen taken out. */
  write(params: URLSearchParams, elements: Iterable<Element>, prefix: string): URLSearchParams {
    for (const { name } of slots(elements, prefix)) {
      const value = this._chosen.get(name);
      if (value === undefined) params.delete(name);
      else params.set(name, value);
    }
    return params;
  }
}
