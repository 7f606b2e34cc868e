import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { bundleFixture, indexFixture, regionFixture } from '../../test/fixtures/contract.fixture.js';
import { freshFolder, hits, serve } from '../../test/support/data-routes.js';
import { captureWarnings, downloaded, downloadedBlob } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { TerritoryList } from './territory-list.js';

const shadow = (el: TerritoryList) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (el: TerritoryList) => [...shadow(el).querySelectorAll('[part~="item"] .name')].map(text);
const ready = (el: TerritoryList) => waitUntil(() => !shadow(el).querySelector('[aria-busy]'), 'list not loaded', { timeout: 5000 });

async function listOf(src: string, kind: string, scope: string, extra = html``) {
  const el = await fixture<TerritoryList>(
    html`<div>${extra}<territory-list src=${src} kind=${kind} scope=${scope}></territory-list></div>`,
  );
  const list = el.querySelector('territory-list')!;
  await ready(list);
  return list;
}

/** The fixture's region with Fiesole… (048001) and the province of Firenze in shadow zones, with reasons. */
async function serveShadowContract() {
  const contract = await serveContract();
  const region = regionFixture();
  region.provinces[0]!.shadow = {
    status: 'shadow',
    n: 40,
    rate: 0.1,
    smoothedRate: 0.12,
    expectedRate: 0.3,
    reason: { it: 'Sotto la regione', en: 'Below the region' },
  };
  region.comuni[1]!.shadow = {
    status: 'shadow',
    n: 9,
    rate: 0,
    smoothedRate: 0.05,
    reason: { it: 'Nessuna scuola attiva <i>', en: 'No active school <i>' },
  };
  await serve(`${contract.folder}/regions/09.json`, region);
  return contract;
}

type SchoolRow = ReturnType<typeof regionFixture>['schools'][number];

/** The fixture's region with a second role model, Liceo Due (index 90), above IC Firenze Centro (82.5); each row may get more fields. */
async function serveSecondRoleModel(first: Partial<SchoolRow> = {}, second: Partial<SchoolRow> = {}) {
  const contract = await serveContract();
  const region = regionFixture();
  region.schools[0] = { ...region.schools[0]!, ...first };
  region.schools.push({
    ...region.schools[2]!,
    code: 'FIPS03000A',
    institution: 'FIPS03000A',
    name: 'Liceo Due',
    roleModel: true,
    index: 90,
    ...second,
  });
  await serve(`${contract.folder}/regions/09.json`, region);
  return contract;
}

/** The region's two role models, listed with limit="1": Liceo Due shown, IC Firenze Centro past "show all". */
async function oneOfTwoRoleModels(): Promise<TerritoryList> {
  const { src } = await serveSecondRoleModel();
  const el = await fixture<TerritoryList>(
    html`<territory-list src=${src} kind="role-models" scope="region:09" limit="1"></territory-list>`,
  );
  await ready(el);
  expect(names(el)).to.deep.equal(['Liceo Due']);
  return el;
}

