/**
 * Events of <participation-breakdown>: prefixed, bubbling and composed, fired
 * on user action only (never when a property is set from outside, so that a
 * linked view that sets the characteristic does not hear it back).
 */
import type { BreakdownDimension } from '../../src/contract/vocabulary.js';

/** The user chose another characteristic (its picker, or the button under the sentence); `detail.dimension` names it. */
export class ParticipationBreakdownDimensionChangeEvent extends Event {
  static readonly type = 'participation-breakdown-dimension-change';
  constructor(readonly detail: { dimension: BreakdownDimension }) {
    super(ParticipationBreakdownDimensionChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participation-breakdown-dimension-change': ParticipationBreakdownDimensionChangeEvent;
  }
}
