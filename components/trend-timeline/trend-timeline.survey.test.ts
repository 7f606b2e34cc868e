/**
 * A survey's estimates across its waves (src/timeline/survey-series.ts): each
 * wave at its school year with its own interval, the change between waves in
 * percentage points (a mean's in its unit) with its 95% interval, a wave
 * that does not ask the question a gap; Italy, regions and provinces only (a
 * comune shows its province's, and says so), and never beside a metric of the
 * contract.
 */
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SurveyFile } from '../../src/contract/contract.types.js';
import { earlierSurveyFixture, surveyFixture } from '../../test/fixtures/survey.fixture.js';
import { captureWarnings, downloaded } from '../../test/support/element-helpers.js';
import { serve } from '../../test/support/data-routes.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import '../linked-view/define.js';
import '../survey-results/define.js';
import type { TrendTimeline } from './trend-timeline.js';

const shadow = (el: TrendTimeline) => el.shadowRoot!;
const text = (el: TrendTimeline, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const drawn = (el: TrendTimeline) =>
  waitUntil(() => shadow(el).querySelector('[part~="chart"], [part~="table"], .multiples, [part~="error"]'), 'nothing shown', {
    timeout: 5000,
  });

async function timelineOf(src: string, attributes: Record<string, string>) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement('trend-timeline');
  for (const [name, value] of Object.entries({ src, lang: 'it', ...attributes })) el.setAttribute(name, value);
  box.append(el);
  await drawn(el);
  await elementUpdated(el);
  return el;
}

/** An estimate of `question`'s `option` (or its mean) in `file`'s area. */
function estimate(file: SurveyFile, code: string, question: string, option: string) {
  const area = file.areas.find((a) => a.code === code)!;
  const q = file.questions.findIndex((x) => x.id === question);
  const result = area.results[q]!;
  return option === 'mean' ? result.mean! : result.shares!.find((s) => s.option === option)!;
}

const pct = (v: number) => `${(v * 100).toFixed(1).replace('.', ',')}%`;

