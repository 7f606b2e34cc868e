import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SchoolShard } from '../../src/contract/contract.types.js';
import { render } from 'lit';
import { bundleFixture, indexFixture, indexWithMentorsMethod, regionFixture, schoolFixture } from '../../test/fixtures/contract.fixture.js';
import { SURVEY_WAVE, surveyFixture } from '../../test/fixtures/survey.fixture.js';
import { freshFolder, hits, serve } from '../../test/support/data-routes.js';
import { brokenWords } from '../../test/support/broken-words.js';
import { expectHeadingsInSight } from '../../test/support/sticky-headings.js';
import { captureWarnings } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { sharedLoader } from '../../src/data/loader.js';
import './define.js';
import type { SchoolProfile } from './school-profile.js';
import { renderBadge } from './school-profile.badge.js';

const shadow = (el: SchoolProfile) => el.shadowRoot!;
/** The text as read: soft hyphens (U+00AD, where a long word may break) are not seen unless it breaks there. */
const text = (root: ParentNode | null | undefined) =>
  root?.textContent
    ?.replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const part = (el: SchoolProfile, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const ready = (el: SchoolProfile, name = 'badge') => waitUntil(() => part(el, name), `${name} not shown`, { timeout: 5000 });
const failed = (el: SchoolProfile) => waitUntil(() => part(el, 'error'), 'no error shown', { timeout: 5000 });

async function profileOf(attributes: Record<string, string>, inner = '') {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.innerHTML = `<school-profile lang="${attributes.lang ?? 'it'}">${inner}</school-profile>`;
  const el = box.querySelector('school-profile')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** The fixture's contract with four more institutions in Firenze, the school's comune: the comparison keeps the comune. */
async function serveWithOthersInComune(options: Parameters<typeof serveContract>[0] = {}) {
  const served = await serveContract(options);
  const region = regionFixture();
  region.comuni.find((c) => c.code === '048017')!.institutions = 5;
  await serve(`${served.folder}/regions/09.json`, region);
  return served;
}

// A page keeps 250 resource timings by default: this file's tests fill them, and `fetched` then saw nothing of a later test.
performance.setResourceTimingBufferSize(100_000);

/** Resources the page fetched from one data folder, by path inside it. */
function fetched(folder: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes(`${folder}/`))
    .map((path) => path.slice(path.indexOf(`${folder}/`) + folder.length + 1));
}

describe('<school-profile>', () => {
  it('badge snapshot: name, place, gauge with its meaning, programmes, ribbon, notice and link; axe clean', async () => {
    const { src } = await serveContract();
    const el = await profileOf({ src, code: 'fiic81200a', href: '/scuole/profilo.html?code={code}' });
    await ready(el);
    expect(text(part(el, 'ribbon'))).to.equal('Scuola virtuosa');
    expect(text(part(el, 'name'))).to.equal('IC Firenze Centro');
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('2');
    expect(text(shadow(el).querySelector('.place'))).to.equal('Firenze (FI) · FIIC81200A');
    const gauge = part(el, 'gauge')!;
    expect(gauge.getAttribute('role')).to.equal('meter');
    expect(gauge.getAttribute('aria-valuenow')).to.equal('82.5');
    expect(gauge.getAttribute('aria-valuetext')).to.equal('82,5 su 100');
    expect(gauge.querySelector('.fill')!.getAttribute('stroke-dasharray')).to.equal('82.5 100');
    // Never a bare rank: the band and the 90% intervals of the uncertainty analysis; the fixture's Erasmus+ years the
    // index reads are provisional, and the index may still change.
    expect(text(gauge.nextElementSibling)).to.equal(
      'Indice di internazionalizzazione (dati ancora provvisori): fascia 1 di 10 (1 = la più alta) · tra il 1º e il 3º posto in Italia · tra il 1º e il 2º posto in Toscana',
    );
    // The fixture's index has no funding pillar: funding is not a programme of the badge.
    expect([...part(el, 'programmes')!.querySelectorAll('li')].map(text)).to.deep.equal([
      'eTwinning (Scuola eTwinning): attiva, ultimo anno 2022/23',
      'Erasmus+ (accreditata): attiva, ultimo anno 2022/23',
    ]);
    expect(text(part(el, 'notice'))).to.equal('Dati sintetici, a scopo dimostrativo');
    expect(part(el, 'link')!.getAttribute('href')).to.equal(new URL('/scuole/profilo.html?code=FIIC81200A', document.baseURI).href);
    await expect(el).to.be.accessible();
  });

  it('counts only internationalisation funding as a programme, and shows no rank without its interval', async () => {
    const index = indexFixture();
    index.methods.index.pillars.push({ ...index.methods.index.pillars[1]!, id: 'funding', weight: 0 });
    const { src } = await serveContract({ index });
    const el = await profileOf({ src, code: 'FIIC81200A' });
    await ready(el);
    // The fixture's funding row has no flag (older contracts): it counts.
    expect([...part(el, 'programmes')!.querySelectorAll('li')].map(text)).to.include(
      'Finanziamenti nazionali: attiva, ultimo anno 2022/23',
    );
    const contextOnly = schoolFixture();
    contextOnly.participation.funding = contextOnly.participation.funding.map((f) => ({ ...f, internationalisation: false }));
    delete contextOnly.index.rankInterval;
    delete contextOnly.index.band;
    const badge = document.createElement('div');
    render(renderBadge({ index, shard: contextOnly } as never, 'it', 2, null), badge);
    expect([...badge.querySelectorAll('li')].map(text)).to.include('Finanziamenti nazionali: nessuna attività recente');
    // No rank to say: the label alone (with its note: the fixture's Erasmus+ years are provisional).
    expect(text(badge.querySelector('#gauge-label')!.parentElement)).to.equal('Indice di internazionalizzazione (dati ancora provvisori)');
  });

  it('says that no recent activity and the index may still change where a programme’s recent figures are provisional, and reads an index it checked in part with care', async () => {
    const index = indexFixture();
    const quiet = schoolFixture();
    quiet.participation.etwinning = [];
    quiet.participation.erasmus = [];
    const badgeOf = (of: unknown, lang: 'it' | 'en' = 'it') => {
      const badge = document.createElement('div');
      render(renderBadge({ index: of, shard: quiet } as never, lang, 2, null), badge);
      return badge;
    };
    const programmesOf = (of: unknown, lang: 'it' | 'en' = 'it') => [...badgeOf(of, lang).querySelectorAll('li')].map(text);
    // The index, and the meter it names, read the same years: said where they are provisional, and not where final.
    const indexLabel = (of: unknown, lang: 'it' | 'en' = 'it') => text(badgeOf(of, lang).querySelector('#gauge-label')!);
    // The fixture's Erasmus+ is provisional from 2022/23 on, within the badge's years; eTwinning never.
    expect(programmesOf(index)).to.deep.equal([
      'eTwinning: nessuna attività recente',
      'Erasmus+: nessuna attività recente (dati ancora provvisori)',
    ]);
    expect(programmesOf(index, 'en')[1]).to.equal('Erasmus+: no recent activity (figures still provisional)');
    expect(indexLabel(index)).to.equal('Indice di internazionalizzazione (dati ancora provvisori)');
    expect(indexLabel(index, 'en')).to.equal('Internationalisation index (figures still provisional)');
    // A provisional year before the badge's years (2022/23 on) says nothing of them.
    index.programmes.find((p) => p.id === 'erasmus')!.provisionalYears = [2021];
    expect(programmesOf(index)[1]).to.equal('Erasmus+: nessuna attività recente');
    expect(indexLabel(index)).to.equal('Indice di internazionalizzazione');
    // The light path checks only the fields the badge reads: a malformed list of programmes is no mark, not an error.
    for (const programmes of [undefined, 'erasmus', [null, { id: 'erasmus' }], [{ id: 'erasmus', provisionalYears: 'x' }]]) {
      expect(programmesOf({ ...index, programmes })[1], JSON.stringify(programmes)).to.equal('Erasmus+: nessuna attività recente');
      expect(indexLabel({ ...index, programmes }), JSON.stringify(programmes)).to.equal('Indice di internazionalizzazione');
    }
  });

  it("says on a plesso's badge that its index and programmes are its institution's, in both languages", async () => {
    // A primary school's own site showed its institution's index and activity as if they were the plesso's.
    const plesso = schoolFixture();
    plesso.school = { ...plesso.school, code: 'FIEE81201C', name: 'Primaria Dante' };
    const lines = (lang: 'it' | 'en', shard: SchoolShard) => {
      const badge = document.createElement('div');
      render(renderBadge({ index: indexFixture(), shard } as never, lang, 2, null), badge);
      return [...badge.querySelectorAll('.place')].map(text);
    };
    expect(lines('it', plesso)).to.deep.equal([
      'Firenze (FI) · FIEE81201C',
      "Indice e programmi dell'istituzione IC Firenze Centro, di cui è un plesso.",
    ]);
    expect(lines('en', plesso)[1]).to.equal('Index and programmes of its institution, IC Firenze Centro.');
    expect(lines('it', schoolFixture())).to.deep.equal(['Firenze (FI) · FIIC81200A']);
  });

  it("heads a plesso's comparison with its institution, whose figures they are, in both languages", async () => {
    // A primary school's full profile set its institution's projects under «Questa scuola» beside the areas' average institution.
    const served = await serveWithOthersInComune();
    const plesso = schoolFixture();
    plesso.school = { ...plesso.school, code: 'FIEE81201C', name: 'Primaria Dante' };
    await serve(`${served.folder}/schools/FIEE81201C.json`, plesso);
    const el = await profileOf({ src: served.src, code: 'FIEE81201C', variant: 'full' });
    await ready(el, 'comparison');
    const heads = () => [...part(el, 'comparison')!.querySelectorAll('thead th')].slice(0, 2).map((th) => text(th));
    expect(heads()).to.deep.equal(['Indicatore', 'La sua istituzione']);
    expect(part(el, 'comparison')!.querySelector('tbody td')!.getAttribute('data-label')).to.equal('La sua istituzione');
    el.setAttribute('lang', 'en');
    await waitUntil(() => heads()[1] === 'Its institution', heads().join());
  });

  it('builds its number format while the page loads, not between its data and its paint', async () => {
    const { src } = await serveContract();
    // The module's own task (a formatter built as it loads) has run once a task has passed since the import.
    await new Promise((done) => setTimeout(done, 0));
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = new Proxy(Original, {
      construct: (target, args: ConstructorParameters<typeof Intl.NumberFormat>) => {
        built += 1;
        return new target(...args);
      },
    });
    try {
      for (const lang of ['it', 'it']) await ready(await profileOf({ src, code: 'FIIC81200A', lang }));
      expect(built, 'formatters built for Italian badges').to.equal(0);
      for (const lang of ['en', 'en']) await ready(await profileOf({ src, code: 'FIIC81200A', lang }));
      // One for English at most (none if an earlier test built it): never one per badge.
      expect(built, 'formatters built for English badges').to.be.at.most(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('fits a narrow sidebar or footer without overflowing', async () => {
    const { src } = await serveContract();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 180px"></div>`);
    box.innerHTML = `<school-profile lang="it" src="${src}" code="FIIC81200A"></school-profile>`;
    const el = box.querySelector('school-profile')!;
    await ready(el);
    const badge = part(el, 'badge') as HTMLElement;
    expect(badge.getBoundingClientRect().width).to.be.at.most(180);
    expect(badge.scrollWidth).to.be.at.most(badge.clientWidth);
  });

  it('keeps each table’s row headings in sight as it scrolls sideways in a 320 px column, drawn over what passes under them', async () => {
    // At 375 px the comparison shows three of its five columns: scrolled to the region and Italy, its values stood
    // beside no indicator.
    const { src } = await serveWithOthersInComune();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    box.innerHTML = `<school-profile lang="it" src="${src}" code="FIIC81200A" variant="full"></school-profile>`;
    const el = box.querySelector('school-profile')!;
    await ready(el, 'comparison');
    // The values by year are in a closed <details>: opened, as a reader would.
    shadow(el).querySelector('details')!.open = true;
    // Those that scroll sideways here (the fixture's values by year fit a 320 px column).
    const tables = [...shadow(el).querySelectorAll<HTMLElement>('[part~="table"]')].filter((t) => t.scrollWidth > t.clientWidth + 20);
    expect(tables.map((t) => t.closest('[part~="comparison"]') !== null)).to.include(true);
    for (const table of tables) {
      table.scrollIntoView();
      const headings = [...table.querySelectorAll('tr')].map((row) => row.firstElementChild!);
      // «Finanziamen-ti:», «2014/1-5» were broken.
      await expectHeadingsInSight(table, headings, undefined, `${table.getAttribute('aria-label')}:`);
    }
  });

  it('keeps the index pillars’ names whole in a phone’s column with the text twice the size, a pillar not scored too', async () => {
    // Beside «non calcolato», the names' column was 85 px: «Inda gine dell' osse rvato rio», «Conti nuità».
    const index = indexFixture();
    const pillars = index.methods.index.pillars;
    pillars[1] = { ...pillars[1]!, label: { it: 'Indagine dell’osservatorio', en: 'Observatory survey' } };
    const { src, folder } = await serveContract({ index });
    const school = schoolFixture();
    school.index.pillars[1] = { id: 'erasmus', score: null };
    await serve(`${folder}/schools/FIIC81200A.json`, school);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 296px; --se-font-size: 32px"></div>`);
    box.innerHTML = `<school-profile lang="it" src="${src}" code="FIIC81200A" variant="full"></school-profile>`;
    const el = box.querySelector('school-profile')!;
    await ready(el, 'comparison');
    const list = shadow(el).querySelector('.pillars')!;
    expect(text(list)).to.contain('Indagine dell’osservatorio').and.to.contain('non calcolato');
    expect(brokenWords(list, /[^\s-]+/g, { narrowerThan: 148 })).to.deep.equal([]);
  });

  it('breaks the long word of its index at a syllable, with a hyphen, in a 180 px sidebar, in both languages', async () => {
    // «internazionalizzazione» broke wherever the line ran out, «internazionalizzazion» over «e»: its own texts' long
    // words carry soft hyphens (src/i18n/long-words.ts). Where each line of the label ends: after a space, or at one.
    const { src } = await serveContract();
    for (const lang of ['it', 'en']) {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 180px"></div>`);
      box.innerHTML = `<school-profile lang="${lang}" src="${src}" code="FIIC81200A"></school-profile>`;
      const el = box.querySelector('school-profile')!;
      await ready(el);
      const label = shadow(el).querySelector('#gauge-label')!;
      // Each character of the label's text (Lit writes each part in a node of its own), with where it is drawn.
      const characters: { character: string; top: number; width: number }[] = [];
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          // The glyph's own box: a character that starts a line may also give an empty box at the end of the line before.
          const { top, width } = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1) ?? { top: 0, width: 0 };
          characters.push({ character: node.data[i]!, top, width });
        }
      const all = characters.map((c) => c.character).join('');
      // The visible letters, in order: a letter on a lower line than the one before it starts a line.
      const letters = characters.filter((c) => c.width > 0 && /\S/.test(c.character));
      const ends: string[] = [];
      for (let i = 1; i < letters.length; i++)
        if (letters[i]!.top > letters[i - 1]!.top + 2) {
          const at = characters.indexOf(letters[i]!);
          ends.push(all.slice(Math.max(0, at - 4), at));
        }
      expect(ends.length, `${lang}: the label takes more than one line at 180 px`).to.be.at.least(1);
      for (const end of ends) expect(end, `${lang}: a line ends «${end}»`).to.match(/[\s\u00AD]$/);
      // The same words, the soft hyphens aside.
      expect(text(label)).to.equal(
        lang === 'it'
          ? 'Indice di internazionalizzazione (dati ancora provvisori)'
          : 'Internationalisation index (figures still provisional)',
      );
    }
  });

  it('a badge downloads the index and its own shard only', async () => {
    const { folder, src } = await serveContract();
    const el = await profileOf({ src, code: 'FIIC81200A' });
    await ready(el);
    expect(fetched(folder).sort()).to.deep.equal(['index.json', 'schools/FIIC81200A.json']);
    const bytes = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes(`${folder}/`))
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0);
    // The fixture's index and shard: a few KB, never a region or the nation.
    expect(bytes).to.be.within(1000, 12_000);
  });

  it("asks for its shard while the index is on its way, and only once, with or without the page's full loader", async () => {
    const holder = globalThis as unknown as Record<symbol, unknown>;
    const key = Symbol.for('scuole-europa.loader/1');
    const pageLoader = holder[key];
    try {
      for (const full of [false, true]) {
        if (full) sharedLoader();
        else delete holder[key];
        // The index answers after 600 ms.
        const { folder, src } = await serveContract({ indexRoute: { delay: 600 } });
        const el = await profileOf({ src, code: 'FIIC81200A' });
        const shard = `${folder}/schools/FIIC81200A.json`;
        await waitUntil(async () => (await hits(shard)) === 1, `the shard not asked for before the index (full loader: ${full})`, {
          timeout: 450,
        });
        expect(part(el, 'badge'), 'shown before its index arrived').to.equal(null);
        await ready(el);
        expect([await hits(`${folder}/index.json`), await hits(shard)]).to.deep.equal([1, 1]);
        expect(text(part(el, 'name'))).to.equal('IC Firenze Centro');
      }
    } finally {
      if (pageLoader) holder[key] = pageLoader;
      else delete holder[key];
    }
  });

  it('never shows a shard found where the data tools would write it when the index names another address', async () => {
    const index = indexFixture();
    index.shards.school = 'scuole/{code}.json';
    const { folder, src } = await serveContract({ index });
    // At the usual address: the same code under another name, which the badge would show if it read that file.
    await serve(`${folder}/schools/FIIC81200A.json`, { ...schoolFixture(), school: { ...schoolFixture().school, name: 'Altra scuola' } });
    await serve(`${folder}/scuole/FIIC81200A.json`, schoolFixture());
    const el = await profileOf({ src, code: 'FIIC81200A' });
    await ready(el);
    expect(text(part(el, 'name'))).to.equal('IC Firenze Centro');
    expect(await hits(`${folder}/scuole/FIIC81200A.json`)).to.equal(1);
  });

  it('keeps the content written inside it until ready, then shows the badge instead', async () => {
    const { folder, src } = await serveContract();
    await serve(`${folder}/schools/FIIC81200A.json`, schoolFixture(), { delay: 400 });
    const el = await profileOf({ src, code: 'FIIC81200A' }, '<a href="https://example.org/scuola">La nostra scuola</a>');
    await elementUpdated(el);
    const slot = shadow(el).querySelector('slot');
    expect(slot).to.exist;
    expect(slot!.assignedElements()[0]!.textContent).to.equal('La nostra scuola');
    await ready(el);
    expect(shadow(el).querySelector('slot')).to.equal(null);
  });

  it('full, in English: a plesso names its grade group before the registry words; one from an older contract, the words alone', async () => {
    const { folder, src } = await serveContract();
    const shard = schoolFixture();
    shard.school.plessi = [
      { ...shard.school.plessi[0]!, gradeGroup: 'primaria' },
      // Contracts before the plessi's grade groups: the registry's words as they are.
      { code: 'FIEE81202D', name: 'Primaria Serale', grade: 'SCUOLA PRIMARIA', comune: '048017', comuneName: 'Firenze' },
    ];
    await serve(`${folder}/schools/FIIC81200A.json`, shard);
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full', lang: 'en' });
    await ready(el, 'identity');
    expect([...shadow(el).querySelectorAll('.plessi li')].map(text)).to.deep.equal([
      'Primaria Dante · Primary (SCUOLA PRIMARIA) · Firenze · FIEE81201C',
      'Primaria Serale · SCUOLA PRIMARIA · Firenze · FIEE81202D',
    ]);
    el.lang = 'it';
    await elementUpdated(el);
    expect(text(shadow(el).querySelector('.plessi li'))).to.equal('Primaria Dante · SCUOLA PRIMARIA · Firenze · FIEE81201C');
  });

  it('card: identity, participation with sparklines and a table by year, index pillars and reasons; axe clean', async () => {
    // The index says which school year its students were counted in: the rates per 1,000 students divide by them.
    const { folder, src } = await serveContract({ index: { ...indexFixture(), studentsYear: 2024 } });
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'card', lang: 'en' });
    await ready(el, 'identity');
    const fields = Object.fromEntries(
      [...part(el, 'identity')!.querySelectorAll('dl > div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
    );
    expect(fields).to.deep.include({
      Institution: 'IC Firenze Centro (FIIC81200A)',
      // The registry's words, after the grade group an English reader knows.
      'School type': 'Comprehensive institute (ISTITUTO COMPRENSIVO)',
      Address: 'Via dei Servi 1, 50122 Firenze (FI), Toscana',
      Students: '1,200 in 2024/25',
      'School sites': '1 site',
    });
    expect(part(el, 'identity')!.querySelector('a')!.getAttribute('href')).to.equal('https://www.icfirenzecentro.edu.it/');
    expect(part(el, 'identity')!.querySelector('a')!.textContent).to.equal('www.icfirenzecentro.edu.it', 'shown without its scheme');
    const metrics = [...shadow(el).querySelectorAll('.metrics li')].map(text);
    expect(metrics[0]).to.equal('eTwinning projects 0 in 2024/25');
    // 2023/24 has no national figure in the fixture (not measured): a gap in the school's line too, not a zero.
    expect(shadow(el).querySelector('[part~="sparkline"] path')!.getAttribute('d')).to.equal('M2,2L40.7,2M118,26');
    // The sparklines in one column, whatever the width of each row's value ("0 in 2024/25", "1,200 in 2024/25").
    const lefts = [...shadow(el).querySelectorAll('.metrics [part~="sparkline"]')].map((s) => Math.round(s.getBoundingClientRect().left));
    expect(new Set(lefts).size, `sparklines at ${lefts.join(', ')}`).to.equal(1);
    expect(new Set(metrics.map((m) => m.replace(/^.*? (\S+ in \S+)$/, '$1').length)).size, 'values of different widths').to.be.greaterThan(
      1,
    );
    const rows = [...shadow(el).querySelectorAll('[part~="participation"] tbody tr')].map(text);
    const cells = [...shadow(el).querySelectorAll('[part~="participation"] tbody tr')][1]!.querySelectorAll('th, td');
    expect([...cells].map(text).slice(0, 2)).to.deep.equal(['2022/23', '3']);
    expect(rows).to.have.length(4);
    // Erasmus+'s last three years are provisional in the fixture: said beside its latest value, starred in the table.
    expect(metrics.slice(1)).to.deep.equal(['Erasmus+ grants €0 in 2024/25 (provisional)']);
    const starred = [...shadow(el).querySelectorAll('[part~="participation"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.querySelector('abbr')?.title ?? ''),
    );
    expect(starred).to.deep.equal([
      ['', ''],
      ['', 'provisional'],
      ['', 'provisional'],
      ['', 'provisional'],
    ]);
    expect(text(part(el, 'participation'))).to.contain('* Provisional figure: it may still change.');
    expect([...shadow(el).querySelectorAll('.pillars li')].map(text)).to.deep.equal(['eTwinning 90', 'Erasmus+ 71.3']);
    expect(text(part(el, 'index'))).to.contain('eTwinning projects in 2 years out of 3');
    // The index reads 2022/23 to 2024/25, Erasmus+'s provisional years in the fixture.
    expect(text(part(el, 'index'))).to.contain(
      'The Erasmus+ figures of 2022/23, 2023/24 and 2024/25 the index is computed on are provisional: the index may still change.',
    );
    expect(part(el, 'comparison')).to.equal(null);
    // The card reads no region shard.
    expect(await hits(`${folder}/regions/09.json`)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('full: partner countries, funding, comparison with comune, province, region and nation, provenance and the synthetic notice; axe clean', async () => {
    const { src } = await serveWithOthersInComune();
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'comparison');
    expect(text(shadow(el).querySelector('.banner'))).to.contain('sintetici');
    // Said once, at the top: the badge inside does not say it again.
    const notices = [...shadow(el).querySelectorAll<HTMLElement>('[part~="notice"]')].filter((n) => n.checkVisibility());
    expect(notices.map(text)).to.deep.equal([text(shadow(el).querySelector('.banner'))]);
    expect(text(part(el, 'partners'))).to.contain('Francia (1 anno)');
    expect(text(part(el, 'partners'))).to.contain('Spagna (1 anno)');
    expect([...part(el, 'funding')!.querySelectorAll('tbody th, tbody td')].map(text)).to.deep.equal([
      '2022/23',
      'PNRR 1.4.1',
      '1',
      '7.301 €',
    ]);
    // Each column's heading aligned as its cells: numbers at the end, the year and the programme's name at the start.
    const align = (cell: Element) => getComputedStyle(cell).textAlign;
    const columns = (table: Element) =>
      [...table.querySelectorAll('thead th')].map((th, k) => [
        align(th),
        ...[...table.querySelectorAll('tbody tr')].map((tr) => align(tr.children[k]!)),
      ]);
    expect(columns(part(el, 'funding')!)).to.deep.equal([
      ['start', 'start'],
      ['start', 'start'],
      ['end', 'end'],
      ['end', 'end'],
    ]);
    for (const column of columns(part(el, 'comparison')!).slice(1)) expect(new Set(column)).to.deep.equal(new Set(['end']));
    const head = [...part(el, 'comparison')!.querySelectorAll<HTMLElement>('thead th')].map((th) =>
      th.innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(head).to.deep.equal(['Indicatore', 'Questa scuola', 'Comune Firenze', 'Provincia Firenze', 'Regione Toscana', 'Italia']);
    // 2024: the school 0 projects; its comune 5 over 5 institutions, its province 6 over 2.
    const first = [...part(el, 'comparison')!.querySelectorAll('tbody tr')][0]!;
    expect([...first.querySelectorAll('td')].map(text).slice(0, 3)).to.deep.equal(['0', '1', '3']);
    expect(text(part(el, 'comparison'))).not.to.contain('non è nel confronto');
    // 2024/25's Erasmus+ figures are provisional: their rows starred, and the note under the table.
    const marked = [...part(el, 'comparison')!.querySelectorAll('tbody th')].map((th) => [text(th), th.querySelector('abbr')?.title ?? '']);
    expect(marked).to.deep.equal([
      ['Progetti eTwinning', ''],
      ['Contributi Erasmus+ *', 'provvisorio'],
    ]);
    expect(text(part(el, 'comparison'))).to.contain('* Dato provvisorio: può ancora cambiare.');
    expect(text(part(el, 'provenance'))).to.contain('Modello sintetico eTwinning · CC0 1.0 · scuole-europa · sintetica');
    expect(shadow(el).querySelectorAll('.plessi li')).to.have.length(1);
    // An index that does not say when its students were counted: the count alone, no year made up.
    const students = [...part(el, 'identity')!.querySelectorAll('dl > div')].find((row) => text(row.querySelector('dt')) === 'Studenti');
    expect(text(students!.querySelector('dd'))).to.equal('1.200');
    await expect(el).to.be.accessible();
    // In English, a source the contract names in both languages is named in English; one it names once keeps its name.
    el.lang = 'en';
    await waitUntil(() => text(part(el, 'provenance')).includes('Synthetic eTwinning model'), 'the sources not in English');
    expect(text(part(el, 'provenance'))).to.contain('MIM, Anagrafe delle scuole statali 2025/26');
  });

  it('says under the index that it may still change only where its years are provisional for a pillar’s programme', async () => {
    const note = (el: SchoolProfile) => [...part(el, 'index')!.querySelectorAll('p.muted')].map(text).find((p) => p.includes('provvisori'));
    const { src } = await serveContract();
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'card' });
    await ready(el, 'index');
    expect(note(el)).to.equal(
      "I dati Erasmus+ degli anni 2022/23, 2023/24 e 2024/25 su cui è calcolato l'indice sono provvisori: l'indice può ancora cambiare.",
    );
    const index = indexFixture();
    // Every year final: nothing said.
    index.programmes.find((p) => p.id === 'erasmus')!.provisionalYears = [];
    const final = await profileOf({ src: (await serveContract({ index })).src, code: 'FIIC81200A', variant: 'card' });
    await ready(final, 'index');
    expect(note(final)).to.equal(undefined);
  });

  it('full: an area’s average with its 95% interval under it, where the metric’s dispersion is known, and a note that says so', async () => {
    const index = indexFixture();
    index.metrics.find((m) => m.id === 'etwinning.projects')!.dispersion = [2, 2, 2, 2];
    // The nation: 344 projects over 8,000 institutions, 0.043 each, between 0.037 and 0.050.
    index.nation.institutions = 8000;
    index.nation.values['etwinning.projects'] = [3, 4, null, 344];
    const { src } = await serveWithOthersInComune({ index });
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'comparison');
    const first = [...part(el, 'comparison')!.querySelectorAll('tbody tr')][0]!;
    const cells = [...first.querySelectorAll('td')].map(text);
    // The school's own count bare; its comune's 5 projects over 5 institutions, at φ = 2: 1.55 to 16.13 projects (the
    // score interval), 0.31 to 3.23 per institution.
    expect(cells[0]).to.equal('0');
    expect(cells[1]).to.equal('1(0,31 – 3,23)');
    // The dash kept with the low end by a no-break space, where a narrow column wraps the interval.
    expect(first.querySelectorAll('td')[1]!.querySelector('.muted')!.textContent).to.equal('(0,31\u00a0– 3,23)');
    // Its province's 6 over 2, and the nation's average with the decimals that keep it off its interval's ends: it read
    // "0,04 (0,04 – 0,05)". An average has two decimals whenever it has any, as on the map ("0,30", where it read "0,3").
    expect(cells.slice(2)).to.deep.equal(['3(1,02 – 8,82)', '3(1,02 – 8,82)', '0,043(0,037 – 0,050)']);
    expect(text(part(el, 'comparison'))).to.contain('il suo intervallo al 95%');
    await expect(el).to.be.accessible();
  });

  it('full: a comune whose only institution is the school’s own is left out of the comparison, and said so', async () => {
    // The fixture's Firenze has one institution: its "average institution" would be the school itself.
    const { src } = await serveContract();
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'comparison');
    const head = [...part(el, 'comparison')!.querySelectorAll<HTMLElement>('thead th')].map((th) =>
      th.innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(head).to.deep.equal(['Indicatore', 'Questa scuola', 'Provincia Firenze', 'Regione Toscana', 'Italia']);
    expect(text(part(el, 'comparison'))).to.contain('Firenze non è nel confronto: la scuola è la sua sola istituzione.');
    el.lang = 'en';
    await waitUntil(() => text(part(el, 'comparison')).includes('Firenze is not in the comparison: the school is its only institution.'));
  });

  it('full: an institution without any student count says its per-student indicators use an estimate', async () => {
    const { folder, src } = await serveContract();
    const shard = schoolFixture();
    Object.assign(shard.school, { students: null, institution: { ...shard.school.institution, students: null } });
    shard.index.studentsImputed = true;
    await serve(`${folder}/schools/FIIC81200A.json`, shard);
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'index');
    expect(text(part(el, 'index'))).to.contain('Numero di studenti non disponibile: gli indicatori per studente usano una stima');
    expect(text(part(el, 'identity'))).to.contain('Studentin.d.');
  });

  it("full: the survey pillar of an active institution that did not answer reads 'nessuna risposta', of an inactive one 'non calcolato'", async () => {
    const index = indexFixture();
    const pillar = index.methods.index.pillars[0]!;
    // Weight 0 keeps the fixture's weights adding up to 1.
    index.methods.index.pillars.push({
      ...pillar,
      id: 'survey',
      weight: 0,
      label: { it: "Indagine dell'osservatorio", en: "The observatory's survey" },
    });
    const { folder, src } = await serveContract({ index });
    const shard = schoolFixture();
    shard.index.pillars.push({ id: 'survey', score: null });
    await serve(`${folder}/schools/FIIC81200A.json`, shard);
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'index');
    const rows = () => [...shadow(el).querySelectorAll('.pillars li')].map(text);
    expect(rows().at(-1)).to.equal("Indagine dell'osservatorio nessuna risposta");
    // Without activity (no band) no pillar is scored: the survey's is not an answer missing.
    delete shard.index.band;
    shard.school = { ...shard.school, code: 'FIIC81300B' };
    await serve(`${folder}/schools/FIIC81300B.json`, shard);
    el.code = 'FIIC81300B';
    await waitUntil(() => rows().at(-1) === "Indagine dell'osservatorio non calcolato", rows().join(' | '));
  });

  it("full: the surveys its institution answered, its public answers beside its region's estimate; axe clean", async () => {
    const { folder, src } = await serveContract({ survey: true });
    const shard: SchoolShard = {
      ...schoolFixture(),
      surveys: [{ wave: SURVEY_WAVE, answers: [{ question: 'piano', options: ['approvato'] }] }],
    };
    await serve(`${folder}/schools/FIIC81200A.json`, shard);
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'surveys');
    const toscana = surveyFixture().areas.find((a) => a.code === '09')!.results[0]!.shares![0]!;
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    expect(text(part(el, 'surveys'))).to.equal(
      "Indagini dell'osservatorio Indagine sull'internazionalizzazione delle scuole 2024/25: l'istituzione ha risposto. " +
        `La scuola ha un piano per l'internazionalizzazione nel PTOF? Sì, approvato; in Toscana: ${pct(toscana.value)} delle istituzioni (${pct(toscana.low)}–${pct(toscana.high)})`,
    );
    await expect(el).to.be.accessible();
  });

  it('full: a count it answered reads its unit in the form the count takes ("1 docente", "1 teacher", "2 teachers")', async () => {
    const survey = surveyFixture();
    Object.assign(
      survey.questions.find((q) => q.id === 'docenti-mobilita')!,
      { public: true, unitOne: { it: 'docente', en: 'teacher' } },
    );
    const { folder, src } = await serveContract({ survey });
    const shardOf = (value: number): SchoolShard => ({
      ...schoolFixture(),
      surveys: [{ wave: SURVEY_WAVE, answers: [{ question: 'docenti-mobilita', value }] }],
    });
    await serve(`${folder}/schools/FIIC81200A.json`, shardOf(1));
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'surveys');
    const answer = () => part(el, 'surveys')?.querySelector('ul ul li strong')?.textContent;
    expect(answer()).to.equal('1 docente');
    el.lang = 'en';
    await waitUntil(() => answer() === '1 teacher', String(answer()));
    await serve(`${folder}/schools/FIIC81200B.json`, { ...shardOf(2), school: { ...schoolFixture().school, code: 'FIIC81200B' } });
    el.code = 'FIIC81200B';
    await waitUntil(() => answer() === '2 teachers', String(answer()));
  });

  it('card: says which institutions merged into it count in its participation, in either language, and nothing where none did', async () => {
    const { src, folder } = await serveContract();
    const shard = schoolFixture();
    shard.school.institution.predecessors = ['FIIC81500X', 'FIIC82000B'];
    await serve(`${folder}/schools/FIIC81200A.json`, shard);
    const institution = (el: SchoolProfile) =>
      [...part(el, 'identity')!.querySelectorAll('dl > div')].map((row) => text(row.querySelector('dd')))[0];
    const it = await profileOf({ src, code: 'FIIC81200A', variant: 'card' });
    await ready(it, 'identity');
    expect(institution(it)).to.equal(
      'IC Firenze Centro (FIIC81200A). Ha accorpato le istituzioni FIIC81500X e FIIC82000B: la loro partecipazione è contata come sua in ogni anno.',
    );
    const en = await profileOf({ src, code: 'FIIC81200A', variant: 'card', lang: 'en' });
    await ready(en, 'identity');
    expect(institution(en)).to.equal(
      'IC Firenze Centro (FIIC81200A). It took over the institutions FIIC81500X and FIIC82000B: their participation is counted as its own in every year.',
    );
    // A contract without merged institutions (a fresh one: the loader keeps what it read).
    const plain = await serveContract();
    await serve(`${plain.folder}/schools/FIIC81200A.json`, schoolFixture());
    const none = await profileOf({ src: plain.src, code: 'FIIC81200A', variant: 'card' });
    await ready(none, 'identity');
    expect(institution(none)).to.equal('IC Firenze Centro (FIIC81200A)');
    // An Italian page reads the registry's words as published.
    const type = [...part(none, 'identity')!.querySelectorAll('dl > div')].find(
      (row) => text(row.querySelector('dt')) === 'Tipo di scuola',
    );
    expect(text(type!.querySelector('dd'))).to.equal('ISTITUTO COMPRENSIVO');
  });

  it('badge: a code merged into another since shows the institution it is now part of, by its name and code; another shard still fails', async () => {
    const { src, folder } = await serveContract();
    const shard = schoolFixture();
    shard.school.institution.predecessors = ['FIIC81500X'];
    // The build writes the successor's shard under the old code too.
    await serve(`${folder}/schools/FIIC81500X.json`, shard);
    const el = await profileOf({ src, code: 'FIIC81500X' });
    await ready(el);
    expect(text(part(el, 'badge'))).to.contain('IC Firenze Centro');
    expect(text(part(el, 'badge'))).to.contain('FIIC81200A');
    expect(part(el, 'error')).to.equal(null);
    // A shard that does not name the code asked for is still a misplaced file.
    await serve(`${folder}/schools/FIIC81600P.json`, schoolFixture());
    const misplaced = await profileOf({ src, code: 'FIIC81600P' });
    await failed(misplaced);
    // From a bundle too.
    const bundle = bundleFixture();
    bundle.schools[0]!.school.institution.predecessors = ['FIIC81500X'];
    const fromBundle = await profileOf({ src: await serve(`${freshFolder()}/bundle.json`, bundle), code: 'FIIC81500X' });
    await ready(fromBundle);
    expect(text(part(fromBundle, 'badge'))).to.contain(bundle.schools[0]!.school.code);
  });

  it('full: the comune’s context, and a role model’s mentees as buttons that open their profile, the focus on the new name', async () => {
    const { src, folder } = await serveContract();
    const shard = schoolFixture();
    // A second mentee in the role model's own comune: "stesso comune", not "0 km".
    shard.mentees = [
      ...shard.mentees!,
      { code: 'FIEE81201C', name: 'Primaria Dante', comuneName: 'Firenze', distanceKm: 0, sameComune: true },
    ];
    // The IC's own registry row, its office without pupils: not one of its plessi. A second plesso not in the students'
    // file: the institution's count is its other plesso's, and says so.
    shard.school.plessi[0]!.students = 1200;
    shard.school.institution.students = 1200;
    shard.index.studentsImputed = true;
    shard.school.plessi.push({
      code: 'FIEE81202D',
      name: 'Primaria Serale',
      grade: 'SCUOLA PRIMARIA',
      comune: '048017',
      comuneName: 'Firenze',
      students: null,
    });
    shard.school.plessi.push({
      code: 'FIIC81200A',
      name: 'IC Firenze Centro',
      grade: 'ISTITUTO COMPRENSIVO',
      comune: '048017',
      comuneName: 'Firenze',
      office: true,
    });
    await serve(`${folder}/schools/FIIC81200A.json`, shard);
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'mentees');
    const mentees = [...part(el, 'mentees')!.querySelectorAll('li')].map(text);
    expect(mentees[1]).to.equal('Primaria Dante · Firenze · stesso comune · FIEE81201C');
    expect(mentees[0]).to.contain('Bagno a Ripoli · a 6,2 km');
    // <dt> and <dd> side by side: their texts touch.
    expect(text(part(el, 'identity'))).to.contain('PECfiic81200a@pec.istruzione.it');
    expect(text(part(el, 'identity'))).to.contain('Studenti1.200, in un plesso su 2; gli altri non sono nel file degli studenti');
    expect(text(part(el, 'identity'))).to.contain('Plessi2 plessi');
    // Its index divides by an estimate for the plesso without a count: said as such, not as a count missing altogether.
    expect(text(part(el, 'index'))).to.contain('Alcuni plessi non hanno il numero di studenti');
    expect([...shadow(el).querySelectorAll('.plessi li')].map(text)).to.deep.equal([
      'Primaria Dante · SCUOLA PRIMARIA · Firenze · FIEE81201C · 1.200 studenti',
      'Primaria Serale · SCUOLA PRIMARIA · Firenze · FIEE81202D · studenti n.d.',
    ]);
    // A pole is no minutes from a pole: its class alone, after what the comune is.
    expect(text(part(el, 'identity'))).to.contain(
      'Contesto del comunecapoluogo di provincia; 362.353 abitanti (2020); aree interne ISTAT 2020: A polo',
    );
    expect(text(part(el, 'mentees'))).to.match(/^2 istituzioni non attive da accompagnare/);
    const open = part(el, 'mentees')!.querySelector<HTMLButtonElement>('button.open')!;
    expect(text(open)).to.equal('Liceo "Agnoletti" <b>');
    const chosen = oneEvent(el, 'school-profile-select');
    open.click();
    expect((await chosen).detail).to.deep.equal({ code: 'FIPS02000X', name: 'Liceo "Agnoletti" <b>' });
    expect(el.code).to.equal('FIPS02000X');
    await expect(el).to.be.accessible();
  });

  it('full: an inactive institution without a mentor says none was proposed, and how mentors are chosen, where the data says', async () => {
    // More than half the demo's inactive institutions have none (every role model within reach full): the section was
    // left out without a word.
    const { index, description } = indexWithMentorsMethod();
    const { src, folder } = await serveContract({ index });
    const inactive = schoolFixture();
    inactive.index = { ...inactive.index, score: 0, band: null, rankInterval: null };
    inactive.roleModel = { is: false, reasons: [] };
    inactive.mentees = [];
    await serve(`${folder}/schools/FIIC81200A.json`, inactive);
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'mentors');
    expect(text(part(el, 'mentors'))).to.equal(`Scuole virtuose vicine a cui ispirarsiNessuna proposta. ${description.it}`);
    el.lang = 'en';
    await waitUntil(() => text(part(el, 'mentors')).startsWith('Nearby'));
    expect(text(part(el, 'mentors'))).to.equal(`Nearby role-model schools to learn fromNone proposed. ${description.en}`);
    await expect(el).to.be.accessible();
    // An active institution (the fixture's, a role model) has no such section; nor has an inactive one in a document
    // that does not say how mentors are chosen (an older one).
    const active = await profileOf({ src: (await serveContract({ index })).src, code: 'FIIC81200A', variant: 'full' });
    await ready(active, 'mentees');
    expect(part(active, 'mentors')).to.equal(null);
    const older = await serveContract();
    await serve(`${older.folder}/schools/FIIC81200A.json`, inactive);
    const withoutMethod = await profileOf({ src: older.src, code: 'FIIC81200A', variant: 'full' });
    await ready(withoutMethod, 'index');
    expect(part(withoutMethod, 'mentors')).to.equal(null);
  });

  it('full: a mentee opened with the keyboard keeps the focus in the profile while it loads, then puts it on its name', async () => {
    const { src, folder } = await serveContract();
    const mentee = { ...schoolFixture(), school: { ...schoolFixture().school, code: 'FIPS02000X', name: 'Liceo Agnoletti' } };
    await serve(`${folder}/schools/FIPS02000X.json`, mentee, { delay: 800 });
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'mentees');
    part(el, 'mentees')!.querySelector<HTMLButtonElement>('button.open')!.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(300);
    expect(shadow(el).querySelector('[aria-busy]'), 'still loading').to.exist;
    // Not the page's body, from where Tab would start again at the top of the page.
    expect(document.activeElement === el, `the focus is on ${document.activeElement?.localName}`).to.equal(true);
    await waitUntil(() => text(part(el, 'name')) === 'Liceo Agnoletti', 'the mentee not shown');
    await waitUntil(() => shadow(el).activeElement === part(el, 'name'), 'the focus not on the new name');
  });

  it('full: a remote comune’s context with its residents and the minutes to the nearest pole (whole: a mean), in English too', async () => {
    const { src, folder } = await serveContract();
    const shard = schoolFixture();
    shard.school.context = { innerArea: 'E', travelMinutes: 41.2, population: 812, capoluogo: false };
    await serve(`${folder}/schools/FIIC81200A.json`, shard);
    const el = await profileOf({ src, code: 'FIIC81200A', variant: 'full' });
    await ready(el, 'identity');
    const context = () => [...part(el, 'identity')!.querySelectorAll('dl > div')].map(text).find((row) => /^(Contesto|Context)/.test(row));
    expect(context()).to.equal('Contesto del comune812 abitanti (2020); aree interne ISTAT 2020: E periferico, 41 min dal polo più vicino');
    el.lang = 'en';
    await waitUntil(() => context()?.startsWith('Context'), 'not in English');
    expect(context()).to.equal(
      'Context of the comune812 residents (2020); ISTAT inner areas 2020: E peripheral, 41 min from the nearest pole',
    );
  });

  it('without a code, waits saying nothing in the page (no alert on load beside a search), a hint in the console when alone', async () => {
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      const el = await profileOf({ src, variant: 'full', id: 'scheda' }, '<p>Scegli una scuola</p>');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(shadow(el).querySelector('slot')).to.exist;
      expect(capture.warnings.filter((w) => w.includes('"code" attribute'))).to.have.length(1);
      el.setAttribute('code', 'FIIC81200A');
      await ready(el, 'name');
    } finally {
      capture.restore();
    }
  });

  it("without a code beside the search that opens its choice there (the README's pairing), not even a hint", async () => {
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = `<school-search profile="sche&quot;da"></school-search><school-profile id='sche"da' lang="it" variant="full"></school-profile>`;
      const el = box.querySelector('school-profile')!;
      el.setAttribute('src', src);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(capture.warnings.filter((w) => w.includes('"code" attribute'))).to.deep.equal([]);
      // A search that names another profile does not count.
      box.innerHTML = `<school-search profile="altro"></school-search><school-profile id="scheda" lang="it" variant="full"></school-profile>`;
      box.querySelector('school-profile')!.setAttribute('src', src);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(capture.warnings.filter((w) => w.includes('"code" attribute'))).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('an unknown code shows a friendly state with a search that opens the chosen school', async () => {
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      const el = await profileOf({ src, code: 'XXIC00000Z' }, '<a href="/">fallback</a>');
      await waitUntil(() => shadow(el).querySelector('school-search'), 'no search shown', { timeout: 5000 });
      expect(text(part(el, 'base'))).to.contain('Non troviamo la scuola con codice «XXIC00000Z»');
      expect(shadow(el).querySelector('slot')).to.exist;
      expect(capture.warnings.filter((w) => w.startsWith('[school-profile]'))).to.have.length(1);
      await expect(el).to.be.accessible();
      const search = shadow(el).querySelector('school-search')!;
      const { SchoolSearchSelectEvent } = await import('../school-search/school-search.events.js');
      search.dispatchEvent(
        new SchoolSearchSelectEvent({ code: 'FIIC81200A', name: 'IC Firenze Centro', comune: 'Firenze', institution: true }),
      );
      await ready(el);
      expect(el.code).to.equal('FIIC81200A');
    } finally {
      capture.restore();
    }
  });

  it('quick code changes show only the last school', async () => {
    const { folder, src } = await serveContract();
    const other: SchoolShard = { ...schoolFixture(), school: { ...schoolFixture().school, code: 'FIEE81201C', name: 'Primaria Dante' } };
    await serve(`${folder}/schools/FIEE81201C.json`, other);
    await serve(`${folder}/schools/FIIC81200A.json`, schoolFixture(), { delay: 500 });
    const el = await profileOf({ src, code: 'FIIC81200A' });
    await elementUpdated(el);
    el.code = 'FIEE81201C';
    await ready(el);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(text(part(el, 'name'))).to.equal('Primaria Dante');
  });

  const broken = (change: (shard: SchoolShard) => void) => {
    const shard = schoolFixture();
    change(shard);
    return shard;
  };
  const errors: [string, () => Promise<Record<string, string>>, RegExp][] = [
    ['no src', async () => ({ code: 'FIIC81200A' }), /Manca l'attributo "src"/],
    [
      'an unknown variant',
      async () => ({ src: (await serveContract()).src, code: 'FIIC81200A', variant: 'poster' }),
      /Variante sconosciuta "poster"/,
    ],
    [
      'a server error',
      async () => {
        const { folder, src } = await serveContract();
        await serve(`${folder}/schools/FIIC81200A.json`, {}, { status: 500 });
        return { src, code: 'FIIC81200A' };
      },
      /HTTP 500/,
    ],
    // A missing index is a broken data address, not an unknown school: no "search for it" state.
    [
      'a missing index (HTTP 404)',
      async () => ({ src: new URL('/__data__/serve/missing/index.json', location.href).href, code: 'FIIC81200A' }),
      /404/,
    ],
    [
      'a shard whose score is not a score',
      async () => {
        const { folder, src } = await serveContract();
        await serve(
          `${folder}/schools/FIIC81200A.json`,
          broken((s) => ((s.index as { score: unknown }).score = 'alto')),
        );
        return { src, code: 'FIIC81200A' };
      },
      /non rispettano il contratto.*index\.score/,
    ],
    [
      'a shard of another school',
      async () => {
        const { folder, src } = await serveContract();
        await serve(
          `${folder}/schools/FIIC81200A.json`,
          broken((s) => (s.school.code = 'FIEE81201C')),
        );
        return { src, code: 'FIIC81200A' };
      },
      /FIIC81200A/,
    ],
    [
      'a card whose shard breaks the full contract',
      async () => {
        const { folder, src } = await serveContract();
        await serve(
          `${folder}/schools/FIIC81200A.json`,
          broken((s) => ((s.school as { students: unknown }).students = -3)),
        );
        return { src, code: 'FIIC81200A', variant: 'card' };
      },
      /non rispettano il contratto.*students/,
    ],
  ];
  for (const [what, make, pattern] of errors) {
    it(`shows an error inside the element, keeps the fallback and warns once: ${what}`, async () => {
      const attributes = await make();
      const capture = captureWarnings();
      try {
        const el = await profileOf(attributes, '<a href="/">fallback</a>');
        await failed(el);
        expect(text(part(el, 'error'))).to.match(pattern);
        expect(shadow(el).querySelector('slot')).to.exist;
        expect(capture.warnings.filter((w) => w.startsWith('[school-profile]'))).to.have.length(1);
      } finally {
        capture.restore();
      }
    });
  }
});
