/**
 * What the map shows other than its page asked, said under its title and once
 * in the console (src/i18n/ignored-attribute.ts): a `view` it does not know
 * (ignored, as the lists' choices are: the map stands) and a `normalisation`
 * its metric does not offer (its absolute values are shown).
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import { ignoreUnknown } from '../../src/element/ignore-unknown.js';
import { ignoredChoicesText, unavailableModeText } from '../../src/i18n/ignored-attribute.js';
import { localize } from '../../src/i18n/lang.js';
import type { MapViewModel } from '../../src/map/map-view.js';
import { MAP_VIEWS } from './region-map.types.js';

const CHOICES = [['view', MAP_VIEWS]] as const;

type Warn = (message: string, key?: string) => void;

export class MapNotes {
  /** The attributes ignored, by name, with the value written. */
  private readonly _ignored = new Map<string, string>();

  /** In willUpdate: an unknown view goes back to the map; what the view shows otherwise is warned of once. */
  check(element: object, changed: ReadonlyMap<PropertyKey, unknown>, view: MapViewModel | undefined, warn: Warn): void {
    ignoreUnknown(element, changed, CHOICES, warn, this._ignored);
    // The console in English, as every warning: the note's own sentence, the metric by its id.
    if (view?.modeUnavailable) warn(unavailableModeText(view.modeUnavailable, [view.metric.id], 'en'));
  }

  render(element: object, view: MapViewModel, lang: Language): TemplateResult[] {
    const notes = ignoredChoicesText(this._ignored, CHOICES, element, lang);
    if (view.modeUnavailable) notes.push(unavailableModeText(view.modeUnavailable, [localize(view.metric.label, lang)], lang));
    return notes.map((note) => html`<p class="note">${note}</p>`);
  }
}
