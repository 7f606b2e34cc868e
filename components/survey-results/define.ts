/** Registers <survey-results> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { SurveyResults } from './survey-results.js';

export { SurveyResults };
export * from './survey-results.events.js';

defineElement('survey-results', SurveyResults);

declare global {
  interface HTMLElementTagNameMap {
    'survey-results': SurveyResults;
  }
}