describe('<trend-timeline> of a survey’s estimates', () => {
  it('draws each wave at its school year with its interval, and says the change in points with its 95% interval', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlier] });
    const el = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'region:09', compare: 'nation' });
    expect(text(el, '[part~="title"]')).to.equal("La scuola ha un piano per l'internazionalizzazione nel PTOF? «Sì, approvato»");
    const [before, after] = [estimate(earlier, '09', 'piano', 'approvato'), estimate(latest, '09', 'piano', 'approvato')];
    // The waves' years only: 2023/24 and 2024/25, not the contract's from 2021/22; each estimate with its interval.
    const table = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'region:09', view: 'table' });
    const rows = [...shadow(table).querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      `2023/24 ${pct(before.value)} (${pct(before.low)} – ${pct(before.high)})`,
      `2024/25 ${pct(after.value)} (${pct(after.low)} – ${pct(after.high)})`,
    ]);
    // The change in percentage points, with MOVER's interval from the two waves' (the earlier wave halved its plans).
    const summary = text(el, '[part~="summary"]');
    const points = ((after.value - before.value) * 100).toFixed(1).replace('.', ',');
    expect(summary).to.match(new RegExp(`Toscana: [^.]*da ${pct(before.value).replace('%', '')}`));
    expect(summary).to.include(`(+${points} punti percentuali; al 95% tra +`);
    // Final figures, whatever the programmes' provisional years (the fixture's Erasmus+ 2022 to 2024).
    expect(summary).not.to.include('provvisori');
    const provisional = [...shadow(el).querySelectorAll('.line.provisional')].map((line) => line.getAttribute('d'));
    expect(provisional, 'no provisional stretch drawn').to.deep.equal(['', '']);
    await expect(el).to.be.accessible();
    expect(shadow(el).textContent).to.include(
      "Intorno a ogni stima (la banda, tra parentesi nella tabella) è il suo intervallo al 95%, secondo le risposte all'indagine",
    );
    // The CSV carries each estimate with its interval as the percentages the chart shows, and says what they are.
    const csv = (await downloaded(shadow(el), 'CSV')).replace('\uFEFF', '').split('\n');
    const number = (v: number) => String(Math.round(v * 1000) / 10).replace('.', ',');
    expect(csv[0]).to.match(/^Anno scolastico;Toscana \(%\);Toscana: minimo \(95%\) \(%\);Toscana: massimo \(95%\) \(%\);Italia \(%\);/);
    expect(csv[1]).to.match(new RegExp(`^2023/24;${number(before.value)};${number(before.low)};${number(before.high)};`));
    expect(csv.slice(1, 3).map((row) => row.split(';')[0])).to.deep.equal(['2023/24', '2024/25']);
    expect(csv.join('\n')).to.include('secondo le risposte all');
  });

  it('says a mean’s change in its unit, a wave that does not ask the question as a gap, and a suppressed estimate as no data', async () => {
    const earlier = earlierSurveyFixture();
    // The earlier wave did not ask about the plan.
    const q = earlier.questions.findIndex((x) => x.id === 'piano');
    earlier.questions.splice(q, 1);
    for (const area of earlier.areas) area.results.splice(q, 1);
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlier] });
    const plan = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'nation' });
    expect(text(plan, '[part~="summary"]')).to.match(/^Italia: \d+(,\d)?% nel 2024\/25, un solo anno di dati\.$/);
    const mean = await timelineOf(src, { metrics: 'survey:importanza:mean', scope: 'nation' });
    const [a, b] = [estimate(earlier, 'IT', 'importanza', 'mean'), estimate(surveyFixture(), 'IT', 'importanza', 'mean')];
    expect(a.value, 'the fixture’s mean is the same in both waves').to.equal(b.value);
    expect(text(mean, '[part~="summary"]')).to.match(/^Italia: \d,\d ogni anno, dal 2023\/24 al 2024\/25\.$/);
    expect(text(mean, '[part~="title"]')).to.match(/\(media\)$/);
  });

  it('draws a whole question as a line per option under the question, in the page’s language', async () => {
    const earlier = earlierSurveyFixture();
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlier] });
    const el = await timelineOf(src, { metrics: 'survey:piano', scope: 'region:09' });
    expect(text(el, '[part~="title"]')).to.equal("La scuola ha un piano per l'internazionalizzazione nel PTOF? · Toscana");
    const names = () => [...shadow(el).querySelectorAll('[part~="legend"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(names()).to.deep.equal(['Sì, approvato', 'In preparazione', 'No']);
    // Each option's share as the table gives it, wave by wave.
    el.setAttribute('view', 'table');
    await waitUntil(() => shadow(el).querySelector('tbody tr'), 'no table');
    const first = shadow(el).querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ');
    for (const option of ['approvato', 'in-preparazione', 'no'])
      expect(first).to.include(pct(estimate(earlier, '09', 'piano', option).value));
    el.setAttribute('view', 'lines');
    el.setAttribute('lang', 'en');
    await waitUntil(() => names()[0] === 'Yes, approved', 'not in English');
    expect(text(el, '[part~="title"]')).to.equal(
      'Does the school have an internationalisation plan in its three-year plan (PTOF)? · Toscana',
    );
    await expect(el).to.be.accessible();
    // A single choice's answers pile up to the whole; a multiple choice's would count an institution in each.
    const buttons = (timeline: TrendTimeline) => [...shadow(timeline).querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons(el)).to.include('Stacked areas');
    // A compact chart draws the first option, named, and says which it leaves out.
    const spark = await timelineOf(src, { metrics: 'survey:piano', scope: 'region:09', variant: 'sparkline' });
    const said = shadow(spark).querySelector('[role="img"]')!.getAttribute('aria-label')!;
    expect(said).to.match(/^La scuola ha un piano per l'internazionalizzazione nel PTOF\? «Sì, approvato»\. /);
    expect(said).to.include('Il grafico compatto disegna solo il primo indicatore: «In preparazione» e «No» non sono disegnati.');
    const obstacles = await timelineOf(src, { metrics: 'survey:ostacoli', scope: 'region:09', view: 'stacked' });
    expect(buttons(obstacles)).not.to.include('Aree impilate');
    expect(shadow(obstacles).textContent!.replace(/\s+/g, ' ')).to.include(
      'Aree impilate non disponibili: si sommano solo le risposte di una domanda a scelta singola',
    );
  });

  it('shows a question chosen (a linked view’s) in place of its metrics, and says one no wave asks', async () => {
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
    const capture = captureWarnings();
    try {
      const el = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'region:09', question: 'importanza' });
      expect(text(el, '[part~="title"]')).to.equal("Quanto è importante l'internazionalizzazione per la scuola? (media)");
      el.setAttribute('question', 'lingua');
      await waitUntil(() => text(el, '[part~="title"]').includes('«Sì, approvato»'), 'the page’s metrics again');
      expect(shadow(el).textContent!.replace(/\s+/g, ' ')).to.include(
        'question="lingua" non è una domanda delle indagini: è stato ignorato, si vede survey:piano:approvato.',
      );
      expect(capture.warnings).to.include(
        '[trend-timeline] question="lingua" is not a question of the surveys: it was ignored, survey:piano:approvato is shown.',
      );
      await expect(el).to.be.accessible();
      // Beside the contract's metrics a question shows nothing: said, in the element and the console.
      const contract = await timelineOf(src, { metrics: 'etwinning.projects', scope: 'region:09' });
      contract.setAttribute('question', 'piano');
      await waitUntil(() => shadow(contract).textContent!.includes('question="piano"'), 'no note');
      expect(shadow(contract).textContent!.replace(/\s+/g, ' ')).to.include(
        'question="piano" vale solo con gli indicatori di un\'indagine (metrics="survey:…"): è stato ignorato.',
      );
      expect(capture.warnings).to.include(
        '[trend-timeline] question="piano" applies to survey metrics only (metrics="survey:…"): it was ignored.',
      );
    } finally {
      capture.restore();
    }
  });

  it('draws the waves it can read and says, in the element and the console, which it cannot', async () => {
    const [earlier, latest] = [earlierSurveyFixture(), surveyFixture()];
    const { folder, src } = await serveContract({ survey: true, earlierSurveys: [earlier] });
    await serve(`${folder}/surveys/${earlier.wave.id}.json`, { error: 'gone' }, { status: 404 });
    const capture = captureWarnings();
    try {
      const el = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'region:09', view: 'table' });
      const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.have.length(1);
      expect(rows[0]).to.match(new RegExp(`^2024/25 ${pct(estimate(latest, '09', 'piano', 'approvato').value)}`));
      expect(shadow(el).textContent!.replace(/\s+/g, ' ')).to.include(
        "L'indagine «internazionalizzazione-2023» (2023/24) non si legge: il grafico mostra le altre",
      );
      expect(
        capture.warnings.some((w) => w.startsWith('[trend-timeline] the survey wave internazionalizzazione-2023 could not be read')),
      ).to.equal(true);
      await expect(el).to.be.accessible();
      // The files say it too, as the page does.
      expect(await downloaded(shadow(el), 'CSV')).to.include("L'indagine «internazionalizzazione-2023» (2023/24) non si legge");
      el.setAttribute('view', 'lines');
      await waitUntil(() => shadow(el).querySelector('[part~="chart"]'), 'no chart');
      expect(await downloaded(shadow(el), 'SVG')).to.include('non si legge: il grafico mostra le altre');
    } finally {
      capture.restore();
    }
  });

  it('shows a comune’s province, says so in the element and the console, and refuses a comune it does not know', async () => {
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
    const capture = captureWarnings();
    try {
      const rows = (el: TrendTimeline) =>
        [...shadow(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
      const province = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'province:048', view: 'table' });
      const comune = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'comune:048017', view: 'table' });
      expect(text(comune, '[part~="error"]')).to.equal('');
      expect(rows(comune)).to.deep.equal(rows(province));
      const said =
        'Le indagini non hanno stime per i comuni: per il comune di Firenze (048017) si vedono quelle della sua provincia, Firenze.';
      expect([...shadow(comune).querySelectorAll('.note')].map((n) => n.textContent!.trim())).to.include(said);
      // Once in the console, in English.
      expect(capture.warnings.filter((w) => w.includes('for the comune of Firenze (048017), those of its province'))).to.have.length(1);
      // Its parents are the province's: the province, Toscana, Italy; each drawn once.
      const parents = await timelineOf(src, {
        metrics: 'survey:piano:approvato',
        scope: 'comune:048017',
        compare: 'parents',
        view: 'table',
      });
      expect([...shadow(parents).querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
        'Anno',
        'Firenze',
        'Toscana',
        'Italia',
      ]);
      const unknown = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'comune:048999' });
      expect(text(unknown, '[part~="error"]')).to.include('Non trovo il comune "048999"');
    } finally {
      capture.restore();
    }
  });

  it('refuses a school, a comune compared or a metric of the contract beside it, and a question no wave asks, with a clear error', async () => {
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
    const capture = captureWarnings();
    try {
      const mixed = await timelineOf(src, { metrics: 'survey:piano:approvato etwinning.projects', scope: 'nation' });
      expect(text(mixed, '[part~="error"]')).to.include(
        'Le stime delle indagini non si mostrano con altri indicatori: "survey:piano:approvato etwinning.projects".',
      );
      const unknown = await timelineOf(src, { metrics: 'survey:piano:forse', scope: 'nation' });
      expect(text(unknown, '[part~="error"]')).to.include(
        'Indicatore sconosciuto "survey:piano:forse"; disponibili: survey:piano:approvato, survey:piano:in-preparazione, survey:piano:no, survey:ostacoli:tempo',
      );
      const school = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'school:FIIC81200A' });
      expect(text(school, '[part~="error"]')).to.include('non per "school:FIIC81200A"');
      const compared = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'region:09', compare: 'comune:048017' });
      expect(text(compared, '[part~="error"]')).to.include('non per "comune:048017"');
      const oneWave = await timelineOf(src, { metrics: 'survey:internazionalizzazione-2024:piano:approvato', scope: 'nation' });
      expect(text(oneWave, '[part~="error"]')).to.include('Indicatore sconosciuto "survey:internazionalizzazione-2024:piano:approvato"');
      expect(capture.warnings.length).to.be.greaterThan(0);
    } finally {
      capture.restore();
    }
  });

  it('says which wave it shows where two share a school year, in the element and once in the console', async () => {
    const bis = surveyFixture();
    bis.wave = { ...bis.wave, id: 'internazionalizzazione-2024-bis' };
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture(), bis] });
    const capture = captureWarnings();
    try {
      const el = await timelineOf(src, { metrics: 'survey:piano:approvato', scope: 'nation' });
      const notes = [...shadow(el).querySelectorAll('.note')].map((note) => note.textContent!.trim());
      expect(notes).to.include(
        "Più indagini nel 2024/25 (internazionalizzazione-2024-bis, internazionalizzazione-2024): il grafico mostra l'ultima elencata, internazionalizzazione-2024.",
      );
      expect(capture.warnings.filter((w) => w.includes('Several surveys in 2024/25'))).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('keeps its own question in a linked view with data-unlinked="question", beside one that follows the survey’s, and follows the area', async () => {
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    box.innerHTML = `<linked-view src="${src}" region="09">
      <survey-results lang="it"></survey-results>
      <trend-timeline id="follows" lang="it" metrics="survey:piano:approvato"></trend-timeline>
      <trend-timeline id="own" lang="it" metrics="survey:importanza:mean" data-unlinked="question"></trend-timeline>
    </linked-view>`;
    const [follows, own] = ['#follows', '#own'].map((id) => box.querySelector<TrendTimeline>(id)!);
    const results = box.querySelector('survey-results')!;
    const title = (el: TrendTimeline) => text(el, '[part~="title"]');
    await waitUntil(() => title(follows!) && title(own!) && results.shadowRoot!.querySelector('select'), 'nothing drawn', {
      timeout: 5000,
    });
    const picker = [...results.shadowRoot!.querySelectorAll('select')].find((s) => s.querySelector('option[value="ostacoli"]'))!;
    picker.value = 'ostacoli';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => title(follows!).startsWith('Quali sono i principali ostacoli?'), 'the question chosen not followed', {
      timeout: 5000,
    });
    expect(own!.hasAttribute('question')).to.equal(false);
    await elementUpdated(own!);
    expect(title(own!)).to.equal("Quanto è importante l'internazionalizzazione per la scuola? (media)");
    expect([follows!.getAttribute('scope'), own!.getAttribute('scope')]).to.deep.equal(['region:09', 'region:09']);
  });

  it('draws the regions’ small multiples of a survey estimate on one scale', async () => {
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
    const el = await timelineOf(src, { metrics: 'survey:piano:approvato', variant: 'multiples' });
    const values = [...shadow(el).querySelectorAll('.multiples .value')].map((v) => v.textContent!.trim());
    expect(values[0]).to.equal(pct(estimate(surveyFixture(), '09', 'piano', 'approvato').value).replace(',0%', '%'));
    await expect(el).to.be.accessible();
  });
});
