import { AREA_MISSING, type MissingArea } from '../../src/element/area-missing.js';
import { PRESENTATION_CHANGE, type PresentationChange } from '../../src/element/presentation-change.js';
import { warn } from '../../src/element/warnings.js';
import { HTMLElementBase } from '../../src/util/html-element-base.js';
import { embedMarkup } from '../../src/view/embed-markup.js';
import {
  EMPTY_VIEW,
  readViewValue,
  sameView,
  VIEW_KEYS,
  viewFromParams,
  viewToParams,
  type ViewKey,
  type ViewState,
} from '../../src/view/view-state.js';
import { LinkedViewChangeEvent } from './linked-view.events.js';
import { missingAreaText, noticeOf } from './linked-view.notice.js';
import { Presentations } from './linked-view.presentation.js';
import { followRule, LINKED_SELECTOR, viewChosen } from './linked-view.targets.js';

// The elements' event types, for the compiler only: <linked-view> loads none of their code.
import type {} from '../region-map/region-map.events.js';
import type {} from '../school-search/school-search.events.js';
import type {} from '../territory-list/territory-list.events.js';
import type {} from '../institution-list/institution-list.events.js';
import type {} from '../school-profile/school-profile.events.js';
import type {} from '../trend-timeline/trend-timeline.events.js';
import type {} from '../survey-results/survey-results.events.js';
import type {} from '../participation-breakdown/participation-breakdown.events.js';

/** How one element event moves the shared state, and whether it is a new history entry. */
type Change = { state: Partial<ViewState>; history: 'push' | 'replace' } | null;

/** The events of the library's elements that move the shared state. */
type LinkedEventType =
  | 'region-map-navigate'
  | 'region-map-select'
  | 'region-map-year-change'
  | 'region-map-wave-change'
  | 'trend-timeline-year-change'
  | 'trend-timeline-select'
  | 'school-search-select'
  | 'territory-list-select'
  | 'institution-list-select'
  | 'school-profile-select'
  | 'survey-results-wave-change'
  | 'survey-results-question-change'
  | 'participation-breakdown-dimension-change';

/** The `detail` of each event, as its element declares it in `GlobalEventHandlersEventMap`. */
type DetailOf<K extends LinkedEventType> = GlobalEventHandlersEventMap[K]['detail'];

const AREA_LEVELS: Record<string, string> = { provinces: 'province', comuni: 'comune' };

/** For each event, the change of state it makes (typed by the event's own detail). */
const CHANGES: { [K in LinkedEventType]: (detail: DetailOf<K>) => Change } = {
  'region-map-navigate': (d) => ({
    state: { region: d.region, area: d.province ? `province:${d.province}` : '', school: '' },
    history: 'push',
  }),
  'region-map-select': (d) =>
    AREA_LEVELS[d.level] ? { state: { area: `${AREA_LEVELS[d.level]}:${d.code}`, school: '' }, history: 'push' } : null,
  'region-map-year-change': (d) => ({ state: { year: d.year }, history: 'replace' }),
  'trend-timeline-year-change': (d) => ({ state: { year: d.year }, history: 'replace' }),
  'trend-timeline-select': (d) => ({ state: { region: d.code, area: '', school: '' }, history: 'push' }),
  'school-search-select': (d) => ({ state: { school: d.code }, history: 'push' }),
  'territory-list-select': (d) => {
    if (d.level === 'regions') return { state: { region: d.code, area: '', school: '' }, history: 'push' };
    if (d.level === 'school') return { state: { school: d.code }, history: 'push' };
    return { state: { area: `${AREA_LEVELS[d.level]}:${d.code}`, school: '' }, history: 'push' };
  },
  'institution-list-select': (d) => ({ state: { school: d.code }, history: 'push' }),
  'school-profile-select': (d) => ({ state: { school: d.code }, history: 'push' }),
  // A wave chosen is a view of its own, as a programme is: Back returns to the one before.
  'survey-results-wave-change': (d) => ({ state: { wave: d.wave }, history: 'push' }),
  'region-map-wave-change': (d) => ({ state: { wave: d.wave }, history: 'push' }),
  'survey-results-question-change': (d) => ({ state: { question: d.question }, history: 'push' }),
  'participation-breakdown-dimension-change': (d) => ({ state: { dimension: d.dimension }, history: 'push' }),
};

