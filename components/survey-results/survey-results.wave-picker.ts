/** The picker of the index's survey waves, the newest first, where it lists more than one. */
import { html, nothing } from 'lit';
import type { NationalIndex, SurveyFile } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { wavesInOrder } from '../../src/survey/waves-in-order.js';

/** The one shown (and compared, with `compare`) is chosen; `label` names the picker. */
export function renderWavePicker(index: NationalIndex, file: SurveyFile, label: string, lang: Language, onChange: (event: Event) => void) {
  const waves = wavesInOrder(index).reverse();
  if (waves.length < 2) return nothing;
  return html`<label
    >${label}
    <select @change=${onChange}>
      ${waves.map((w) => html`<option value=${w.id} .selected=${w.id === file.wave.id}>${w.title[lang]}</option>`)}
    </select></label
  >`;
}
