/**
 * Reads a survey wave's results (kind `survey`, at the index's `shards.survey`)
 * through the page's loader. The survey schema and its rules come with it
 * (survey-kind.ts): elements that show no survey do not carry them.
 */
import type { SurveyFile } from '../contract/contract.types.js';
import type { ContractLoader, LoadOptions } from '../data/loader.js';
import { fillTemplate, layoutUrl } from '../data/shard-urls.js';
import { SURVEY_FILE } from '../contract/file-layout.js';
import { NotFoundError, SchemaError, withLocalizedErrors } from '../errors.js';
import { validateDocument } from '../contract/validate.js';
import { registerSurveyKind } from './survey-kind.js';
import { documentAhead } from '../data/index-ahead.js';

/**
 * Asks for wave `wave`'s results at the data tools' address while the index
 * is on its way (src/data/index-ahead.ts does so for a region's or a school's
 * shard): the same request and cache entry as loadSurvey's when the index
 * names that address, which alone decides whether it is used.
 */
export function surveyAhead(loader: ContractLoader, src: string, wave: string, signal: AbortSignal): void {
  if (!wave) return;
  registerSurveyKind();
  documentAhead(loader, layoutUrl(src, SURVEY_FILE, { wave }), 'survey', signal);
}

/** The results of wave `wave` of the data at `src`, as the index lists it (`surveys`, `shards.survey`). */
export function loadSurvey(loader: ContractLoader, src: string, wave: string, options: LoadOptions = {}): Promise<SurveyFile> {
  registerSurveyKind();
  return withLocalizedErrors(
    (async () => {
      const source = await loader.index(src, options);
      const template = source.index.shards.survey;
      if (!source.index.surveys?.some((s) => s.id === wave)) throw new NotFoundError('survey', wave, source.url);
      // A bundle carries its region's results of each wave, checked here (the bundle's schema leaves them to this module).
      if (source.bundle) {
        const found = source.bundle.surveys?.find((s) => (s as { wave?: { id?: unknown } } | null)?.wave?.id === wave);
        if (!found) throw new NotFoundError('survey', wave, source.url);
        return validateDocument(found, ['survey'], `${source.url}#surveys/${wave}`);
      }
      if (!template) throw new NotFoundError('survey', wave, source.url);
      const url = fillTemplate(template, { wave }, source.url);
      const file = await loader.document(url, ['survey'], options);
      // A file must be the wave its URL promised.
      if (file.wave.id !== wave)
        throw new SchemaError(url, [{ path: ['wave', 'id'], expect: 'shard.key', params: [wave], value: file.wave.id }]);
      return file;
    })(),
  );
}