const LINKED_EVENTS = Object.keys(CHANGES) as LinkedEventType[];

/**
 * What a view puts before the names of its parameters in the page's address: `url="a"` gives `a-region`; a bare
 * `url` nothing (nor `url="url"`, `url="true"` or `url="false"`, a boolean attribute as some pages and templates
 * write it: present, it was on, with the parameters' own names).
 */
function addressPrefix(view: Element): string {
  const name = (view.getAttribute('url') ?? '').trim();
  return name && !['url', 'true', 'false'].includes(name) ? `${name}-` : '';
}

/**
 * Links the elements inside it, whatever the framework of the page: it listens
 * to their events (map, timeline, lists, search, survey, breakdown), keeps one
 * shared state (region, year, area, school, programme, the survey's wave and
 * question, the breakdown's characteristic) and moves every element to it through their public attributes.
 * With `url`, the state lives in the page's URL, so that a view can be shared,
 * reloaded and walked with back and forward; `url="a"` names its parameters
 * (`a-region`), so that two views of one page (two regions side by side) keep
 * each its own. How each element shows its data, as its reader chose (the map or
 * its table, the map's points, the chart's view, the list's filter and order,
 * the breakdown's and the survey's bars or table), is kept there too (`map-view=table`; `map-view-2` for a second map), not in
 * the history.
 * Elements without `src` take the view's. A link that opens the same view
 * elsewhere (the page in another language) carries the state in its address:
 * `<a data-link-view>` inside the view, or `<a data-link-view="its id">`
 * anywhere on the page.
 *
 * @tagname linked-view
 * @summary Links the elements inside it and keeps their state in the URL.
 *
 * @csspart notice - What the view changed of what it was given (an area the data does not hold, shown as its region), above the elements.
 *
 * @fires linked-view-change - The state changed through a user action, or let go of an area the data does not hold; `detail` has `region`, `year`, `area`, `school`, `programme`, `wave`, `question` and `dimension`.
 */
export class LinkedView extends HTMLElementBase {
  static readonly observedAttributes = ['src', ...VIEW_KEYS];

  private _state: ViewState = { ...EMPTY_VIEW };
  /** The state the view's markup gives, before any address or choice: what an address that names nothing opens. */
  private _markup?: ViewState;
  /** Elements whose `src` came from this view (so a change of the view's `src` reaches them too). */
  private readonly _inherited = new WeakSet<Element>();
  private _observer: MutationObserver | null = null;
  /** True while the view writes its own attributes, so that it does not read them back. */
  private _reflecting = false;
  /** Attributes are read once in connectedCallback; changes before it (the upgrade's own calls) are not. */
  private _connected = false;
  /** How each element shows its data, kept in the address beside the state. */
  private readonly _presentations = new Presentations();

  /** URL of the contract's index.json, given to every element inside that has no `src`. */
  get src(): string {
    return this.getAttribute('src') ?? '';
  }
  set src(value: string) {
    this.setAttribute('src', value);
  }

  /**
   * Whether the state lives in the URL's parameters (`region`, `year`, `area`, `school`, `programme`, `wave`, `question`, `dimension`); a name as its
   * value (`url="a"`) puts it before each of them (`a-region`).
   */
  get url(): boolean {
    return this.hasAttribute('url');
  }
  set url(value: boolean) {
    this.toggleAttribute('url', value);
  }

  /** A copy of the shared state. Setting it moves the elements (no event, no history entry). */
  get state(): ViewState {
    return { ...this._state };
  }
  set state(value: Partial<ViewState>) {
    this._set({ ...this._state, ...value });
  }

  connectedCallback(): void {
    for (const key of VIEW_KEYS) this._readAttribute(key);
    // Read once: the view writes its state on its own attributes, so a view moved in the page reads them back changed.
    this._markup ??= { ...this._state };
    if (this.url) {
      this._state = { ...this._state, ...this._fromAddress() };
      this._presentations.read(new URLSearchParams(location.search));
      // Two views under the same names mirror each other's choices as soon as the page reloads or goes back.
      const prefix = addressPrefix(this);
      if ([...document.querySelectorAll(`${this.localName}[url]`)].some((view) => view !== this && addressPrefix(view) === prefix))
        warn(
          'linked-view',
          `another view of this page keeps its state in the address as ${prefix}region…: give each url a name of its own (url="a", url="b").`,
        );
    }
    this._reflect();
    noticeOf(this);
    for (const type of LINKED_EVENTS) this.addEventListener(type, this._onElementEvent);
    this.addEventListener(AREA_MISSING, this._onAreaMissing);
    this.addEventListener(PRESENTATION_CHANGE, this._onPresentation);
    this.addEventListener('change', this._onControlChange);
    window.addEventListener('popstate', this._onPopState);
    this._observer = new MutationObserver(() => this._apply());
    this._observer.observe(this, { childList: true, subtree: true });
    this._connected = true;
    this._apply();
  }

