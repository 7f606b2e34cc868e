/**
 * A survey's map shows one wave, its school year alone (no year slider,
 * nothing to play): the index's waves, the newest first, in a picker where it
 * lists more than one, as <survey-results>' (a linked view keeps both on one,
 * through `region-map-wave-change`). A wave picked reloads the map, and its
 * loading state takes the picker away: the focus would fall to the page's body
 * (WCAG 2.4.3), and a keyboard reader stepping through the waves with the
 * arrow keys would lose it at the first. Once the wave's data is drawn, the
 * picker has it again, unless the reader went elsewhere in the page meanwhile.
 */
import { html, nothing } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import type { MapData } from '../../src/map/load-map.js';
import { wavesInOrder } from '../../src/survey/waves-in-order.js';
import { RegionMapWaveChangeEvent } from './region-map.events.js';
import type { RegionMapMessages } from './region-map.messages.js';

export class WavePicker {
  /** The data the wave was picked on, until other data (or an error) comes. */
  private _pickedOn: MapData | undefined;

  constructor(private readonly _host: HTMLElement & { wave: string }) {}

  /** The picker of `data`'s waves, the one it shows chosen; nothing where the index lists one. */
  render(t: RegionMapMessages, data: MapData, lang: Language) {
    const waves = wavesInOrder(data.index).reverse();
    if (waves.length < 2) return nothing;
    return html`<label class="waves"
      >${t.wave}
      <select @change=${(event: Event) => this._pick((event.target as HTMLSelectElement).value, data)}>
        ${waves.map((w) => html`<option value=${w.id} .selected=${w.id === data.surveyWave}>${w.title[lang]}</option>`)}
      </select></label
    >`;
  }

  /** In the element's `updated`: `data` is the data drawn now (undefined while loading), `failed` an error state. */
  settle(root: ShadowRoot, data: MapData | undefined, failed: boolean): void {
    if (failed) this._pickedOn = undefined;
    if (!this._pickedOn || !data || data === this._pickedOn) return;
    this._pickedOn = undefined;
    if (root.activeElement || document.activeElement === document.body)
      root.querySelector<HTMLElement>('select')?.focus({ preventScroll: true });
  }

  private _pick(wave: string, on: MapData): void {
    this._pickedOn = on;
    this._host.wave = wave;
    this._host.dispatchEvent(new RegionMapWaveChangeEvent({ wave }));
  }
}
