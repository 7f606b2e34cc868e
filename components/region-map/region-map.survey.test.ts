/**
 * A map of a survey's estimates (src/map/survey-metric.ts): it goes down to a
 * region's provinces and no further (no comune has an estimate), and shows the
 * wave and the question a linked view sets (`wave`, `question`) in place of
 * its metric's, saying what it could not show; its pickers of waves and of a
 * choice's answers stand in for the year slider, the focus kept on them.
 */
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { EARLIER_SURVEY_WAVE, earlierSurveyFixture, surveyFixture } from '../../test/fixtures/survey.fixture.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const mapBox = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[role="application"]')!;
const flat = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const title = (el: RegionMap) => shadow(el).querySelector('.note strong')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const notes = (el: RegionMap) => [...shadow(el).querySelectorAll('.note')].map(flat);
const drawn = (el: RegionMap) => waitUntil(() => shadow(el).querySelector('[part~="legend"]'), 'map not drawn', { timeout: 5000 });
const key = (el: RegionMap, name: string) => mapBox(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

/** A map with `attributes` set before it connects, once `until` (drawn); its console warnings kept out of the output. */
async function mapWith(attributes: Record<string, string>, until = drawn): Promise<{ map: RegionMap; warnings: string[] }> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  const map = document.createElement('region-map');
  for (const [name, value] of Object.entries({ lang: 'it', ...attributes })) map.setAttribute(name, value);
  const capture = captureWarnings();
  try {
    box.append(map);
    await until(map);
  } finally {
    capture.restore();
  }
  return { map, warnings: capture.warnings };
}

/** A survey's map of its two waves (2023/24 and 2024/25). */
async function surveyMap(attributes: Record<string, string>): Promise<RegionMap> {
  const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
  return (await mapWith({ src, metric: 'survey:piano:approvato', ...attributes })).map;
}

