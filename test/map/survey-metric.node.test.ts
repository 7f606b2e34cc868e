import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/element/usage-error.ts';
import { type MapArea, type MapData } from '../../src/map/load-map.ts';
import { mapView, type MapInputs } from '../../src/map/map-view.ts';
import { surveyMetric, surveyWave, withSurveyValues } from '../../src/map/survey-metric.ts';
import { DEFAULT_MAP_INPUTS } from '../fixtures/map-inputs.fixture.ts';
import { indexFixture, topologyFixture } from '../fixtures/contract.fixture.ts';
import { EARLIER_SURVEY_WAVE, earlierSurveyFixture, SURVEY_WAVE, surveyFixture, surveyRef } from '../fixtures/survey.fixture.ts';

const earlierSurveyRef = () => surveyRef(earlierSurveyFixture());

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
  it('reads survey:QUESTION:OPTION (the latest wave), survey:WAVE:QUESTION:OPTION and survey:QUESTION, and nothing else', () => {
    assert.deepEqual(surveyMetric('survey:piano:approvato'), { wave: null, question: 'piano', option: 'approvato' });
    assert.deepEqual(surveyMetric('survey:w-1:importanza:mean'), { wave: 'w-1', question: 'importanza', option: 'mean' });
    assert.deepEqual(surveyMetric('survey:piano'), { wave: null, question: 'piano', option: null });
    assert.equal(surveyMetric('etwinning.projects'), null);
    assert.throws(() => surveyMetric('survey:w-1:piano:no:si'), UsageError);
    assert.equal(surveyWave(surveyMetric('survey:piano:approvato')!, regions().index, 'x').id, SURVEY_WAVE);
    // The latest by school year, where an index lists the newest wave first.
    const newestFirst = {
      ...regions().index,
      surveys: [...regions().index.surveys!, { id: 'w-2023', schoolYear: 2023, title: { it: 'x', en: 'x' } }],
    };
    assert.equal(surveyWave(surveyMetric('survey:piano:approvato')!, newestFirst, 'x').id, SURVEY_WAVE);
    assert.throws(
      () => surveyWave(surveyMetric('survey:piano:approvato')!, { ...regions().index, surveys: [] }, 'x'),
      (error: UsageError) => error.what === 'surveyNone',
    );
  });

  it("shows the wave chosen in a linked view where the index lists it, else the metric's own, said", () => {
    const index = { ...regions().index, surveys: [...regions().index.surveys!, earlierSurveyRef()] };
    const latest = surveyMetric('survey:piano:approvato')!;
    assert.deepEqual(surveyWave(latest, index, 'x', EARLIER_SURVEY_WAVE), {
      id: EARLIER_SURVEY_WAVE,
      own: SURVEY_WAVE,
      ownTitle: surveyFixture().wave.title,
    });
    // The metric's own wave gives way to the one chosen too.
    const own = surveyMetric(`survey:${SURVEY_WAVE}:piano:approvato`)!;
    assert.equal(surveyWave(own, index, 'x', EARLIER_SURVEY_WAVE).id, EARLIER_SURVEY_WAVE);
    const old = surveyWave(latest, index, 'x', 'indagine-2019');
    assert.equal(old.id, SURVEY_WAVE);
    assert.equal(
      old.note!.it,
      `wave="indagine-2019" non è un'indagine di questi dati: è stato ignorato, si vede «${surveyFixture().wave.title.it}».`,
    );
    assert.equal(surveyWave(latest, index, 'x', '').note, undefined);
  });

  it("draws the question chosen in a linked view in the metric's place: a scale's mean, a choice's first answer, the others offered", () => {
    const file = surveyFixture();
    const metric = surveyMetric(INPUTS.metric)!;
    const chosen = (question: string, from = metric, answer = '') => {
      const data = withSurveyValues(regions(), file, from, INPUTS.metric, { question, answer });
      return { view: mapView(data, INPUTS), notes: data.surveyNotes?.map((note) => note.it) ?? [], answers: data.surveyAnswers };
    };
    const scale = chosen('importanza');
    assert.equal(scale.view.metric.id, `survey.${SURVEY_WAVE}.importanza.mean`);
    assert.equal(scale.view.metric.unit, 'score');
    assert.deepEqual(scale.notes, []);
    // A scale has no picker of answers: its mean is its one value.
    assert.equal(scale.answers, undefined);
    // A multiple choice: one answer at a time, its first, named in the title; the others offered.
    const obstacles = chosen('ostacoli');
    assert.equal(obstacles.view.metric.id, `survey.${SURVEY_WAVE}.ostacoli.tempo`);
    assert.match(obstacles.view.metric.label.it, /«Tempo dei docenti»$/);
    assert.deepEqual(obstacles.notes, []);
    assert.deepEqual(
      { ...obstacles.answers!, options: obstacles.answers!.options.map((o) => o.id) },
      { question: 'ostacoli', options: ['tempo', 'lingue', 'burocrazia', 'costi', 'partner', 'sostituzioni'], shown: 'tempo' },
    );
    const shareOf = (o: number) => file.areas.find((a) => a.level === 'region' && a.code === '09')!.results[1]!.shares![o]!.value;
    assert.equal(obstacles.view.values.get(obstacles.view.layer.byCode.get('09')!)!.value, shareOf(0));
    // Another answer picked on the map: its share, while that question is shown.
    const costs = chosen('ostacoli', metric, 'ostacoli:costi');
    assert.equal(costs.view.metric.id, `survey.${SURVEY_WAVE}.ostacoli.costi`);
    assert.equal(costs.view.values.get(costs.view.layer.byCode.get('09')!)!.value, shareOf(3));
    assert.equal(costs.answers!.shown, 'costi');
    // The null: a pick of another question's answer, or of no answer it has, leaves the rules above.
    assert.equal(chosen('ostacoli', metric, 'piano:no').view.metric.id, `survey.${SURVEY_WAVE}.ostacoli.tempo`);
    assert.equal(chosen('ostacoli', metric, 'ostacoli:forse').view.metric.id, `survey.${SURVEY_WAVE}.ostacoli.tempo`);
    // The page's own metric: its option, and the question's other answers a pick away.
    assert.equal(chosen('', metric, 'piano:no').view.metric.id, `survey.${SURVEY_WAVE}.piano.no`);
    assert.equal(chosen('', metric).answers!.shown, 'approvato');
    // The metric's own question chosen: its own option, as written, without a note.
    assert.equal(chosen('piano').view.metric.id, `survey.${SURVEY_WAVE}.piano.approvato`);
    assert.deepEqual(chosen('piano').notes, []);
    // The page's whole question, as the timeline reads it: the same rules.
    const whole = surveyMetric('survey:piano')!;
    assert.equal(chosen('', whole).view.metric.id, `survey.${SURVEY_WAVE}.piano.approvato`);
    assert.deepEqual(chosen('', whole).notes, []);
    assert.equal(chosen('', surveyMetric('survey:docenti-mobilita')!).view.metric.id, `survey.${SURVEY_WAVE}.docenti-mobilita.mean`);
    // A question the wave does not ask (an old link's): the metric's, said.
    const unknown = chosen('soddisfazione');
    assert.equal(unknown.view.metric.id, `survey.${SURVEY_WAVE}.piano.approvato`);
    assert.equal(unknown.notes[0], `question="soddisfazione" non è una domanda dell'indagine «${file.wave.title.it}»: è stato ignorato.`);
    assert.throws(
      () => withSurveyValues(regions(), file, surveyMetric('survey:soddisfazione')!, 'survey:soddisfazione'),
      (error: UsageError) => error.hint.startsWith('survey:piano, survey:ostacoli'),
    );
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
    assert.throws(
      () => withSurveyValues({ ...regions(), level: 'comuni' }, file, surveyMetric('survey:piano:no')!, 'x'),
      (error: UsageError) => error.what === 'surveyLevel',
    );
    assert.throws(
      () => withSurveyValues(regions(), file, surveyMetric('survey:piano:forse')!, 'survey:piano:forse'),
      (error: UsageError) => error.hint.includes('survey:piano:approvato') && error.hint.includes('survey:importanza:mean'),
    );
    const late = { ...file, wave: { ...file.wave, schoolYear: 2030 } };
    assert.throws(() => withSurveyValues(regions(), late, surveyMetric('survey:piano:no')!, 'x'), UsageError);
  });
});
