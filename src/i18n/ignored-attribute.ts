/**
 * What an element says in itself when one of its attributes was ignored and it
 * shows its default instead: a console warning alone left a page showing
 * another year, programme or order than the one its author wrote, silently.
 * - a `year` that is not a year of the data (the breakdown shows its last year,
 *   the institution list its reference years): the years there are and how one
 *   is written ("2025" for 2025/26: "2025/26" in the attribute is no year);
 * - a value outside an attribute's vocabulary (`programme="erasmusplus"`): the
 *   values it takes;
 * - a survey's `question` that the wave does not ask: every question is shown;
 * - a count (`limit`) that is not a whole number from 1: the default count;
 * - a `normalisation` that a metric does not offer (a rate per 1,000 students
 *   of a count of institutions): the map and the timeline show its absolute
 *   values, and a reader must know that the unit is not the one asked for;
 * - an attribute of another element of the library (`region="09"` on a list,
 *   which reads `scope="region:09"`): what this element reads instead.
 */
import type { Language } from '../contract/vocabulary.js';
import { attributeName, type Choice } from '../element/ignore-unknown.js';
import { misplacedAttributes, type Misplaced, type MisplacedAttribute } from '../element/misplaced-attributes.js';
import { formatSchoolYear } from './format.js';

/** A year attribute (`year`, or another that names one: a map's `classes-year`) whose value is not a year of the data. */
export function ignoredYearText(value: string, years: readonly number[], lang: Language, name = 'year'): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined)
    return lang === 'it' ? `${name}="${value}" ignorato: i dati non hanno anni.` : `${name}="${value}" ignored: the data has no years.`;
  return lang === 'it'
    ? `${name}="${value}" non è un anno dei dati (dal ${formatSchoolYear(first)} al ${formatSchoolYear(last)}; il ${formatSchoolYear(last)} si scrive ${last}): è stato ignorato.`
    : `${name}="${value}" is not a year of the data (${formatSchoolYear(first)} to ${formatSchoolYear(last)}; ${formatSchoolYear(last)} is written ${last}): it was ignored.`;
}

/** `name="value"` outside the attribute's vocabulary, with the values it takes and the one shown instead. */
export function ignoredChoiceText(name: string, value: string, allowed: readonly string[], shown: string, lang: Language): string {
  return lang === 'it'
    ? `${name}="${value}" non è un valore ammesso (${allowed.join(', ')}): è stato ignorato, si vede ${name}="${shown}".`
    : `${name}="${value}" is not an allowed value (${allowed.join(', ')}): it was ignored, ${name}="${shown}" is shown.`;
}

/**
 * The notes for the attributes `ignored` keeps (src/element/ignore-unknown.ts), each with its vocabulary in `choices`
 * and the value the element shows instead.
 */
export function ignoredChoicesText(
  ignored: ReadonlyMap<string, string>,
  choices: readonly Choice[],
  element: object,
  lang: Language,
): string[] {
  return choices.flatMap(([key, allowed, other]) => {
    const value = ignored.get(key);
    const shown = String((element as Record<string, unknown>)[key]);
    const said = other ? [...allowed, other[lang]] : allowed;
    return value === undefined ? [] : [ignoredChoiceText(attributeName(key), value, said, shown, lang)];
  });
}

/** A `normalisation` that the metrics named do not offer: their absolute values are shown. */
export function unavailableModeText(mode: string, metrics: readonly string[], lang: Language): string {
  return lang === 'it'
    ? `normalisation="${mode}" non è disponibile per ${metrics.map((m) => `«${m}»`).join(', ')}: si vedono i valori assoluti.`
    : `normalisation="${mode}" is not available for ${metrics.map((m) => `“${m}”`).join(', ')}: absolute values are shown.`;
}

/**
 * A count attribute that is not a whole number of `min` or more (`limit="dieci"`, `limit="0"`), or from `min` to `max`
 * (`classes="12"`), with the value shown instead.
 */