  disconnectedCallback(): void {
    for (const type of LINKED_EVENTS) this.removeEventListener(type, this._onElementEvent);
    this.removeEventListener(AREA_MISSING, this._onAreaMissing);
    this.removeEventListener(PRESENTATION_CHANGE, this._onPresentation);
    this.removeEventListener('change', this._onControlChange);
    window.removeEventListener('popstate', this._onPopState);
    this._observer?.disconnect();
    this._observer = null;
    this._connected = false;
  }

  attributeChangedCallback(name: string): void {
    if (this._reflecting || !this._connected) return;
    if (name !== 'src') this._readAttribute(name as ViewKey);
    this._apply();
  }

  /** The markup that reproduces this view elsewhere (see <embed-snippet>). */
  snippet(options: { script: string; integrity?: string; modules?: Readonly<Record<string, string>>; src?: string }): string {
    const elements = [...this.querySelectorAll(LINKED_SELECTOR)];
    // An element that reads other data than the view keeps its own URL, made absolute for the other site.
    const ownSrc = (element: Element) => {
      const src = element.getAttribute('src');
      return src && !this._inherited.has(element) ? new URL(src, document.baseURI).href : null;
    };
    return embedMarkup({
      ...options,
      src: options.src ?? new URL(this.src, document.baseURI).href,
      state: this._state,
      elements,
      ownSrc,
      viewChosen,
    });
  }

  private _readAttribute(key: ViewKey): void {
    const value = readViewValue(key, this.getAttribute(key));
    if (value === undefined) warn('linked-view', `ignored ${key}=${JSON.stringify(this.getAttribute(key))}: not a valid ${key}.`);
    else this._state = { ...this._state, [key]: value };
  }

  /** A plain form control of the page bound to a key of the state (`<select data-link-state="programme">`). */
  private readonly _onControlChange = (event: Event): void => {
    const control = event.target as HTMLSelectElement;
    const key = control.dataset?.linkState as ViewKey | undefined;
    const value = key && VIEW_KEYS.includes(key) ? readViewValue(key, control.value) : undefined;
    if (value !== undefined) this._change({ state: { [key!]: value }, history: 'push' });
  };

  private readonly _onElementEvent = (event: Event): void => {
    // Events of another copy of the library carry the same details; a detail that is missing changes nothing.
    const detail = (event as Event & { detail?: never }).detail;
    const change = detail ? CHANGES[event.type as LinkedEventType]?.(detail) : null;
    if (change) this._change(change);
  };

  /**
   * An element's area is not in the data (an old link's code, say): the view shows the region that held it, or Italy,
   * in the address too, and says so above the elements (each showed its error in its place).
   */
  private readonly _onAreaMissing = (event: CustomEvent<MissingArea>): void => {
    const area = event.detail;
    // Another view's area, or one already left.
    if (!area || `${area.level}:${area.code}` !== this._state.area) return;
    const inRegion = this._state.region !== '';
    warn('linked-view', `the data has no ${area.level} "${area.code}": the view shows ${inRegion ? 'its region' : 'Italy'} instead.`);
    this._change({ state: { area: '' }, history: 'replace' });
    noticeOf(this).textContent = missingAreaText(this, area, inRegion);
  };

  private _change(change: NonNullable<Change>): void {
    const next = { ...this._state, ...change.state };
    if (!this._set(next)) return;
    if (this.url) this._writeAddress(change.history);
    this.dispatchEvent(new LinkedViewChangeEvent(this.state));
  }

