/** Serves the whole fixture contract (index, shards, geometry) in a fresh folder of the data server. */
import type { NationalIndex, SurveyFile } from '../../src/contract/contract.types.js';
import { indexFixture } from '../fixtures/contract.fixture.js';
import { contractFiles } from '../fixtures/dashboard.fixture.js';
import { SURVEY_WAVE, surveyFixture, surveyRef } from '../fixtures/survey.fixture.js';
import { freshFolder, serve, type RouteOptions } from './data-routes.js';

/** The index with the fixture's survey wave listed (after the earlier ones given), and the wave's provinces placed in their regions. */
export function withSurvey(index: NationalIndex, earlier: readonly SurveyFile[]): NationalIndex {
  return {
    ...index,
    provinceRegions: { ...index.provinceRegions, '100': '09', '058': '12' },
    shards: { ...index.shards, survey: 'surveys/{wave}.json' },
    surveys: [...earlier, surveyFixture()].map(surveyRef),
  };
}

/**
 * `survey`: the index lists the fixture's survey wave (or the one given), which is served beside it; `earlierSurveys`:
 * waves listed before it, served too.
 */
export async function serveContract(
  options: { index?: NationalIndex; indexRoute?: RouteOptions; survey?: boolean | SurveyFile; earlierSurveys?: SurveyFile[] } = {},
): Promise<{ folder: string; src: string }> {
  const folder = freshFolder();
  await Promise.all(contractFiles().map(([path, body]) => serve(`${folder}/${path}`, body)));
  if (options.survey) await serve(`${folder}/surveys/${SURVEY_WAVE}.json`, options.survey === true ? surveyFixture() : options.survey);
  const earlier = options.earlierSurveys ?? [];
  await Promise.all(earlier.map((file) => serve(`${folder}/surveys/${file.wave.id}.json`, file)));
  const index = options.index ?? indexFixture();
  const src = await serve(`${folder}/index.json`, options.survey ? withSurvey(index, earlier) : index, options.indexRoute);
  return { folder, src };
}