export function ignoredNumberText(name: string, value: string, min: number, shown: number, lang: Language, max?: number): string {
  const range = lang === 'it' ? (max ? `da ${min} a ${max}` : `da ${min} in su`) : max ? `from ${min} to ${max}` : `of ${min} or more`;
  return lang === 'it'
    ? `${name}="${value}" non è un numero intero ${range}: è stato ignorato, si vede ${name}="${shown}".`
    : `${name}="${value}" is not a whole number ${range}: it was ignored, ${name}="${shown}" is shown.`;
}

/** Words of a list attribute outside its vocabulary (`points="actives"`): left out, the others read. */
export function ignoredWordsText(
  name: string,
  value: string,
  unknown: readonly string[],
  allowed: readonly string[],
  lang: Language,
): string {
  const words = unknown.map((word) => `"${word}"`).join(', ');
  const one = unknown.length === 1;
  return lang === 'it'
    ? `${name}="${value}": ${words} ${one ? 'non è un valore ammesso' : 'non sono valori ammessi'} (${allowed.join(', ')}): ${one ? 'è stato ignorato' : 'sono stati ignorati'}.`
    : `${name}="${value}": ${words} ${one ? 'is not an allowed value' : 'are not allowed values'} (${allowed.join(', ')}): ${one ? 'it was' : 'they were'} ignored.`;
}

/** A search's `profile` that names no element of its page: the school chosen opens nowhere. */
export function missingProfileText(id: string, lang: Language): string {
  return lang === 'it'
    ? `profile="${id}": nessun elemento della pagina ha questo id, la scuola scelta non si apre.`
    : `profile="${id}": no element of the page has this id, the school chosen does not open.`;
}

/**
 * A survey's `wave` or `question` (set by a linked view from <survey-results>) on an element that shows no survey
 * metric: `attribute` is the element's, `metric` (the map's) or `metrics` (the timeline's).
 */
export function surveyOnlyText(name: string, value: string, attribute: 'metric' | 'metrics', lang: Language): string {
  const written = `${name}="${value}"`;
  return lang === 'it'
    ? `${written} vale solo con ${attribute === 'metric' ? "l'indicatore" : 'gli indicatori'} di un'indagine (${attribute}="survey:…"): è stato ignorato.`
    : `${written} applies to survey metrics only (${attribute}="survey:…"): it was ignored.`;
}

/** A survey's `question` that its wave does not ask: every question is shown. */
export function ignoredQuestionText(value: string, lang: Language): string {
  return lang === 'it'
    ? `question="${value}" non è una domanda di questa rilevazione: è stato ignorato, si vedono tutte le domande.`
    : `question="${value}" is not a question of this survey wave: it was ignored, every question is shown.`;
}

/** An attribute of another element of the library, which `tag` does not read (src/element/misplaced-attributes.ts). */
export function misplacedAttributeText(tag: string, { name, value, instead }: MisplacedAttribute, lang: Language): string {
  const written = `${name}="${value}"`;
  return lang === 'it'
    ? `${written} non è un attributo di <${tag}>: è stato ignorato${instead ? `; qui si scrive ${instead}` : ''}.`
    : `${written} is not an attribute of <${tag}>: it was ignored${instead ? `; here it is written ${instead}` : ''}.`;
}

/**
 * The notes for the attributes of `table` lost on `element`, in `lang`; each is warned of once in the console, in
 * English, through `warn` (an element that warns of every note of its own leaves it out).
 */
export function misplacedNotes(
  element: Element,
  table: Misplaced,
  lang: Language,
  warn?: (message: string, key: string) => void,
): string[] {
  return misplacedAttributes(element, table).map((found) => {
    warn?.(misplacedAttributeText(element.localName, found, 'en'), `misplaced:${found.name}=${found.value}`);
    return misplacedAttributeText(element.localName, found, lang);
  });
}
