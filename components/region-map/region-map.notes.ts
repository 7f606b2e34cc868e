/**
 * What the map shows other than its page asked, said under its title and once
 * in the console (src/i18n/ignored-attribute.ts): a `view`, a `drill-level` or
 * a `classes-year` it does not know (ignored, as the lists' choices are: the default stands) or a year of it whose
 * classes it cannot make (none in the data, or no value in it: the default's are drawn), a `classes` that is
 * not a whole number from 2 to 7 (the nearest is drawn), words of `points` it
 * does not know (left out), and a `normalisation`
 * its metric does not offer (its absolute values are shown), a `year` the data
 * does not have (the latest is shown, as the lists show theirs), an attribute
 * of the timeline or the lists (`scope`, `metrics`, `programme`). Fewer classes
 * than asked, where the areas have fewer values, are said under the title too
 * (not in the console: the page asked nothing wrong).
 */
import type { TemplateResult } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import { ignoreUnknown } from '../../src/element/ignore-unknown.js';
import { renderNotes } from '../../src/element/render-notes.js';
import {
  ignoredChoicesText,
  ignoredNumberText,
  ignoredWordsText,
  ignoredYearText,
  misplacedNotes,
  surveyOnlyText,
  unavailableModeText,
} from '../../src/i18n/ignored-attribute.js';
import { isSurveyMetric } from '../../src/map/drill.js';
import { programmeAsMetric, type Misplaced } from '../../src/element/misplaced-attributes.js';
import { unreadValuesText } from '../../src/i18n/unit-values-text.js';
import { MAX_BREAKS } from '../../src/map/fixed-breaks.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { localize } from '../../src/i18n/lang.js';
import { classCount, type MapViewModel } from '../../src/map/map-view.js';
import { POINT_KINDS, readPoints } from '../../src/map/point-kinds.js';
import { MESSAGES, type RegionMapMessages } from './region-map.messages.js';
import { CLASSES_YEAR_VALUES } from '../../src/map/classes-year.js';
import { CLASSES_YEARS, MAP_VIEWS } from './region-map.types.js';

// A drill level it does not know was used only when a region was entered, and failed there as an unknown level.
const CHOICES = [
  ['view', MAP_VIEWS],
  ['drillLevel', ['provinces', 'comuni']],
  ['classesYear', CLASSES_YEARS, CLASSES_YEAR_VALUES],
] as const;

/**
 * The timeline's and the lists' attributes, which the map reads from `region`, `province` and `level`, and `metric`
 * (src/element/misplaced-attributes.ts); `scope="nation"` is the map's own start.
 */
const MISPLACED: Misplaced = {
  scope: (scope, element) => {
    const [level, code = ''] = scope.split(':');
    if (level === 'nation') return element.getAttribute('region') ? [] : null;
    if (level === 'region') return [['region', code]];
    return level === 'province'
      ? [
          ['province', code],
          ['level', 'comuni'],
        ]
      : [];
  },
  metrics: (metrics) => [['metric', metrics.split(/[\s,]+/)[0]!]],
  programme: programmeAsMetric('metric'),
};

type Warn = (message: string, key?: string) => void;

/** A `breaks` the map could not read (src/util/unit-values.ts): why, and that its own classes are shown. */
const breaksText = ({ written, problem, token }: NonNullable<MapViewModel['breaksIgnored']>, t: RegionMapMessages, lang: Language) =>
  unreadValuesText('breaks', written, problem, token, MAX_BREAKS, t.ownClasses, lang);

/**
 * A `classes-year` school year whose classes the map could not make (src/map/map-view.ts): why, with the metric's
 * name (the console's by its id); the default's are drawn, and the legend's note says whose.
 */
function classesYearText({ classesYearIgnored }: MapViewModel, t: RegionMapMessages, metric: string, lang: Language): string {
  const { year, years, empty } = classesYearIgnored!;
  return empty
    ? t.classesYearEmpty(String(year), formatSchoolYear(year), metric)
    : ignoredYearText(String(year), years, lang, 'classes-year');
}

/** The map's attributes the notes read. */
interface MapAttributes extends Element {
  classes: number;
  classification: string;
  points: string;
  metric: string;
  wave: string;
  question: string;
}

