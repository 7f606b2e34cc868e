/**
 * A survey's estimates as a timeline's series (src/timeline/survey-series.ts): every wave at its school year with its
 * own interval, a mean's change said in its unit and a share's in points, each with MOVER's interval; a wave that
 * does not ask the question, or an estimate suppressed for too few answers, is no data that year.
 */
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { MESSAGES } from '../../components/trend-timeline/trend-timeline.messages.ts';
import { summaryOf } from '../../components/trend-timeline/trend-timeline.text.ts';
import type { NationalIndex, SurveyFile } from '../../src/contract/contract.types.ts';
import type { ContractLoader } from '../../src/data/loader.ts';
import { loadScope, parseScope } from '../../src/timeline/scopes.ts';
import { withSurveySeries } from '../../src/timeline/survey-series.ts';
import { timelineView } from '../../src/timeline/timeline-view.ts';
import { indexFixture, regionFixture } from '../fixtures/contract.fixture.ts';
import { earlierSurveyFixture, surveyFixture, surveyRef } from '../fixtures/survey.fixture.ts';
import { withSurvey } from '../support/serve-contract.ts';

const t = MESSAGES.it;
const LABELS = {
  nation: 'Italia',
  modes: { perSchool: 'per istituzione', per1000Students: 'per 1.000 studenti' },
  share: t.share,
  levels: t.levels,
};

/** A loader that answers the index and the waves' files from memory. */
function loaderOf(index: NationalIndex, files: readonly SurveyFile[]): ContractLoader {
  return {
    index: async () => ({ index, url: 'https://example.org/dati/index.json' }),
    // The region's shard with Prato, whose few answers the survey fixture suppresses.
    region: async () => {
      const region = regionFixture();
      region.provinces.push({ ...region.provinces[0]!, code: '100', acronym: 'PO', name: 'Prato' });
      return region;
    },
    document: async (url: string) => files.find((file) => url.endsWith(`/${file.wave.id}.json`))!,
  } as unknown as ContractLoader;
}

async function seriesOf(files: readonly SurveyFile[], metric: string, scope = 'nation', view = 'lines', question = '') {
  const index = { ...withSurvey(indexFixture(), []), surveys: files.map(surveyRef) };
  const loader = loaderOf(index, files);
  const scoped = await loadScope(loader, 'x', parseScope(scope)!);
  const data = await withSurveySeries(loader, 'x', { index, scopes: [scoped] }, metric.split(' '), new AbortController().signal, question);
  return { data, view: timelineView(data, { metrics: metric, normalisation: '', view, variant: 'full' }, 'it', LABELS) };
}

/** The nation's result of `question` in `file`. */
const resultOf = (file: SurveyFile, question: string) =>
  file.areas.find((a) => a.level === 'nation')!.results[file.questions.findIndex((q) => q.id === question)]!;

