/**
 * Teaches the validator the survey wave's document kind (`survey`): its schema
 * and its rules between fields. Called by whatever reads or writes survey
 * files (`loadSurvey`, the data build), so that the other elements' bundles do
 * not carry them. A call, not an import for its side effect: the package
 * declares its modules free of side effects, and a bundler would drop it.
 */
import { checkSurvey } from '../contract/survey-checks.js';
import { SurveyFile } from '../contract/survey.schema.js';
import { registerDocumentKind } from '../contract/validate.js';

export function registerSurveyKind(): void {
  registerDocumentKind('survey', SurveyFile, (doc) => checkSurvey(doc));
}