describe("<region-map> with a survey's estimates", () => {
  it("enters a region's provinces whatever the drill level, and no province: no comune has an estimate", async () => {
    const map = await surveyMap({ 'drill-level': 'comuni' });
    mapBox(map).focus();
    await elementUpdated(map);
    key(map, 'Enter');
    await waitUntil(() => map.region === '09' && map.level === 'provinces', `entered at ${map.level}`);
    await drawn(map);
    await waitUntil(() => shadow(map).activeElement === mapBox(map), 'focus lost after Enter');
    key(map, 'ArrowRight');
    await elementUpdated(map);
    key(map, 'Enter');
    // Before, Enter on a province went to its comuni: «Indicatore sconosciuto "survey:piano:approvato"» in place of the map.
    await elementUpdated(map);
    await drawn(map);
    expect([map.level, map.province]).to.deep.equal(['provinces', '']);
    expect(shadow(map).querySelector('[part~="error"]')).to.equal(null);
    expect(shadow(map).activeElement === mapBox(map)).to.equal(true, 'the focus stays on the map');
  });

  it('picks among the survey’s waves, the newest first, in place of the year slider and Play (its picture is one wave’s)', async () => {
    const map = await surveyMap({});
    expect(shadow(map).querySelector('input[type="range"]')).to.equal(null);
    expect([...shadow(map).querySelectorAll('button')].map(flat)).not.to.include('Riproduci');
    const picker = shadow(map).querySelector<HTMLSelectElement>('select[name="wave"]')!;
    picker.focus();
    expect(flat(picker.closest('label')!)).to.match(/^Indagine /);
    expect([...picker.options].map((option) => option.value)).to.deep.equal([surveyFixture().wave.id, EARLIER_SURVEY_WAVE]);
    expect(picker.value).to.equal(surveyFixture().wave.id);
    const chosen = oneEvent(map, 'region-map-wave-change');
    picker.value = EARLIER_SURVEY_WAVE;
    picker.dispatchEvent(new Event('change'));
    expect((await chosen).detail).to.deep.equal({ wave: EARLIER_SURVEY_WAVE });
    await waitUntil(() => title(map).endsWith('2023/24'), title(map));
    expect(shadow(map).querySelector<HTMLSelectElement>('select[name="wave"]')!.value).to.equal(EARLIER_SURVEY_WAVE);
    // The loading state took the picker away: the focus is back on it, not on the page's body (WCAG 2.4.3).
    const focused = () => shadow(map).activeElement?.getAttribute('name');
    await waitUntil(() => focused() === 'wave', `focus on ${shadow(map).activeElement?.localName}`);
    // The answers of the question shown, each a pick away: the focus back on their picker once drawn.
    const answers = shadow(map).querySelector<HTMLSelectElement>('select[name="answer"]')!;
    expect(flat(answers.closest('label')!)).to.match(/^Risposta /);
    expect([...answers.options].map((option) => option.value)).to.deep.equal(['approvato', 'in-preparazione', 'no']);
    expect(answers.value).to.equal('approvato');
    answers.focus();
    answers.value = 'no';
    answers.dispatchEvent(new Event('change'));
    await waitUntil(() => title(map).endsWith('«No», 2023/24'), title(map));
    await waitUntil(() => focused() === 'answer', `focus on ${shadow(map).activeElement?.localName}`);
    // Still the wave picked: an answer is the map's own choice, not the view's.
    expect(map.wave).to.equal(EARLIER_SURVEY_WAVE);
    // The null: a map of the contract's metrics keeps its year slider.
    map.metric = 'etwinning.projects';
    await waitUntil(() => shadow(map).querySelector('input[type="range"]'), 'no year slider');
    expect(shadow(map).querySelector('select')).to.equal(null);
  });

  it('says in the page’s language that a survey map has no comuni', async () => {
    const { src } = await serveContract({ survey: true });
    const failed = (map: RegionMap) => waitUntil(() => shadow(map).querySelector('[part~="error"]'), 'no error shown', { timeout: 5000 });
    const { map } = await mapWith({ src, metric: 'survey:piano:approvato', level: 'comuni', region: '09' }, failed);
    expect(flat(shadow(map).querySelector('[part~="error"]')!)).to.contain(
      `"survey:piano:approvato": le stime di un'indagine sono per regione e per provincia, usare level="regions" o level="provinces".`,
    );
  });

  it("shows the question and the wave chosen in a linked view in the metric's place, and what it could not show", async () => {
    const map = await surveyMap({});
    const file = surveyFixture();
    const warned = captureWarnings();
    expect(title(map)).to.contain('«Sì, approvato», 2024/25');
    // A scale's question: its mean.
    map.question = 'importanza';
    await waitUntil(() => title(map).includes('(media), 2024/25'), title(map));
    expect(title(map)).to.contain(file.questions.find((q) => q.id === 'importanza')!.text.it);
    // The earlier wave: its school year.
    map.wave = EARLIER_SURVEY_WAVE;
    await waitUntil(() => title(map).includes('(media), 2023/24'), title(map));
    // A scale has no picker of answers (its mean is its value); a multiple choice's first answer, the others offered.
    expect(shadow(map).querySelector('select[name="answer"]')).to.equal(null);
    map.question = 'ostacoli';
    await waitUntil(() => title(map).includes('«Tempo dei docenti», 2023/24'), title(map));
    const answers = [...shadow(map).querySelectorAll<HTMLOptionElement>('select[name="answer"] option')].map((o) => o.text);
    expect(answers).to.deep.equal(file.questions.find((q) => q.id === 'ostacoli')!.options.map((o) => o.text.it));
    // Nothing warned: the page asked nothing wrong.
    expect(warned.warnings).to.deep.equal([]);
    warned.restore();
    // An old link's wave and question: the metric's own, each said.
    const capture = captureWarnings();
    try {
      map.wave = 'indagine-2019';
      map.question = 'soddisfazione';
      await waitUntil(() => title(map).includes('«Sì, approvato», 2024/25'), title(map));
    } finally {
      capture.restore();
    }
    expect(notes(map)).to.include(
      `wave="indagine-2019" non è un'indagine di questi dati: è stato ignorato, si vede «${file.wave.title.it}».`,
    );
    expect(notes(map)).to.include(`question="soddisfazione" non è una domanda dell'indagine «${file.wave.title.it}»: è stato ignorato.`);
    expect(capture.warnings.join('\n')).to.contain('wave="indagine-2019" is not a survey wave of this data');
    // Back to the page's own: no note left.
    map.wave = '';
    map.question = '';
    await waitUntil(() => !notes(map).some((note) => note.includes('ignorato')), notes(map).join(' | '));
    expect(title(map)).to.contain('«Sì, approvato», 2024/25');
    await expect(map).to.be.accessible();
  });

  it('says that a wave or a question applies to a survey metric only', async () => {
    const { src } = await serveContract();
    const { map, warnings } = await mapWith({ src, lang: 'en', metric: 'etwinning.projects', question: 'piano' });
    expect(notes(map)).to.include('question="piano" applies to survey metrics only (metric="survey:…"): it was ignored.');
    expect(warnings.join('\n')).to.contain('question="piano" applies to survey metrics only');
  });
});
