/**
 * How each element of the library follows the shared state, through its public
 * attributes only (so the same rules hold for a copy of the library registered
 * under other tag names, found by `data-link-as`). An element not listed here
 * is left alone; one with `data-unlinked` too, and one with
 * `data-unlinked="question"` (or `year`, `programme`, `wave`, `dimension`)
 * keeps its own of those and follows the rest.
 */
import { warn } from '../../src/element/warnings.js';
import { isSurveyMetric } from '../../src/map/drill.js';
import { listScope, surveyScope, timelineScope, type ViewState } from '../../src/view/view-state.js';

type Follow = (element: Element, state: ViewState) => void;

/**
 * The parts of the state an element can keep its own of, each with the attributes the view sets from it: a second
 * survey timeline of its own question beside one that follows the survey's, a list of its own year, a map always
 * shown as its table (`view`: how it shows its data, linked-view.presentation.ts, neither read from the address nor
 * written there). The area is what a view links: an element that keeps it follows nothing (`data-unlinked` alone).
 */
const KEEPABLE: Readonly<Record<string, readonly string[]>> = {
  year: ['year'],
  programme: ['programme', 'metric', 'metrics'],
  wave: ['wave'],
  question: ['question'],
  dimension: ['dimension'],
  view: ['view', 'points', 'filter', 'sort'],
};

/** The words of an element's `data-unlinked`. */
const unlinkedWords = (element: Element) => (element.getAttribute('data-unlinked') ?? '').split(/\s+/).filter(Boolean);

/** The attributes an element keeps its own of (`data-unlinked="question"`). */
export const kept = (element: Element) => unlinkedWords(element).flatMap((word) => KEEPABLE[word] ?? []);

function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value && !kept(element).includes(name)) element.setAttribute(name, value);
}

function followYear(element: Element, state: ViewState): void {
  if (state.year !== null) setAttr(element, 'year', String(state.year));
}

/** An element that counts active institutions counts them in the chosen programme (other metrics stay as the page set them). */
function followProgramme(element: Element, state: ViewState, attribute: string): void {
  const value = element.getAttribute(attribute) ?? '';
  if (/^(participation|etwinning|erasmus|funding)\.active$/.test(value))
    setAttr(element, attribute, state.programme ? `${state.programme}.active` : 'participation.active');
}

const programmeOf = (state: ViewState) => state.programme || 'all';

/** The attributes the view has set on each element from choices made in it, each with the page's own value it replaced (null: none). */
const chosen = new WeakMap<Element, Map<string, string | null>>();

/**
 * A page's own value (`wave="…"`) stays until one is chosen in the view; from then on the view's is followed, none too
 * ('' is a survey's latest wave, or every question). With `restore`, for a choice whose '' names none (the breakdown's
 * characteristic), none chosen again (Back to an address without it) gives the element the page's own again.
 */
function followChosen(element: Element, name: string, value: string, restore = false): void {
  const replaced = chosen.get(element) ?? new Map<string, string | null>();
  // Kept, it is the page's own: the snippet keeps it too.
  if ((!value && !replaced.has(name)) || kept(element).includes(name)) return;
  if (!replaced.has(name)) chosen.set(element, replaced.set(name, element.getAttribute(name)));
  if (value || !restore) return setAttr(element, name, value);
  const page = replaced.get(name) ?? null;
  replaced.delete(name);
  if (page === null) element.removeAttribute(name);
  else setAttr(element, name, page);
}

/** The attributes the view has set on an element from choices made in it (not the page's): the snippet leaves them to the state. */
export const viewChosen = (element: Element): ReadonlyMap<string, unknown> | undefined => chosen.get(element);

