/**
 * The shared state of a linked view (what <linked-view> keeps and mirrors in
 * the URL): the region (or Italy), the year, an area inside the region (a
 * province or a comune), a school, the programme, the survey's wave and
 * question, and the characteristic the breakdown shows. Reading is strict: a
 * value that is not a valid code is dropped, so a hand-edited URL can never
 * reach an element as garbage.
 */
import { CODE_PATTERNS } from '../contract/codes.js';
import { BREAKDOWN_DIMENSIONS } from '../contract/vocabulary.js';

export interface ViewState {
  /** ISTAT region code, '' for Italy. */
  region: string;
  year: number | null;
  /** `province:048` or `comune:048017`, '' for none. */
  area: string;
  /** School code, '' for none. */
  school: string;
  /** The programme everything shows: 'etwinning', 'erasmus' or 'funding'; '' for all of them. */
  programme: string;
  /** The survey wave the results show (its id in the index's `surveys`), '' for the latest. */
  wave: string;
  /** The survey question the results show (its id), '' for every question. */
  question: string;
  /** The characteristic the participation breakdown shows (`gradeGroup`, `size`, `innerArea`, `capoluogo`), '' for its own. */
  dimension: string;
}

export const VIEW_KEYS = ['region', 'year', 'area', 'school', 'programme', 'wave', 'question', 'dimension'] as const;

/** The programmes a view can be narrowed to ('' is all of them). */
export const VIEW_PROGRAMMES = ['etwinning', 'erasmus', 'funding'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export const EMPTY_VIEW: ViewState = { region: '', year: null, area: '', school: '', programme: '', wave: '', question: '', dimension: '' };

/** One value read from text (attribute or URL parameter); undefined when invalid. */
export function readViewValue<K extends ViewKey>(key: K, text: string | null): ViewState[K] | undefined {
  const value = (text ?? '').trim();
  if (value === '') return (key === 'year' ? null : '') as ViewState[K];
  switch (key) {
    case 'region':
      return (CODE_PATTERNS.region.test(value) ? value : undefined) as ViewState[K] | undefined;
    case 'year': {
      const year = Number(value);
      return (Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined) as ViewState[K] | undefined;
    }
    case 'area': {
      const [level, code = ''] = value.split(':');
      const valid = (level === 'province' || level === 'comune') && CODE_PATTERNS[level].test(code);
      return (valid ? value : undefined) as ViewState[K] | undefined;
    }
    case 'programme':
      return ((VIEW_PROGRAMMES as readonly string[]).includes(value) ? value : undefined) as ViewState[K] | undefined;
    case 'dimension':
      return ((BREAKDOWN_DIMENSIONS as readonly string[]).includes(value) ? value : undefined) as ViewState[K] | undefined;
    // Which waves and questions the data has, the view does not know: a well-formed id that is none of them,
    // <survey-results> says.
    case 'wave':
    case 'question':
      return (CODE_PATTERNS.identifier.test(value) ? value : undefined) as ViewState[K] | undefined;
    default: {
      const code = value.toUpperCase();
      return (CODE_PATTERNS.school.test(code) ? code : undefined) as ViewState[K] | undefined;
    }
  }
}

/**
 * The state written in URL parameters (`prefix` + key); keys that are absent or invalid are left out, each invalid
 * one told to `onInvalid` with its text (a hand-edited address must not be dropped without a word).
 */
export function viewFromParams(
  params: URLSearchParams,
  prefix = '',
  onInvalid: (key: string, text: string) => void = () => undefined,
): Partial<ViewState> {
  const state: Partial<ViewState> = {};
  for (const key of VIEW_KEYS) {
    if (!params.has(prefix + key)) continue;
    const text = params.get(prefix + key);
    const value = readViewValue(key, text);
    if (value !== undefined) (state as Record<ViewKey, unknown>)[key] = value;
    else onInvalid(prefix + key, text ?? '');
  }
  return state;
}

/**
 * A copy of `params` with the state written in, the page's other parameters kept. An empty value is left out, unless
 * the view's markup names one (`<linked-view region="09">`): then it is written empty (`region=`), since an address
 * without it would open the markup's region, not Italy.
 */
export function viewToParams(state: ViewState, params: URLSearchParams, prefix = '', markup: ViewState = EMPTY_VIEW): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of VIEW_KEYS) {
    const value = state[key];
    if (value !== '' && value !== null) next.set(prefix + key, String(value));
    else if (markup[key] !== '' && markup[key] !== null) next.set(prefix + key, '');
    else next.delete(prefix + key);
  }
  return next;
}

/** Equal states (same values for every key). */
export const sameView = (a: ViewState, b: ViewState) => VIEW_KEYS.every((key) => a[key] === b[key]);

/** The timeline's scope for a state: the school, else the area, else the region, else Italy. */
export function timelineScope(state: ViewState): string {
  if (state.school) return `school:${state.school}`;
  if (state.area) return state.area;
  return state.region ? `region:${state.region}` : 'nation';
}

/** A territory list's scope: a province when one is chosen, else the region, else Italy. */
export function listScope(state: ViewState): string {
  if (state.area.startsWith('province:')) return state.area;
  return state.region ? `region:${state.region}` : 'nation';
}

/** A survey's scope: a comune chosen (the element shows its province's estimates, and says so), else a list's. */
export function surveyScope(state: ViewState): string {
  return state.area.startsWith('comune:') ? state.area : listScope(state);
}
