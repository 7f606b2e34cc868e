/**
 * Events of <survey-results>: prefixed, bubbling and composed, fired on user
 * action only (never when a property is set from outside, so that a linked
 * view that sets the wave does not hear it back).
 */

/** The user chose another wave in the picker; `detail.wave` is its id (the index's `surveys`). */
export class SurveyResultsWaveChangeEvent extends Event {
  static readonly type = 'survey-results-wave-change';
  constructor(readonly detail: { wave: string }) {
    super(SurveyResultsWaveChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The user chose a question in the picker; `detail.question` is its id, '' for every question. */
export class SurveyResultsQuestionChangeEvent extends Event {
  static readonly type = 'survey-results-question-change';
  constructor(readonly detail: { question: string }) {
    super(SurveyResultsQuestionChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'survey-results-wave-change': SurveyResultsWaveChangeEvent;
    'survey-results-question-change': SurveyResultsQuestionChangeEvent;
  }
}