  /** The state and the presentations of `linked` (the view's elements) in `params`, the page's other parameters kept. */
  private _params(params: URLSearchParams, linked = this._linked()): URLSearchParams {
    const prefix = addressPrefix(this);
    return this._presentations.write(viewToParams(this._state, params, prefix, this._markup), linked, prefix);
  }

  private _writeAddress(entry: 'push' | 'replace'): void {
    const params = this._params(new URLSearchParams(location.search));
    const url = `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
    if (entry === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** A reader changed how an element inside shows its data: in the address (no new entry) and in the links. */
  private readonly _onPresentation = (event: CustomEvent<PresentationChange>): void => {
    const { attribute, value } = event.detail ?? {};
    const element = event.target as Element;
    if (typeof attribute !== 'string' || typeof value !== 'string') return;
    if (!this._presentations.choose(element, attribute, value, this._linked(), addressPrefix(this))) return;
    if (this.url) this._writeAddress('replace');
    this._apply();
  };

  private readonly _onPopState = (): void => {
    if (!this.url) return;
    // What the URL no longer names goes back to the markup's state (the page as it opened); the year stays where it
    // is when neither names one.
    const markup = this._markup ?? EMPTY_VIEW;
    const next = { ...markup, year: markup.year ?? this._state.year, ...this._fromAddress() };
    if (this._set(next)) this.dispatchEvent(new LinkedViewChangeEvent(this.state));
    // Back goes to another place, not to another way of showing it: the elements stay as the reader left them, and
    // the entry says so (a reload there shows them so).
    this._writeAddress('replace');
  };

  /** The state the page's address names; a parameter that is not valid is left out with a warning (and goes at the next change). */
  private _fromAddress(): Partial<ViewState> {
    return viewFromParams(new URLSearchParams(location.search), addressPrefix(this), (key, text) =>
      warn('linked-view', `ignored ${key}=${JSON.stringify(text)} in the page's address: not a valid ${key}.`),
    );
  }

  /** Adopts a new state; false when nothing changed. */
  private _set(next: ViewState): boolean {
    if (sameView(next, this._state)) return false;
    this._state = next;
    // What the notice said was of the state before.
    if (this.shadowRoot) noticeOf(this).textContent = '';
    this._reflect();
    this._apply();
    return true;
  }

  /** Writes the state on the view's own attributes, so that a page can style `linked-view[school]`. */
  private _reflect(): void {
    this._reflecting = true;
    for (const key of VIEW_KEYS) {
      const value = this._state[key];
      if (value === '' || value === null) this.removeAttribute(key);
      else this.setAttribute(key, String(value));
    }
    this._reflecting = false;
  }

  /** The linked elements inside that follow the view (not those with a bare `data-unlinked`). */
  private _linked(): Element[] {
    return [...this.querySelectorAll(LINKED_SELECTOR)].filter((element) => followRule(element) !== null);
  }

  /** Moves every linked element inside to the state, and gives them the view's `src`. */
  private _apply(): void {
    const src = this.src;
    for (const element of this.querySelectorAll(LINKED_SELECTOR)) {
      if (src && (!element.hasAttribute('src') || this._inherited.has(element))) {
        this._inherited.add(element);
        if (element.getAttribute('src') !== src) element.setAttribute('src', src);
      }
      followRule(element)?.(element, this._state);
    }
    // Found once for the presentations and every link (each link's address names them).
    const linked = this._linked();
    this._presentations.apply(linked, addressPrefix(this));
    for (const control of this.querySelectorAll<HTMLSelectElement>('[data-link-state]')) {
      const value = this._state[control.dataset.linkState as ViewKey];
      if (value !== undefined) control.value = String(value ?? '');
    }
    for (const link of this._links()) {
      const target = new URL(link.getAttribute('href') ?? '', location.href);
      target.search = this._params(target.searchParams, linked).toString();
      link.setAttribute('href', target.href);
    }
  }

  /**
   * The links that carry this view: inside it with an empty `data-link-view`, anywhere on the page with its id (one
   * of several, `data-link-view="a b"`, for a link that carries two views named in the address).
   */
  private _links(): HTMLAnchorElement[] {
    const inside = [...this.querySelectorAll<HTMLAnchorElement>('a[data-link-view=""]')];
    return this.id ? [...inside, ...document.querySelectorAll<HTMLAnchorElement>(`a[data-link-view~="${CSS.escape(this.id)}"]`)] : inside;
  }
}
