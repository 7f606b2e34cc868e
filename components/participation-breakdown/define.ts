/** Registers <participation-breakdown> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { ParticipationBreakdown } from './participation-breakdown.js';

export { ParticipationBreakdown };

defineElement('participation-breakdown', ParticipationBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'participation-breakdown': ParticipationBreakdown;
  }
}