/** The attributes `attributeNotes` reads: only their changes are checked again (a hover updates the map too). */
const NOTED = ['classes', 'classification', 'points', 'metric', 'wave', 'question'];

export class MapNotes {
  /** The view whose normalisation was last checked. */
  private _checked: MapViewModel | undefined;

  /** The attributes ignored, by name, with the value written: the map's own (any value set again counts as a change). */
  constructor(private readonly _ignored: Map<string, string>) {}

  /**
   * In willUpdate: an unknown view goes back to the map; what the view shows otherwise is warned of once, checked
   * when the attributes or the view change, not at every update of a hover or a focus.
   */
  check(element: MapAttributes, changed: ReadonlyMap<PropertyKey, unknown>, view: MapViewModel | undefined, warn: Warn): void {
    ignoreUnknown(element, changed, CHOICES, warn, this._ignored);
    // The console in English, as every warning: the notes' own sentences, the metric by its id.
    if (view !== this._checked) {
      this._checked = view;
      if (view?.modeUnavailable) warn(unavailableModeText(view.modeUnavailable, [view.metric.id], 'en'));
      const ignored = view?.yearIgnored;
      if (ignored) warn(ignoredYearText(ignored.written, ignored.years, 'en'), `year:${ignored.written}`);
      const breaks = view?.breaksIgnored;
      if (breaks) warn(breaksText(breaks, MESSAGES.en, 'en'));
      if (view?.classesYearIgnored)
        warn(classesYearText(view, MESSAGES.en, view.metric.id, 'en'), `classes-year:${view.classesYearIgnored.year}`);
      for (const note of view?.surveyNotes ?? []) if (!note.quiet) warn(note.en);
      misplacedNotes(element, MISPLACED, 'en', warn);
    }
    if (NOTED.some((key) => changed.has(key))) for (const note of attributeNotes(element, 'en', view?.classes.fixed)) warn(note);
  }

  render(element: MapAttributes, view: MapViewModel, lang: Language, t: RegionMapMessages): TemplateResult[] {
    const notes = [
      ...ignoredChoicesText(this._ignored, CHOICES, element, lang),
      ...attributeNotes(element, lang, view.classes.fixed),
      ...misplacedNotes(element, MISPLACED, lang),
    ];
    const [drawn, asked] = [view.classes.breaks.length + 1, classCount(element.classes)];
    // One class is no data or one value for all, which the legend says itself.
    if (element.classification !== 'continuous' && !view.classes.fixed && drawn > 1 && drawn < asked)
      notes.push(t.fewerClasses(drawn, asked));
    if (view.breaksIgnored) notes.push(breaksText(view.breaksIgnored, t, lang));
    if (view.modeUnavailable) notes.push(unavailableModeText(view.modeUnavailable, [localize(view.metric.label, lang)], lang));
    if (view.yearIgnored) notes.push(ignoredYearText(view.yearIgnored.written, view.yearIgnored.years, lang));
    if (view.classesYearIgnored) notes.push(classesYearText(view, t, localize(view.metric.label, lang), lang));
    for (const note of view.surveyNotes ?? []) notes.push(localize(note, lang));
    return renderNotes(notes);
  }
}

/**
 * `classes` outside 2 to 7 or not whole (the attribute as written: a word is NaN), where the map makes its own classes
 * (not of the `breaks` the page set, `fixed`: it would say a count of classes that is not drawn); words of `points` it
 * does not know.
 */
function attributeNotes(element: MapAttributes, lang: Language, fixed = false): string[] {
  const notes: string[] = [];
  const { classes, classification, points } = element;
  if (!fixed && classification !== 'continuous' && !(Number.isInteger(classes) && classes >= 2 && classes <= 7))
    notes.push(ignoredNumberText('classes', element.getAttribute('classes') ?? String(classes), 2, classCount(classes), lang, 7));
  const { unknown } = readPoints(points);
  if (unknown.length > 0) notes.push(ignoredWordsText('points', points, unknown, POINT_KINDS, lang));
  // A survey's wave and question (a linked view's) beside a metric of the contract.
  if (!isSurveyMetric(element.metric))
    for (const name of ['wave', 'question'] as const) if (element[name]) notes.push(surveyOnlyText(name, element[name], 'metric', lang));
  return notes;
}