describe('a survey’s estimates as a timeline', () => {
  it('puts each wave at its school year with its own interval, over the waves’ years only, and says a share’s change in points', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const { data, view } = await seriesOf([earlier, latest], 'survey:piano:approvato');
    assert.deepEqual(data.index.years, [2023, 2024]);
    const [a, b] = [resultOf(earlier, 'piano').shares![0]!, resultOf(latest, 'piano').shares![0]!];
    assert.deepEqual(view.series[0]!.values, [a.value, b.value]);
    assert.deepEqual(view.series[0]!.intervals, [
      [a.low, a.high],
      [b.low, b.high],
    ]);
    assert.equal(view.share, true);
    assert.deepEqual(view.series[0]!.provisional, [false, false]);
    assert.match(summaryOf(view, t, 'it'), /^Italia: .* \(\+10 punti percentuali; al 95% tra \+\d+(,\d)? e \+\d+(,\d)?\)/);
  });

  it('calls a rise or a fall between two waves by the change’s interval (the trend test cannot, on two values), and no peak', async () => {
    // The earlier wave halved its plans: +10 points with an interval off zero.
    const { view } = await seriesOf([earlierSurveyFixture(), surveyFixture()], 'survey:piano:approvato');
    const said = summaryOf(view, t, 'it');
    assert.match(
      said,
      /^Italia: in crescita, da 10% nel 2023\/24 a 20% nel 2024\/25 \(\+10 punti percentuali; al 95% tra \+[\d,]+ e \+[\d,]+\)\.$/,
    );
    // The null: the same estimates in both waves, an interval across zero, no direction called.
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const q = earlier.questions.findIndex((x) => x.id === 'piano');
    earlier.areas.forEach((area, k) => {
      // One point below the later wave's, with the same interval's width.
      const shares = structuredClone(latest.areas[k]!.results[q]!.shares ?? []);
      for (const share of shares) Object.assign(share, { value: share.value - 0.01, low: share.low - 0.01, high: share.high - 0.01 });
      area.results[q] = { ...area.results[q]!, shares };
    });
    const same = await seriesOf([earlier, latest], 'survey:piano:approvato');
    assert.match(
      summaryOf(same.view, t, 'it'),
      /^Italia: senza una crescita né un calo costanti, da 19% nel 2023\/24 a 20% nel 2024\/25 \(\+1 punto percentuale; al 95% tra -[\d,]+ e \+[\d,]+\)\.$/,
    );
    // A fall, the other way.
    const fall = await seriesOf(
      [surveyFixture(), { ...earlierSurveyFixture(), wave: { ...surveyFixture().wave, id: 'dopo', schoolYear: 2025 } }],
      'survey:piano:approvato',
    );
    assert.match(summaryOf(fall.view, t, 'it'), /^Italia: in calo, da 20% nel 2024\/25 a 10% nel 2025\/26/);
  });

  it('says a mean’s change in its own unit, with its interval', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const mean = resultOf(earlier, 'importanza').mean!;
    Object.assign(mean, { value: mean.value - 0.5, low: mean.low - 0.5, high: mean.high - 0.5 });
    const { view } = await seriesOf([earlier, latest], 'survey:importanza:mean');
    assert.equal(view.unit, 'score');
    assert.equal(view.share, false);
    assert.match(summaryOf(view, t, 'it'), /\(\+0,5; al 95% tra \+0,\d+ e \+0,\d+\)/);
  });

  it('leaves a gap for a wave that does not ask the question and for an estimate too few answered, never a zero', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const q = earlier.questions.findIndex((x) => x.id === 'piano');
    earlier.questions.splice(q, 1);
    for (const area of earlier.areas) area.results.splice(q, 1);
    const { view } = await seriesOf([earlier, latest], 'survey:piano:approvato');
    assert.deepEqual(view.series[0]!.values, [null, resultOf(latest, 'piano').shares![0]!.value]);
    // Prato's 3 answers are too few in the fixture: no estimate.
    const prato = await seriesOf([earlierSurveyFixture(), surveyFixture()], 'survey:piano:approvato', 'province:100');
    assert.deepEqual(prato.view.series[0]!.values, [null, null]);
    assert.equal(summaryOf(prato.view, t, 'it'), 'Prato: nessun dato.');
  });

  it('draws a whole question as its options’ lines under the question, or as its mean', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const { data, view } = await seriesOf([earlier, latest], 'survey:piano');
    assert.deepEqual(data.metricIds, ['survey:piano:approvato', 'survey:piano:in-preparazione', 'survey:piano:no']);
    assert.equal(view.title, "La scuola ha un piano per l'internazionalizzazione nel PTOF? · Italia");
    assert.deepEqual(
      view.series.map((s) => s.label),
      ['Sì, approvato', 'In preparazione', 'No'],
    );
    // Each line is its option's, as the option's own word draws it.
    for (const [k, option] of ['approvato', 'in-preparazione', 'no'].entries()) {
      const alone = await seriesOf([earlierSurveyFixture(), surveyFixture()], `survey:piano:${option}`);
      assert.deepEqual(view.series[k]!.values, alone.view.series[0]!.values);
      assert.deepEqual(view.series[k]!.intervals, alone.view.series[0]!.intervals);
    }
    // A scale's question is its mean, named as the mean's own word names it.
    const scale = await seriesOf([earlierSurveyFixture(), surveyFixture()], 'survey:importanza');
    assert.deepEqual(scale.data.metricIds, ['survey:importanza:mean']);
    assert.equal(scale.view.title, "Quanto è importante l'internazionalizzazione per la scuola? (media)");
    // A compact chart draws the first option, named after the question as its own word names it.
    const compact = timelineView(data, { metrics: 'survey:piano', normalisation: '', view: 'lines', variant: 'sparkline' }, 'it', LABELS);
    assert.equal(compact.title, "La scuola ha un piano per l'internazionalizzazione nel PTOF? «Sì, approvato»");
    assert.deepEqual(compact.unshown, ['In preparazione', 'No']);
    // Beside another word, each option keeps its question in its name.
    const both = await seriesOf([earlierSurveyFixture(), surveyFixture()], 'survey:piano survey:ostacoli:costi');
    assert.equal(both.view.series[0]!.label, "La scuola ha un piano per l'internazionalizzazione nel PTOF? «Sì, approvato»");
    assert.equal(both.view.series.length, 4);
  });

  it('puts the options of the latest wave that asks a question first, then those only earlier waves offered', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    // The earlier wave had a fourth option, dropped since.
    const q = earlier.questions.findIndex((x) => x.id === 'piano');
    earlier.questions[q]!.options.push({ id: 'rinviato', text: { it: 'Rinviato', en: 'Postponed' } });
    for (const area of earlier.areas) area.results[q]!.shares?.push({ option: 'rinviato', value: 0.05, low: 0.03, high: 0.08 });
    const { data, view } = await seriesOf([earlier, latest], 'survey:piano');
    assert.deepEqual(data.metricIds, [
      'survey:piano:approvato',
      'survey:piano:in-preparazione',
      'survey:piano:no',
      'survey:piano:rinviato',
    ]);
    assert.deepEqual(view.series[3]!.values, [0.05, null]);
  });

  it('shows a question chosen in place of the page’s words, unless they are of it; one no wave asks is said and ignored', async () => {
    const chosen = async (metrics: string, question: string) =>
      (await seriesOf([earlierSurveyFixture(), surveyFixture()], metrics, 'nation', 'lines', question)).data;
    assert.deepEqual((await chosen('survey:piano:approvato', 'importanza')).metricIds, ['survey:importanza:mean']);
    assert.deepEqual((await chosen('survey:piano:approvato', 'ostacoli')).metricIds!.length, 6);
    assert.equal((await chosen('survey:piano:approvato', 'ostacoli')).title!.it, 'Quali sono i principali ostacoli? (più risposte)');
    // The page's own words where they are of the question chosen.
    assert.deepEqual((await chosen('survey:piano:approvato', 'piano')).metricIds, ['survey:piano:approvato']);
    assert.deepEqual((await chosen('survey:piano:approvato survey:piano:no', 'piano')).metricIds, [
      'survey:piano:approvato',
      'survey:piano:no',
    ]);
    // None chosen: the page's.
    assert.deepEqual((await chosen('survey:piano:approvato', '')).notes, []);
    // A question no wave asks (an old link's): the page's words, and said.
    const stale = await chosen('survey:piano:approvato', 'lingua');
    assert.deepEqual(stale.metricIds, ['survey:piano:approvato']);
    assert.deepEqual(stale.notes, [
      {
        it: 'question="lingua" non è una domanda delle indagini: è stato ignorato, si vede survey:piano:approvato.',
        en: 'question="lingua" is not a question of the surveys: it was ignored, survey:piano:approvato is shown.',
      },
    ]);
  });

  it('piles up only the answers of one single-choice question, and says why the others are lines', async () => {
    const stacked = async (metrics: string) =>
      (await seriesOf([earlierSurveyFixture(), surveyFixture()], metrics, 'nation', 'stacked')).view;
    for (const metrics of ['survey:piano', 'survey:piano:approvato survey:piano:no', 'survey:ostacoli:costi', 'survey:importanza']) {
      const view = await stacked(metrics);
      assert.deepEqual([view.stacked, view.unstacked], [true, undefined], metrics);
    }
    // A multiple choice's options, or two questions' answers: an institution would count in each.
    for (const metrics of ['survey:ostacoli', 'survey:piano:approvato survey:ostacoli:costi']) {
      const view = await stacked(metrics);
      assert.deepEqual([view.stacked, view.canStack, view.stackRefused], [false, false, null], metrics);
      assert.match(view.unstacked!.it, /^Aree impilate non disponibili: si sommano solo le risposte di una domanda a scelta singola/);
    }
  });

  it('draws the waves it can read and says which it cannot; none read is an error', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const index = { ...withSurvey(indexFixture(), []), surveys: [earlier, latest].map(surveyRef) };
    const broken = (unreadable: readonly string[]) => {
      const loader = loaderOf(index, [earlier, latest]);
      const document = loader.document.bind(loader);
      return Object.assign(loader, {
        document: async (url: string, ...rest: unknown[]) => {
          if (unreadable.some((id) => url.endsWith(`/${id}.json`))) throw new Error(`HTTP 404 for ${url}`);
          return (document as (...args: unknown[]) => unknown)(url, ...rest);
        },
      }) as ContractLoader;
    };
    const scoped = await loadScope(loaderOf(index, []), 'x', parseScope('nation')!);
    const signal = new AbortController().signal;
    const warned = mock.method(console, 'warn', () => {});
    try {
      const data = await withSurveySeries(broken([earlier.wave.id]), 'x', { index, scopes: [scoped] }, ['survey:piano:approvato'], signal);
      const view = timelineView(
        data,
        { metrics: 'survey:piano:approvato', normalisation: '', view: 'lines', variant: 'full' },
        'it',
        LABELS,
      );
      assert.deepEqual(data.index.years, [2024]);
      assert.deepEqual(view.series[0]!.values, [resultOf(latest, 'piano').shares![0]!.value]);
      assert.deepEqual(view.dataNotes, [
        {
          it: "L'indagine «internazionalizzazione-2023» (2023/24) non si legge: il grafico mostra le altre (i dettagli nella console del browser).",
          en: 'The survey wave “internazionalizzazione-2023” (2023/24) cannot be read: the chart shows the others (details in the browser console).',
        },
      ]);
      assert.equal(warned.mock.callCount(), 1);
      assert.match(
        String(warned.mock.calls[0]!.arguments[0]),
        /^\[trend-timeline\] the survey wave internazionalizzazione-2023 could not be read: Error: HTTP 404/,
      );
      // Every wave unreadable: the element's error, as any file it needs.
      await assert.rejects(
        withSurveySeries(broken([earlier.wave.id, latest.wave.id]), 'x', { index, scopes: [scoped] }, ['survey:piano:approvato'], signal),
        /HTTP 404 for .*internazionalizzazione-2023\.json/,
      );
      // An aborted load is the abort, not a note.
      const aborted = new AbortController();
      aborted.abort();
      await assert.rejects(
        withSurveySeries(broken([earlier.wave.id]), 'x', { index, scopes: [scoped] }, ['survey:piano:approvato'], aborted.signal),
        { name: 'AbortError' },
      );
    } finally {
      warned.mock.restore();
    }
  });

  it('names what the waves ask when a question is none of theirs', async () => {
    await assert.rejects(
      seriesOf([earlierSurveyFixture(), surveyFixture()], 'survey:lingua'),
      (error: Error & { what?: string; hint?: string }) => {
        assert.equal(error.what, 'metric');
        assert.match(
          String(error.hint),
          /survey:piano, survey:ostacoli, survey:importanza, survey:docenti-mobilita, .*survey:piano:approvato/,
        );
        return true;
      },
    );
  });

  it('takes the last listed of two waves of one school year, and says so', async () => {
    const [first, second] = [earlierSurveyFixture(), surveyFixture()];
    second.wave = { ...second.wave, id: 'internazionalizzazione-2023-bis', schoolYear: 2023 };
    const { data, view } = await seriesOf([first, second], 'survey:piano:approvato');
    assert.deepEqual(data.index.years, [2023]);
    assert.deepEqual(view.series[0]!.values, [resultOf(second, 'piano').shares![0]!.value]);
    // Said, not silently: the other wave's estimates are not shown.
    assert.deepEqual(view.dataNotes, [
      {
        it: "Più indagini nel 2023/24 (internazionalizzazione-2023, internazionalizzazione-2023-bis): il grafico mostra l'ultima elencata, internazionalizzazione-2023-bis.",
        en: 'Several surveys in 2023/24 (internazionalizzazione-2023, internazionalizzazione-2023-bis): the chart shows the last listed, internazionalizzazione-2023-bis.',
      },
    ]);
    // The null: waves of different years, nothing to say.
    assert.equal((await seriesOf([earlierSurveyFixture(), surveyFixture()], 'survey:piano:approvato')).view.dataNotes, undefined);
  });
});
