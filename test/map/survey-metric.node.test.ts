import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/element/usage-error.ts';
import { type MapArea, type MapData } from '../../src/map/load-map.ts';
import { mapView, type MapInputs } from '../../src/map/map-view.ts';
import { surveyMetric, surveyWave, withSurveyValues } from '../../src/map/survey-metric.ts';
import { DEFAULT_MAP_INPUTS } from '../fixtures/map-inputs.fixture.ts';
import { indexFixture, topologyFixture } from '../fixtures/contract.fixture.ts';
import { SURVEY_WAVE, surveyFixture } from '../fixtures/survey.fixture.ts';

const INPUTS: MapInputs = { ...DEFAULT_MAP_INPUTS, metric: 'survey:piano:approvato', year: 2021 };

function regions(): MapData {
  const index = { ...indexFixture(), surveys: [{ id: SURVEY_WAVE, schoolYear: 2024, title: surveyFixture().wave.title }] };
  return {
    index,
    level: 'regions',
    region: '',
    province: null,
    topology: topologyFixture('regions', ['09', '12']),
    object: 'regions',
    areas: new Map<string, MapArea>(index.regions.map((r) => [r.code, r])),
    schools: new Map(),
  };
}

describe('a survey estimate as a map metric', () => {
  it('reads survey:QUESTION:OPTION (the latest wave) and survey:WAVE:QUESTION:OPTION, and nothing else', () => {
    assert.deepEqual(surveyMetric('survey:piano:approvato'), { wave: null, question: 'piano', option: 'approvato' });
    assert.deepEqual(surveyMetric('survey:w-1:importanza:mean'), { wave: 'w-1', question: 'importanza', option: 'mean' });
    assert.equal(surveyMetric('etwinning.projects'), null);
    assert.throws(() => surveyMetric('survey:piano'), UsageError);
    assert.equal(surveyWave(surveyMetric('survey:piano:approvato')!, regions().index, 'x'), SURVEY_WAVE);
    // The latest by school year, where an index lists the newest wave first.
    const newestFirst = {
      ...regions().index,
      surveys: [...regions().index.surveys!, { id: 'w-2023', schoolYear: 2023, title: { it: 'x', en: 'x' } }],
    };
    assert.equal(surveyWave(surveyMetric('survey:piano:approvato')!, newestFirst, 'x'), SURVEY_WAVE);
  });

  it("colours each region by its estimate in the wave's year whatever the year asked, with its interval and n", () => {
    const file = surveyFixture();
    const data = withSurveyValues(regions(), file, surveyMetric(INPUTS.metric)!, INPUTS.metric);
    const view = mapView(data, INPUTS);
    assert.equal(view.year, 2024);
    assert.equal(view.metric.unit, 'percent');
    assert.equal(view.metric.label.it, "La scuola ha un piano per l'internazionalizzazione nel PTOF? «Sì, approvato»");
    const estimate = (code: string) => file.areas.find((a) => a.level === 'region' && a.code === code)!.results[0]!.shares![0]!;
    const valueOf = (code: string) => view.values.get(view.layer.byCode.get(code)!)!.value;
    assert.equal(valueOf('09'), estimate('09').value);
    assert.equal(valueOf('12'), estimate('12').value);
    assert.deepEqual(data.intervals!.get('09'), { low: estimate('09').low, high: estimate('09').high, n: 22 });
  });

  it('says no estimate provisional, whatever the programmes’ provisional years', () => {
    // Erasmus+'s projects still being reported in the wave's year (the fixture's 2022 to 2024): the survey's estimates
    // are final all the same.
    const data = regions();
    const view = mapView(withSurveyValues(data, surveyFixture(), surveyMetric(INPUTS.metric)!, INPUTS.metric), INPUTS);
    assert.equal(view.provisional, false);
    // The null: a metric of that programme is provisional there.
    assert.equal(mapView(data, { ...INPUTS, metric: 'erasmus.grant', year: 2024 }).provisional, true);
  });

  it('shows a mean, and a suppressed estimate as no data (never zero) with its n', () => {
    const file = surveyFixture();
    // Prato's 3 answers are too few: at provinces level it has no value.
    const provinces: MapData = {
      ...regions(),
      level: 'provinces',
      region: '09',
      topology: topologyFixture('provinces', ['048', '100']),
      object: 'provinces',
      areas: new Map<string, MapArea>([
        ['048', { code: '048', name: 'Firenze', schools: 1, institutions: 1, students: null, values: {} }],
        ['100', { code: '100', name: 'Prato', schools: 1, institutions: 1, students: null, values: {} }],
      ]),
    };
    const data = withSurveyValues(provinces, file, surveyMetric('survey:importanza:mean')!, 'survey:importanza:mean');
    const view = mapView(data, { ...INPUTS, metric: 'survey:importanza:mean' });
    assert.equal(view.metric.unit, 'score');
    assert.equal(view.values.get(view.layer.byCode.get('100')!)!.value, null);
    assert.deepEqual(data.intervals!.get('100'), { n: 3, suppressed: true });
    assert.ok(view.values.get(view.layer.byCode.get('048')!)!.value! > 1);
  });

  it('refuses comuni, an unknown question or option (naming those there are), and a wave outside the years', () => {
    const file = surveyFixture();
    assert.throws(() => withSurveyValues({ ...regions(), level: 'comuni' }, file, surveyMetric('survey:piano:no')!, 'x'), UsageError);
    assert.throws(
      () => withSurveyValues(regions(), file, surveyMetric('survey:piano:forse')!, 'survey:piano:forse'),
      (error: UsageError) => error.hint.includes('survey:piano:approvato') && error.hint.includes('survey:importanza:mean'),
    );
    const late = { ...file, wave: { ...file.wave, schoolYear: 2030 } };
    assert.throws(() => withSurveyValues(regions(), late, surveyMetric('survey:piano:no')!, 'x'), UsageError);
  });
});
