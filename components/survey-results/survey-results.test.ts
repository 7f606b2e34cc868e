import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { earlierSurveyFixture, SURVEY_WAVE, surveyFixture } from '../../test/fixtures/survey.fixture.js';
import { bundleFixture, indexFixture } from '../../test/fixtures/contract.fixture.js';
import { freshFolder, hits, serve } from '../../test/support/data-routes.js';
import { captureWarnings, downloaded } from '../../test/support/element-helpers.js';
import { serveContract, withSurvey } from '../../test/support/serve-contract.js';
import { checkBarView } from '../../test/support/bar-view-checks.js';
import './define.js';
import type { SurveyResults } from './survey-results.js';

const shadow = (el: SurveyResults) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: SurveyResults) =>
  waitUntil(() => shadow(el).querySelector('[part~="summary"], [part~="error"]'), 'survey not loaded', { timeout: 5000 });

const serveSurvey = (survey = true) => serveContract({ survey });

async function results(src: string, attributes: Record<string, string> = {}) {
  const el = await fixture<SurveyResults>(html`<survey-results src=${src}></survey-results>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  await ready(el);
  return el;
}

describe('<survey-results>', () => {
  it('asks for the wave its attribute names while the index is on its way, and only once', async () => {
    // The index answers after 600 ms.
    const { folder, src } = await serveContract({ survey: true, indexRoute: { delay: 600 } });
    const el = await fixture<SurveyResults>(html`<survey-results src=${src} wave=${SURVEY_WAVE}></survey-results>`);
    const wave = `${folder}/surveys/${SURVEY_WAVE}.json`;
    await waitUntil(async () => (await hits(wave)) === 1, 'the wave not asked for before the index', { timeout: 450 });
    expect(shadow(el).querySelector('[part~="summary"]'), 'shown before its index arrived').to.equal(null);
    await ready(el);
    expect([await hits(`${folder}/index.json`), await hits(wave)]).to.deep.equal([1, 1]);
    expect(text(shadow(el).querySelector('[part~="summary"]'))).to.contain('Hanno risposto 33 istituzioni su 60');
  });

  it("says who answered and draws each option with its interval beside the region's and the nation's, no axe violations", async () => {
    const { src } = await serveSurvey();
    const el = await results(src, { scope: 'province:048' });
    expect(text(shadow(el).querySelector('[part~="title"]'))).to.equal("Indagine sull'internazionalizzazione delle scuole 2024/25");
    expect(text(shadow(el).querySelector('[part~="summary"]'))).to.equal(
      'Hanno risposto 19 istituzioni su 30 invitate (63%). Rilevazione dal 2 marzo 2025 al 17 aprile 2025.',
    );
    const plan = shadow(el).querySelector('[part~="question"]')!;
    expect(text(plan.querySelector('figcaption'))).to.equal("La scuola ha un piano per l'internazionalizzazione nel PTOF? (19 risposte)");
    const file = surveyFixture();
    const share = (code: string) => file.areas.find((a) => a.code === code)!.results[0]!.shares![0]!;
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    const firenze = share('048');
    expect(text(plan.querySelector('li .value'))).to.equal(
      `${pct(firenze.value)} (${pct(firenze.low)}–${pct(firenze.high)})Toscana ${pct(share('09').value)}Italia ${pct(share('IT').value)}`,
    );
    // A Likert question has its mean on the scale too.
    expect(text(shadow(el).querySelectorAll('[part~="question"]')[2]!.querySelector('.mean'))).to.match(
      /^Media \d,\d \(\d,\d–\d,\d\) su una scala da 1 a 5/,
    );
    expect(text(shadow(el).querySelector('[role="note"]'))).to.include('sintetiche');
    await expect(el).to.be.accessible();
  });

  it("writes the region's and the nation's values with the decimals of the estimate beside them", async () => {
    // Toscana's mean 3,45 (3,37–3,53) beside "Italia 3,5" read as 0,05 apart where Italy's mean was 3,46.
    const file = surveyFixture();
    const importance = (code: string) => file.areas.find((a) => a.code === code)!.results.find((r) => r.question === 'importanza')!;
    importance('09').mean = { value: 3.45, low: 3.37, high: 3.53 };
    importance('IT').mean = { value: 3.46, low: 3.42, high: 3.5 };
    const { src } = await serveContract({ survey: file });
    const el = await results(src, { scope: 'region:09', question: 'importanza' });
    expect(text(shadow(el).querySelector('.mean .value'))).to.equal('3,45 (3,37–3,53) su una scala da 1 a 5 Italia 3,46');
  });

  it('says a question answered by too few institutions is suppressed, with its n, and draws nothing for it', async () => {
    const { src } = await serveSurvey();
    const el = await results(src, { scope: 'province:100' });
    const questions = [...shadow(el).querySelectorAll('[part~="question"]')];
    expect(questions.length).to.equal(4);
    for (const q of questions) {
      expect(text(q.querySelector('.suppressed'))).to.equal('Dati insufficienti (3 risposte): con meno di 5 non si pubblicano stime.');
      expect(q.querySelector('.bar')).to.equal(null);
    }
  });

  it('shows its table from the start with view="table"; its toggle sets view and tells the page; another view is ignored and said', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveSurvey();
      const el = await results(src, { scope: 'region:09', view: 'table' });
      await checkBarView(el, () => capture.warnings);
    } finally {
      capture.restore();
    }
  });

  it('shows one question, a table by keyboard, downloads a CSV that says its source, and speaks English', async () => {
    const { src } = await serveSurvey();
    const el = await results(src, { scope: 'region:09', question: 'importanza' });
    expect(shadow(el).querySelectorAll('[part~="question"]').length).to.equal(1);
    const toggle = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Tabella')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(toggle, 'focus stays on the toggle');
    const table = shadow(el).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Domanda',
      'Risposta',
      'Stima',
      'intervallo al 95%',
      'Risposte',
      'Italia',
    ]);
    expect(table.querySelectorAll('tbody tr').length).to.equal(6, 'five points of the scale and the mean');
    const csv = await downloaded(shadow(el), 'CSV');
    const lines = csv.replace('\uFEFF', '').trim().split('\n');
    expect(lines[0]).to.equal('Area;Domanda;Risposta;Unità;Stima;Minimo (95%);Massimo (95%);Risposte;Italia');
    expect(lines[1]).to.match(/^Toscana;Quanto è importante l'internazionalizzazione per la scuola\?;Per nulla;% delle istituzioni;/);
    expect(csv).to.include('Risposte sintetiche, a scopo dimostrativo');
    expect(csv).to.include('Fonte;');
    el.lang = 'en';
    await waitUntil(
      () => text(shadow(el).querySelector('[part~="summary"]')).startsWith('22 of 36 invited institutions answered'),
      'English',
    );
    await expect(el).to.be.accessible();
  });

  it('measures each estimate from an earlier wave with its interval (compare), in the bars, the table and the CSV; ignores and says a wave that is not an earlier one, and says when there is none yet', async () => {
    const capture = captureWarnings();
    try {
      const earlier = earlierSurveyFixture();
      const { src } = await serveContract({ survey: true, earlierSurveys: [earlier] });
      const el = await results(src, { scope: 'province:048', compare: 'previous' });
      const plan = shadow(el).querySelector('[part~="question"]')!;
      const changes = [...plan.querySelectorAll('.change')].map(text);
      expect(changes).to.have.length(3);
      expect(changes[0]).to.match(/^\+\d+ punti rispetto al 2023\/24 \(al 95% tra [+\-−]?\d+ e \+\d+\)$/);
      expect(text(shadow(el).querySelector('[part~="caption"]'))).to.include(
        "Con la variazione rispetto a «Indagine sull'internazionalizzazione delle scuole 2023/24» e il suo intervallo al 95%; le quote in punti percentuali. Dove nulla è cambiato, circa una variazione su 20 esclude lo zero per caso.",
      );
      await expect(el).to.be.accessible();
      // The table and the CSV carry the earlier estimate and the change with its ends.
      shadow(el).querySelector<HTMLButtonElement>('[part~="toolbar"] button[aria-pressed]')!.click();
      await el.updateComplete;
      const header = [...shadow(el).querySelectorAll('[part~="table"] thead th')].map(text);
      expect(header.slice(-3)).to.deep.equal(['Stima 2023/24', 'Variazione', 'Variazione (95%)']);
      const csv = (await downloaded(shadow(el), 'CSV')).replace('\uFEFF', '');
      expect(csv.split('\n')[0]).to.match(/;Stima 2023\/24;Variazione dal 2023\/24;Variazione minima \(95%\);Variazione massima \(95%\)$/);
      // The file says the changes' unit and what chance makes of them, as the element does.
      expect(csv).to.include('le quote in punti percentuali. Dove nulla è cambiato, circa una variazione su 20 esclude lo zero per caso.');
      // A wave that is not an earlier one of the index (unknown, or the one shown): ignored, said in the element and once in the console.
      for (const compare of ['x', SURVEY_WAVE]) {
        el.setAttribute('compare', compare);
        await waitUntil(() => [...shadow(el).querySelectorAll('.note')].some((n) => text(n).startsWith(`compare="${compare}"`)), compare);
        expect(shadow(el).querySelectorAll('.change')).to.have.length(0);
      }
      expect([...shadow(el).querySelectorAll('.note')].map(text)).to.include(
        `compare="${SURVEY_WAVE}" non è un'indagine precedente di questi dati (previous, internazionalizzazione-2023): è stato ignorato.`,
      );
      expect(capture.warnings.filter((w) => w.includes('ignored compare='))).to.have.length(2);
      // The earlier wave's file missing on the host: the wave shown stands, without changes, and says why.
      const missing = await serveContract({ survey: true, earlierSurveys: [earlier] });
      await serve(`${missing.folder}/surveys/internazionalizzazione-2023.json`, '{"contract": "scuole-europa/1", ');
      const unread = await results(missing.src, { scope: 'province:048', compare: 'internazionalizzazione-2023' });
      expect(shadow(unread).querySelector('[part~="error"]')).to.equal(null);
      expect(shadow(unread).querySelectorAll('.change')).to.have.length(0);
      expect([...shadow(unread).querySelectorAll('.note')].map(text)).to.include(
        "L'indagine «internazionalizzazione-2023» non si legge: stime senza variazioni (i dettagli nella console del browser).",
      );
      await expect(unread).to.be.accessible();
      // The waves' picker (the index lists two), the newest first: the earlier, chosen by keyboard, is shown and says
      // there is no wave before it to compare with; the focus stays on the picker.
      const picked = await results(src, { scope: 'province:048', compare: 'previous' });
      const picker = shadow(picked).querySelector<HTMLSelectElement>('[part~="toolbar"] select')!;
      expect([...picker.options].map((o) => o.text)).to.deep.equal([
        "Indagine sull'internazionalizzazione delle scuole 2024/25",
        "Indagine sull'internazionalizzazione delle scuole 2023/24",
      ]);
      picker.focus();
      // A choice in the picker is said with an event (a linked view keeps it in the page's address); a wave set from
      // outside is not.
      const chosen: string[] = [];
      picked.addEventListener('survey-results-wave-change', (e) => chosen.push(e.detail.wave));
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(
        () => text(shadow(picked).querySelector('[part~="title"]')) === "Indagine sull'internazionalizzazione delle scuole 2023/24",
        'the earlier wave chosen',
      );
      expect(picked.wave).to.equal('internazionalizzazione-2023');
      expect(chosen).to.deep.equal(['internazionalizzazione-2023']);
      expect([...shadow(picked).querySelectorAll('.note')].map(text)).to.include('Nessuna indagine precedente con cui confrontare.');
      expect(picked.shadowRoot!.activeElement).to.equal(shadow(picked).querySelector('[part~="toolbar"] select'));
      await expect(picked).to.be.accessible();
      picked.wave = SURVEY_WAVE;
      await waitUntil(() => text(shadow(picked).querySelector('[part~="title"]')).endsWith('2024/25'), 'set from outside');
      expect(chosen).to.have.length(1);
      // A wave the index does not list (an old link's) shows the latest, says so and offers the picker, not an error.
      const unknown = await results(src, { scope: 'province:048', wave: 'internazionalizzazione-2019' });
      expect(shadow(unknown).querySelector('[part~="error"]')).to.equal(null);
      expect(text(shadow(unknown).querySelector('[part~="title"]'))).to.equal("Indagine sull'internazionalizzazione delle scuole 2024/25");
      expect([...shadow(unknown).querySelectorAll('.note')].map(text)).to.include(
        "wave=\"internazionalizzazione-2019\" non è un'indagine di questi dati: si vede l'ultima, «Indagine sull'internazionalizzazione delle scuole 2024/25».",
      );
      expect(capture.warnings.filter((w) => w.includes('ignored wave="internazionalizzazione-2019"'))).to.have.length(1);
      expect(shadow(unknown).querySelector('[part~="toolbar"] select')).to.not.equal(null);
      // An index that lists the newest wave first (a configuration's order): the latest wave is still shown by default,
      // and compared with the one before it.
      const reversed = await serveContract({ survey: true, earlierSurveys: [earlier] });
      const index = withSurvey(indexFixture(), [earlier]);
      await serve(`${reversed.folder}/index.json`, { ...index, surveys: [...index.surveys!].reverse() });
      const latest = await results(reversed.src, { scope: 'province:048', compare: 'previous' });
      expect(text(shadow(latest).querySelector('[part~="title"]'))).to.equal("Indagine sull'internazionalizzazione delle scuole 2024/25");
      expect(text(shadow(latest).querySelector('.change'))).to.match(/rispetto al 2023\/24/);
      // `previous` on the index's only wave: nothing to compare with yet, said without a warning (a page may ask for it
      // before a second wave is published).
      const first = await results((await serveSurvey()).src, { scope: 'province:048', compare: 'previous' });
      expect(shadow(first).querySelectorAll('.change')).to.have.length(0);
      expect([...shadow(first).querySelectorAll('.note')].map(text)).to.include('Nessuna indagine precedente con cui confrontare.');
      expect(capture.warnings.filter((w) => w.includes('"previous"'))).to.have.length(0);
      first.lang = 'en';
      await waitUntil(
        () => [...shadow(first).querySelectorAll('.note')].some((n) => text(n) === 'No earlier survey wave to compare with.'),
        'English',
      );
    } finally {
      capture.restore();
    }
  });

  it("reads a bundle's surveys (a small site's single file)", async () => {
    const index = {
      ...indexFixture(),
      surveys: [{ id: SURVEY_WAVE, schoolYear: 2024, title: surveyFixture().wave.title }],
      provinceRegions: { '048': '09', '100': '09' },
    };
    const src = await serve(`${freshFolder()}/bundle.json`, { ...bundleFixture(), index, surveys: [surveyFixture()] });
    const el = await results(src, { scope: 'province:048' });
    expect(text(shadow(el).querySelector('[part~="summary"]'))).to.match(/^Hanno risposto 19 istituzioni su 30 invitate/);
    const bare = await serve(`${freshFolder()}/bundle.json`, { ...bundleFixture(), index });
    const none = await results(bare, {});
    expect(text(shadow(none).querySelector('[part~="error"]'))).to.include(`Non trovo l'indagine "${SURVEY_WAVE}"`);
  });

  it('shows a comune’s province and says so, in the element, the console and the file’s name; a comune the data does not hold is an error', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveSurvey();
      const province = await results(src, { scope: 'province:048' });
      const comune = await results(src, { scope: 'comune:048017' });
      const shown = (el: SurveyResults) => [...shadow(el).querySelectorAll('[part~="question"]')].map(text);
      expect(shown(comune)).to.deep.equal(shown(province));
      const notes = [...shadow(comune).querySelectorAll('.note')].map(text);
      expect(notes).to.include(
        'Le indagini non hanno stime per i comuni: per il comune di Firenze (048017) si vedono quelle della sua provincia, Firenze.',
      );
      expect(capture.warnings).to.include(
        '[survey-results] Surveys have no estimates for comuni: for the comune of Firenze (048017), those of its province, Firenze, are shown.',
      );
      // The file holds Firenze's province, and is named after it; its rows say the area.
      const names: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        const csv = (await downloaded(shadow(comune), 'CSV')).split('\n');
        expect(csv[1]).to.match(/^Firenze;/);
        // Its title says whose estimates they are, and why.
        expect(csv.find((line) => line.startsWith('Indagine;'))).to.include(
          'per il comune di Firenze (048017) si vedono quelle della sua provincia, Firenze.',
        );
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(names).to.deep.equal([`indagine-${SURVEY_WAVE}-province-048.csv`]);
      comune.setAttribute('lang', 'en');
      const english =
        'Surveys have no estimates for comuni: for the comune of Firenze (048017), those of its province, Firenze, are shown.';
      await waitUntil(() => [...shadow(comune).querySelectorAll('.note')].map(text).includes(english), 'not said in English');
      // A comune chosen after a province (a linked view's map): named once its shard is read.
      const before = shown(province);
      province.setAttribute('scope', 'comune:048017');
      await waitUntil(
        () => [...shadow(province).querySelectorAll('.note')].map(text).some((note) => note.includes('per il comune di Firenze (048017)')),
        'the comune chosen not named',
      );
      expect(shown(province)).to.deep.equal(before);
      const unknown = await results(src, { scope: 'comune:999001' });
      expect(text(shadow(unknown).querySelector('[part~="error"]'))).to.include('Non trovo il comune "999001"');
      // A code of Firenze's province that names no comune of the data is no comune: it showed Firenze's until the shard was read.
      const none = await results(src, { scope: 'comune:048999' });
      expect(text(shadow(none).querySelector('[part~="error"]'))).to.include('Non trovo il comune "048999"');
      // Said in the page's language, as a download's error is (the view's were said in the console's English).
      const noProvince = await results(src, { scope: 'province:999' });
      expect(text(shadow(noProvince).querySelector('[part~="error"]'))).to.equal(
        'Risultati non disponibili: Non trovo la provincia "999" nei dati.',
      );
      // Once in the console, with its English text (not first without it, then with it).
      expect(capture.warnings.filter((w) => w.includes('province "999"'))).to.deep.equal([
        '[survey-results] No province "999" in the data.',
      ]);
    } finally {
      capture.restore();
    }
  });

  it('shows a clear error for a bad scope and data without surveys; shows the latest wave for an unknown one and all questions for an unknown question, and says why', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveSurvey();
      const bad = await results(src, { scope: 'school:FIIC81200A' });
      expect(text(shadow(bad).querySelector('[part~="error"]'))).to.include('"scope" deve essere "nation"');
      // An unknown wave was an error state, which left a reader of an old link no way on: the latest, said.
      const wave = await results(src, { wave: 'nessuna' });
      expect(shadow(wave).querySelector('[part~="error"]')).to.equal(null);
      expect(shadow(wave).querySelectorAll('[part~="question"]').length).to.equal(4);
      expect([...shadow(wave).querySelectorAll('.note')].map(text).join(' ')).to.include(
        'wave="nessuna" non è un\'indagine di questi dati',
      );
      const none = await results((await serveSurvey(false)).src);
      expect(text(shadow(none).querySelector('[part~="error"]'))).to.include('non hanno indagini pubblicate');
      const el = await results(src, { question: 'colore' });
      expect(shadow(el).querySelectorAll('[part~="question"]').length).to.equal(4);
      expect(capture.warnings.join(' ')).to.include('ignored question="colore"');
      // Said in the element too, until a question of the wave is chosen.
      const notes = () => [...shadow(el).querySelectorAll('.note')].map(text).join(' ');
      expect(notes()).to.include(
        'question="colore" non è una domanda di questa rilevazione: è stato ignorato, si vedono tutte le domande.',
      );
      const select = shadow(el).querySelector<HTMLSelectElement>('[part~="toolbar"] select')!;
      const chosen: string[] = [];
      el.addEventListener('survey-results-question-change', (e) => chosen.push(e.detail.question));
      select.value = 'importanza';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      // A choice in the picker is said with an event (a linked view keeps it in the page's address).
      expect(chosen).to.deep.equal(['importanza']);
      expect(shadow(el).querySelectorAll('[part~="question"]').length).to.equal(1);
      expect(notes()).not.to.include('colore');
    } finally {
      capture.restore();
    }
  });
});