describe('<territory-list>', () => {
  it('lists the role-model institutions of a region (not their plessi) with place, grade and index, with no axe violations', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, 'role-models', 'region:09');
    expect(names(el)).to.deep.equal(['IC Firenze Centro']);
    expect(text(shadow(el).querySelector('[part~="item"] .meta'))).to.equal('Firenze · ISTITUTO COMPRENSIVO · indice 82,5');
    expect(text(shadow(el).querySelector('[part~="caption"]'))).to.equal('1 scuola virtuosa in Toscana, indice più alto prima.');
    await expect(el).to.be.accessible();
  });

  it("asks for its region's shard while the index is on its way, and only once", async () => {
    // The index answers after 600 ms.
    const { folder, src } = await serveContract({ indexRoute: { delay: 600 } });
    const box = await fixture<HTMLDivElement>(
      html`<div><territory-list src=${src} kind="role-models" scope="region:09"></territory-list></div>`,
    );
    const list = box.querySelector('territory-list')!;
    const shard = `${folder}/regions/09.json`;
    await waitUntil(async () => (await hits(shard)) === 1, 'the shard not asked for before the index', { timeout: 450 });
    expect(shadow(list).querySelector('[aria-busy]'), 'still loading: its index has not arrived').to.exist;
    await ready(list);
    expect([await hits(`${folder}/index.json`), await hits(shard)]).to.deep.equal([1, 1]);
    expect(names(list).length).to.be.greaterThan(0);
  });

  it('lists shadow zones, provinces first, with the reason as text, in English too', async () => {
    const { src } = await serveShadowContract();
    const el = await listOf(src, 'shadow-zones', 'region:09', html``);
    expect(names(el)).to.deep.equal(['Firenze', 'Bagno a Ripoli']);
    // The estimate the list is sorted by, the expectation, and the observed rate with its 95% interval (Wilson over 40).
    expect(text(shadow(el).querySelector('[part~="item"] .meta'))).to.equal(
      'Provincia (Toscana) · tasso stimato 12%, atteso 30%; osservato 10% su 40 istituzioni (al 95% tra 4% e 23,1%)',
    );
    const en = await fixture<TerritoryList>(
      html`<territory-list lang="en" src=${src} kind="shadow-zones" scope="region:09"></territory-list>`,
    );
    await ready(en);
    const items = [...shadow(en).querySelectorAll('[part~="item"]')].map(text);
    expect(items[0]).to.equal(
      'Firenze Province (Toscana) · estimated rate 12%, expected 30%; observed 10% over 40 institutions (95% interval 4% to 23.1%) Below the region',
    );
    expect(items[1]).to.contain('No active school <i>');
    expect(shadow(en).querySelector('i')).to.equal(null);
    await expect(en).to.be.accessible();
  });

  it('narrows to a province, and says so when the list is empty', async () => {
    const { src } = await serveShadowContract();
    const el = await listOf(src, 'shadow-zones', 'province:048');
    expect(names(el)).to.deep.equal(['Firenze', 'Bagno a Ripoli']);
    el.kind = 'role-models';
    await waitUntil(() => names(el).join() === 'IC Firenze Centro', 'role models of the province', { timeout: 5000 });
    const { src: plain } = await serveContract();
    el.kind = 'shadow-zones';
    el.src = plain;
    await waitUntil(() => text(shadow(el).querySelector('[part~="caption"]')) === 'Nessuna zona d’ombra in Firenze.', 'empty state', {
      timeout: 5000,
    });
    expect(shadow(el).querySelector('[part~="list"]')).to.equal(null);
  });

  it('at national level offers the regions; keyboard: Tab reaches them and Enter fires the event', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, 'role-models', 'nation');
    const buttons = [...shadow(el).querySelectorAll('button')];
    expect(buttons.map(text)).to.deep.equal(['Toscana', 'Lazio']);
    buttons[0]!.focus();
    expect(shadow(el).activeElement).to.equal(buttons[0]);
    const event = oneEvent(el, 'territory-list-select');
    buttons[0]!.click();
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ kind: 'role-models', level: 'regions', code: '09', name: 'Toscana' });
    expect(bubbles && composed).to.equal(true);
  });

  it('at national level on a bundle of one region offers that region alone: another would only lead to an error', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/bundle.json`, bundleFixture());
    const el = await listOf(src, 'role-models', 'nation');
    expect([...shadow(el).querySelectorAll('button')].map(text)).to.deep.equal(['Toscana']);
  });

  it('is one tab stop: the arrow keys, Home and End move inside the list of regions', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, 'role-models', 'nation');
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1]);
    const press = (key: string) =>
      shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    buttons[0]!.focus();
    press('ArrowDown');
    expect(shadow(el).activeElement).to.equal(buttons[1]);
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([-1, 0], 'the tab stop follows the focus');
    press('Home');
    expect(shadow(el).activeElement).to.equal(buttons[0]);
    press('End');
    expect(shadow(el).activeElement).to.equal(buttons[1]);
    press('ArrowDown');
    expect(shadow(el).activeElement).to.equal(buttons[1], 'no wrap past the end');
  });

  it("shows the regions to choose from whole under a page's height cap, which still caps a list of items", async () => {
    // The dashboard caps its lists at 28rem; at 320 px the 20 regions wrap onto more lines than that, and Sicilia
    // and Sardegna were cut in half at the bottom of a scroll box with no scroll bar on a phone.
    const { src } = await serveContract();
    const capped = html`<style>
      territory-list {
        --territory-list-max-height: 1rem;
        inline-size: 320px;
        display: block;
      }
    </style>`;
    const national = await listOf(src, 'role-models', 'nation', capped);
    const regions = shadow(national).querySelector<HTMLElement>('.regions')!;
    expect(regions.scrollHeight).to.be.above(16);
    expect(regions.clientHeight, 'every region in sight').to.equal(regions.scrollHeight);
    const regional = await listOf(src, 'role-models', 'region:09', capped);
    const items = shadow(regional).querySelector<HTMLElement>('ol[part~="list"]')!;
    expect(items.clientHeight, 'a list of items keeps the cap').to.be.at.most(16);
  });

  it('fires the school of a role-model item, and shows all beyond the limit', async () => {
    const el = await oneOfTwoRoleModels();
    const more = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Mostra tutte (2)')!;
    more.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Liceo Due', 'IC Firenze Centro']);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const event = oneEvent(el, 'territory-list-select');
    shadow(el).querySelector<HTMLButtonElement>('[part~="item-button"]')!.click();
    expect((await event).detail).to.deep.equal({ kind: 'role-models', level: 'school', code: 'FIPS03000A', name: 'Liceo Due' });
  });

  it('keeps one tab stop in its list when «Mostra meno» takes away the item that had it', async () => {
    const el = await oneOfTwoRoleModels();
    const toggle = () => [...shadow(el).querySelectorAll('button')].find((b) => text(b).startsWith('Mostra'))!;
    toggle().click();
    await el.updateComplete;
    const items = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="item-button"]')];
    items()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(items().map((item) => item.tabIndex)).to.deep.equal([-1, 0]);
    toggle().click();
    await el.updateComplete;
    // The second item, the list's tab stop, is gone: the one left takes it, or Tab would pass the list by.
    expect(items().map((item) => item.tabIndex)).to.deep.equal([0]);
  });

  it('prints every item, beyond its limit: paper has no "show all"', async () => {
    const el = await oneOfTwoRoleModels();
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => names(el).length === 2, 'one item printed of two');
      const more = [...shadow(el).querySelectorAll('button')].find((b) => text(b).startsWith('Mostra tutte'))!;
      expect(getComputedStyle(more).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => names(el).length === 1, 'its limit again on screen');
  });

  it('shows its default count for a limit that is not a whole number from 1, and says so (limit="dieci" listed nothing)', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveSecondRoleModel();
      const el = await fixture<TerritoryList>(
        html`<territory-list src=${src} kind="role-models" scope="region:09" limit="dieci"></territory-list>`,
      );
      await ready(el);
      expect(names(el)).to.deep.equal(['Liceo Due', 'IC Firenze Centro']);
      const notes = () => [...shadow(el).querySelectorAll('.note')].map(text);
      expect(notes()).to.include('limit="dieci" non è un numero intero da 1 in su: è stato ignorato, si vede limit="10".');
      expect(capture.warnings.join(' ')).to.include('limit="dieci" is not a whole number of 1 or more');
      el.limit = 1;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Liceo Due']);
      expect(notes().join(' ')).not.to.include('limit=');
    } finally {
      capture.restore();
    }
  });

  it('gives each role model its band and its place in the region over the uncertainty analysis, said once what they mean, in English too', async () => {
    const { src } = await serveSecondRoleModel(
      { band: 1, rankInterval: { nation: [40, 90], region: [3, 7], runs: 500 } },
      { band: 1, rankInterval: { nation: [12, 12], region: [1, 1], runs: 500 } },
    );
    const el = await listOf(src, 'role-models', 'province:048');
    const metas = () => [...shadow(el).querySelectorAll('[part~="item"] .meta')].map(text);
    expect(metas()).to.deep.equal([
      'Bagno a Ripoli · LICEO SCIENTIFICO · indice 90 · fascia 1 di 10 · 1º posto in Toscana',
      'Firenze · ISTITUTO COMPRENSIVO · indice 82,5 · fascia 1 di 10 · tra il 3º e il 7º posto in Toscana',
    ]);
    // The note under the method's (then the provisional years' and the synthetic data's).
    const notes = () => [...shadow(el).querySelectorAll('.note')].map(text);
    expect(notes().at(-3)).to.equal(
      'Fascia dell’indice: decile tra le istituzioni attive (1 = il 10% più alto). Posto: intervallo al 90% in 500 simulazioni con altri pesi e metodi; dove gli intervalli si sovrappongono, l’ordine è incerto.',
    );
    el.lang = 'en';
    await waitUntil(() => metas()[1]?.endsWith('between no. 3 and no. 7 in Toscana'), `not in English: ${metas()[1]}`);
    // The school's type: its grade group in English, the registry's words after it.
    expect(metas()[1]).to.match(/^Firenze · Comprehensive institute \(ISTITUTO COMPRENSIVO\) · index 82\.5 · /);
    const rows = (await downloaded(shadow(el), 'CSV')).split('\n');
    expect(rows[1]).to.match(/^Liceo Due,FIPS03000A,Bagno a Ripoli,Upper secondary \(LICEO SCIENTIFICO\),90,/);
    expect(notes().at(-3)).to.match(
      /^Index band: decile among institutions with activity \(1 = top 10%\)\. Place: 90% interval over 500 runs/,
    );
    await expect(el).to.be.accessible();
  });

  it('downloads every item, not only those shown, with its band and places, the source, the method and what they mean', async () => {
    const { src } = await serveSecondRoleModel({ band: 1, rankInterval: { nation: [40, 90], region: [3, 7], runs: 500 } }, { band: 1 });
    const el = await fixture<TerritoryList>(
      html`<territory-list src=${src} kind="role-models" scope="region:09" limit="1"></territory-list>`,
    );
    await ready(el);
    expect(names(el)).to.deep.equal(['Liceo Due']);
    const rows = (await downloaded(shadow(el), 'CSV')).split('\n');
    expect(rows.slice(0, 3)).to.deep.equal([
      'Istituzione;Codice;Comune;Tipo di scuola;Indice;Fascia (1 = la più alta);Posto in Toscana (90%): dal;Posto in Toscana (90%): al;Posto in Italia (90%): dal;Posto in Italia (90%): al',
      'Liceo Due;FIPS03000A;Bagno a Ripoli;LICEO SCIENTIFICO;90;1;;;;',
      'IC Firenze Centro;FIIC81200A;Firenze;ISTITUTO COMPRENSIVO;82,5;1;3;7;40;90',
    ]);
    const after = rows.slice(4).join('\n');
    expect(after).to.include('Titolo;"2 scuole virtuose in Toscana, indice più alto prima."');
    expect(after).to.include('\nMetodo;Primo 5% e continuità\n');
    expect(after).to.include('Posto: intervallo al 90% in 500 simulazioni');
    expect(after).to.include('Dati sintetici');
    // The fixture's index reads 2022/23 to 2024/25, Erasmus+'s provisional years: said under the list and in the file.
    const reporting =
      "I dati Erasmus+ degli anni 2022/23, 2023/24 e 2024/25 su cui è calcolato l'indice sono provvisori: l'indice può ancora cambiare.";
    expect([...shadow(el).querySelectorAll('.note')].map(text)).to.include(reporting);
    expect(after).to.include(reporting);
    expect(after).to.include('Contiene dati provvisori, che possono ancora cambiare.');
    const xlsx = await downloadedBlob(shadow(el), 'XLSX');
    expect(xlsx.type).to.include('spreadsheetml');
  });

  it('downloads the shadow zones with the estimate, the expectation, the observed rate and its interval, in the page’s language', async () => {
    const { src } = await serveShadowContract();
    const el = await listOf(src, 'shadow-zones', 'region:09');
    el.lang = 'en';
    await waitUntil(() => text(shadow(el).querySelector('[part~="caption"]')).startsWith('2 shadow zones'), 'not in English');
    const rows = (await downloaded(shadow(el), 'CSV')).split('\n');
    expect(rows[0]).to.equal(
      'Level,Code,Name,In,Estimated rate (%),Expected rate (%),Observed rate (%),95% interval: from (%),95% interval: to (%),Institutions,Probability of being below the expected rate (%),Reason',
    );
    // 4 of 40 institutions: Wilson's 95% interval is 4.0% to 23.1%, as the list says.
    expect(rows[1]).to.match(/^Province,048,Firenze,Toscana,12,30,10,4,23\.1,\d+(\.\d{1,2})?,,Below the region$/);
    expect(rows[2]!.startsWith('Comune,')).to.equal(true);
    expect(rows[2]).to.contain(',No active school <i>');
    const shadowNote =
      'The Erasmus+ figures of 2022/23, 2023/24 and 2024/25 participation is estimated on are provisional: the estimates may still change.';
    expect(rows.join('\n')).to.include(shadowNote);
    expect([...shadow(el).querySelectorAll('.note')].map(text)).to.include(shadowNote);
  });

  it('says nothing of provisional years where the index’s reference years are final', async () => {
    const index = indexFixture();
    index.programmes.find((p) => p.id === 'erasmus')!.provisionalYears = [];
    const { src } = await serveContract({ index });
    const el = await listOf(src, 'role-models', 'region:09');
    expect(shadow(el).textContent).not.to.include('provvisori');
    expect(await downloaded(shadow(el), 'CSV')).not.to.include('provvisori');
  });

  it('says nothing of places where the contract gives none, nor of bands where it has none', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, 'role-models', 'region:09');
    expect([...shadow(el).querySelectorAll('.note')].map(text).some((note) => note.includes('decile'))).to.equal(false);
  });

  it('shows every error inside the element with one console warning, never throwing', async () => {
    const { src } = await serveContract();
    const cases: [string, string, string, RegExp][] = [
      ['', 'role-models', 'region:09', /Manca l'attributo "src"/],
      [src, 'best-schools', 'region:09', /"kind" deve essere/],
      [src, 'role-models', 'comune:048017', /"scope" deve essere/],
      [src, 'role-models', 'region:07', /07/],
      [new URL('/__data__/serve/missing/index.json', location.href).href, 'role-models', 'nation', /404|trovat/i],
    ];
    for (const [source, kind, scope, message] of cases) {
      const capture = captureWarnings();
      try {
        const el = await fixture<TerritoryList>(html`<territory-list src=${source} kind=${kind} scope=${scope}></territory-list>`);
        await waitUntil(() => shadow(el).querySelector('[part~="error"]'), `no error for ${kind} ${scope}`, { timeout: 8000 });
        expect(text(shadow(el).querySelector('[part~="error"]'))).to.match(message);
        expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
        await waitUntil(() => capture.warnings.length > 0, 'no warning');
        expect(capture.warnings).to.have.length(1);
      } finally {
        capture.restore();
      }
    }
  });

  it('in a linked view, a region chosen from the list is announced and the keyboard goes on in its list', async () => {
    const { src } = await serveContract();
    await import('../linked-view/define.js');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<linked-view src="${src}" lang="it"><territory-list kind="role-models"></territory-list></linked-view>`;
    const list = host.querySelector('territory-list') as TerritoryList;
    await waitUntil(() => shadow(list).querySelector('.regions button'), 'no regions offered', { timeout: 5000 });
    const live = () => text(shadow(list).querySelector('[aria-live]'));
    expect(live()).to.equal('');
    const toscana = [...shadow(list).querySelectorAll<HTMLButtonElement>('.regions button')].find((b) => text(b) === 'Toscana')!;
    toscana.focus();
    toscana.click();
    await waitUntil(() => live().endsWith('in Toscana, indice più alto prima.'), `not announced: ${live()}`, { timeout: 5000 });
    // The chooser's button is gone: the focus is on the first school of the region's list, not on the page's body.
    await waitUntil(() => shadow(list).activeElement?.closest('[part~="item"]'), 'focus lost after the choice');
  });
});
