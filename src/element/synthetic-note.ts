/**
 * The synthetic-data note of a view that shows some metrics' values (the map,
 * the timeline): the element's own sentence when their values are synthetic;
 * that they are real when only other data of the release is synthetic (a map
 * of the demo's real PNRR grants read "valori generati da un modello"); none
 * when nothing is (src/util/synthetic-in.ts).
 */
import { html, nothing } from 'lit';
import type { NationalIndex } from '../contract/contract.types.js';
import type { Language } from '../contract/vocabulary.js';
import { SYNTHETIC_OTHERS, syntheticIn } from '../util/synthetic-in.js';
import type { ScuoleElement } from './scuole-element.js';

/** The same as a sentence (`own`: the element's, for synthetic values), or '' when nothing is synthetic: for a sparkline's text alternative. */
export function syntheticSentence(index: NationalIndex, metrics: readonly string[], lang: Language, own: string): string {
  const shown = syntheticIn(index, metrics);
  return shown === 'values' ? own : shown === 'others' ? SYNTHETIC_OTHERS[lang] : '';
}

export function renderSyntheticNoteFor(element: ScuoleElement, index: NationalIndex, metrics: readonly string[], lang: Language) {
  const shown = syntheticIn(index, metrics);
  if (shown === 'values') return element.renderSyntheticNote();
  return shown === 'others' ? html`<p class="note" role="note">${SYNTHETIC_OTHERS[lang]}</p>` : nothing;
}
