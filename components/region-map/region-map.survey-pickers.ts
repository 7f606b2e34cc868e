/**
 * A survey's map shows one wave, its school year alone (no year slider,
 * nothing to play), and one value per area: the index's waves, the newest
 * first, in a picker where it lists more than one, as <survey-results>' (a
 * linked view keeps both on one, through `region-map-wave-change`); a choice
 * question's answers in another (the map's own view, as its table is). A pick
 * reloads the map, and its loading state takes the picker away: the focus
 * would fall to the page's body (WCAG 2.4.3), and a keyboard reader stepping
 * through the options with the arrow keys would lose it at the first. Once the
 * picked data is drawn, that picker has it again, unless the reader went
 * elsewhere in the page meanwhile.
 */
import { html, nothing, type ReactiveElement } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import type { MapData } from '../../src/map/load-map.js';
import { wavesInOrder } from '../../src/survey/waves-in-order.js';
import { RegionMapWaveChangeEvent } from './region-map.events.js';
import type { RegionMapMessages } from './region-map.messages.js';

type Picker = 'wave' | 'answer';

export class SurveyPickers {
  /** The answer picked, `QUESTION:OPTION`: shown while that question is (src/map/survey-metric.ts). */
  answer = '';
  /** The data a pick was made on, until other data (or an error) comes, and which picker to give the focus back. */
  private _picked?: { on: MapData; by: Picker };

  constructor(private readonly _host: ReactiveElement & { wave: string }) {}

  /** The pickers of `data`'s waves and of its question's answers, each where there is a choice. */
  render(t: RegionMapMessages, data: MapData, lang: Language) {
    const waves = wavesInOrder(data.index).reverse();
    const answers = data.surveyAnswers;
    return html`${
      waves.length < 2
        ? nothing
        : this._picker(
            'wave',
            t.wave,
            waves.map((w) => [w.id, w.title[lang], w.id === data.surveyWave]),
            (wave) => {
              this._host.wave = wave;
              this._host.dispatchEvent(new RegionMapWaveChangeEvent({ wave }));
            },
            data,
          )
    }${
      answers
        ? this._picker(
            'answer',
            t.answer,
            answers.options.map((o) => [o.id, o.text[lang], o.id === answers.shown]),
            (option) => {
              this.answer = `${answers.question}:${option}`;
              this._host.requestUpdate();
            },
            data,
          )
        : nothing
    }`;
  }

  /** In the element's `updated`: `data` is the data drawn now (undefined while loading), `failed` an error state. */
  settle(root: ShadowRoot, data: MapData | undefined, failed: boolean): void {
    if (failed) this._picked = undefined;
    if (!this._picked || !data || data === this._picked.on) return;
    const { by } = this._picked;
    this._picked = undefined;
    if (root.activeElement || document.activeElement === document.body)
      root.querySelector<HTMLElement>(`select[name="${by}"]`)?.focus({ preventScroll: true });
  }

  private _picker(by: Picker, label: string, options: [string, string, boolean][], pick: (id: string) => void, on: MapData) {
    const picked = (event: Event) => {
      this._picked = { on, by };
      pick((event.target as HTMLSelectElement).value);
    };
    return html`<label class="survey-picker"
      >${label}
      <select name=${by} @change=${picked}>
        ${options.map(([id, text, selected]) => html`<option value=${id} .selected=${selected}>${text}</option>`)}
      </select></label
    >`;
  }
}