export const LINK_TARGETS: Record<string, Follow> = {
  'region-map': (element, state) => {
    followYear(element, state);
    followProgramme(element, state, 'metric');
    // A survey's estimates (src/map/survey-metric.ts) are of the wave and the question chosen in the view, per region
    // and province: a province chosen is shown among its region's, as a comune is.
    const survey = isSurveyMetric(element.getAttribute('metric'));
    if (survey) {
      followChosen(element, 'wave', state.wave);
      followChosen(element, 'question', state.question);
    }
    const [kind, code = ''] = state.area.split(':');
    if (state.region) {
      setAttr(element, 'region', state.region);
      // A province shows its comuni; a comune chosen leaves the map where it is; no area shows the region.
      if (kind === 'province' && !survey) {
        setAttr(element, 'province', code);
        setAttr(element, 'level', 'comuni');
      } else if (kind !== 'comune') {
        const level = element.getAttribute('level');
        if (element.getAttribute('province') || !level || level === 'regions' || (survey && level === 'comuni'))
          setAttr(element, 'level', survey ? 'provinces' : element.getAttribute('drill-level') || 'provinces');
        if (element.hasAttribute('province')) setAttr(element, 'province', '');
      }
    } else if (element.getAttribute('region')) {
      setAttr(element, 'region', '');
      if (element.hasAttribute('province')) setAttr(element, 'province', '');
      setAttr(element, 'level', 'regions');
    }
  },
  'trend-timeline': (element, state) => {
    // A survey's question across its waves (src/timeline/survey-series.ts) has estimates for Italy, a region or a
    // province, and its waves' years only: it follows the area as the survey's results do (a comune chosen shows its
    // province's; a school chosen leaves it where it is), keeps no other year, and shows the question chosen.
    const survey = /(^|\s)survey:/.test(element.getAttribute('metrics') ?? '');
    if (survey) followChosen(element, 'question', state.question);
    else followYear(element, state);
    followProgramme(element, state, 'metrics');
    if (element.getAttribute('variant') !== 'multiples') setAttr(element, 'scope', survey ? surveyScope(state) : timelineScope(state));
  },
  'territory-list': (element, state) => setAttr(element, 'scope', listScope(state)),
  // The survey's estimates for the area chosen (the nation, a region, a province; a comune's province), of the wave
  // and the question chosen ('': the latest, every question).
  'survey-results': (element, state) => {
    setAttr(element, 'scope', surveyScope(state));
    followChosen(element, 'wave', state.wave);
    followChosen(element, 'question', state.question);
  },
  // The characteristic chosen in one breakdown shows in every other, and in the address.
  'participation-breakdown': (element, state) => {
    followYear(element, state);
    followChosen(element, 'dimension', state.dimension, true);
    setAttr(element, 'programme', programmeOf(state));
    setAttr(element, 'scope', listScope(state));
  },
  // A comune chosen on the map narrows the list of institutions to it.
  'institution-list': (element, state) => {
    followYear(element, state);
    setAttr(element, 'programme', programmeOf(state));
    setAttr(element, 'scope', state.area || listScope(state));
  },
  'school-profile': (element, state) => {
    if (state.school) setAttr(element, 'code', state.school);
    // No school chosen: the profile waits, hidden, rather than showing an error.
    element.toggleAttribute('hidden', !state.school);
  },
};

/** The tags the coordinator looks for, with `data-link-as` for elements registered under other names. */
export const LINKED_SELECTOR = [...Object.keys(LINK_TARGETS), 'school-search', '[data-link-as]'].join(',');

/** The elements whose `data-unlinked` names a part they cannot keep, warned of once. */
const misnamed = new WeakSet<Element>();

/** The rule for one element, or null: `data-unlinked` alone, or naming a part it cannot keep (said once), follows nothing. */
export function followRule(element: Element): Follow | null {
  const words = unlinkedWords(element);
  const unknown = words.filter((word) => !KEEPABLE[word]);
  if (unknown.length > 0 && !misnamed.has(element)) {
    misnamed.add(element);
    warn(
      'linked-view',
      `<${element.localName} data-unlinked="${words.join(' ')}">: ${unknown.join(', ')} cannot be kept apart (only ${Object.keys(KEEPABLE).join(', ')}); it follows nothing of the view.`,
    );
  }
  if (element.hasAttribute('data-unlinked') && (words.length === 0 || unknown.length > 0)) return null;
  const as = element.getAttribute('data-link-as') ?? element.localName;
  return LINK_TARGETS[as] ?? null;
}
