import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { searchFixture } from '../../test/fixtures/search.fixture.js';
import { freshFolder, hits, serve } from '../../test/support/data-routes.js';
import { bundleFixture } from '../../test/fixtures/contract.fixture.js';
import { captureWarnings } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { SchoolSearch } from './school-search.js';

const shadow = (el: SchoolSearch) => el.shadowRoot!;
const input = (el: SchoolSearch) => shadow(el).querySelector('input')!;
const options = (el: SchoolSearch) =>
  [...shadow(el).querySelectorAll('[role="option"]')].map((o) => o.querySelector('.name')!.textContent!.trim());
const status = (el: SchoolSearch) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const key = (el: SchoolSearch, name: string) =>
  input(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

async function searchOf(src: string, lang = 'it') {
  const el = await fixture<SchoolSearch>(html`<school-search src=${src} lang=${lang}></school-search>`);
  return el;
}

/** Types `text` as a user would, once the index is there. */
async function type(el: SchoolSearch, text: string) {
  input(el).focus();
  await elementUpdated(el);
  await waitUntil(() => !status(el).startsWith('Carico') && !status(el).startsWith('Loading'), 'index not loaded', { timeout: 5000 });
  input(el).value = text;
  input(el).dispatchEvent(new InputEvent('input', { bubbles: true }));
  await elementUpdated(el);
}

describe('<school-search>', () => {
  it('on first use, asks for its search index while the index is on its way, and only once', async () => {
    // The index answers after 600 ms.
    const { folder, src } = await serveContract({ indexRoute: { delay: 600 } });
    const el = await searchOf(src);
    input(el).focus();
    await waitUntil(async () => (await hits(`${folder}/search.json`)) === 1, 'the search index not asked for before the index', {
      timeout: 450,
    });
    await type(el, 'rodari');
    expect([await hits(`${folder}/index.json`), await hits(`${folder}/search.json`)]).to.deep.equal([1, 1]);
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
  });

  it('downloads its index only on first use, then finds a school by name without accents or case, with no axe violations', async () => {
    const { folder, src } = await serveContract();
    const el = await searchOf(src);
    expect(await hits(`${folder}/search.json`)).to.equal(0);
    await type(el, 'rodari');
    expect(await hits(`${folder}/search.json`)).to.equal(1);
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(status(el)).to.equal('1 scuola trovata.');
    await expect(el).to.be.accessible();
  });

  it('searches the schools of a bundle from the index inside it, with no search.json beside it (a small site publishes the bundle alone)', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/bundle-09.json`, { ...bundleFixture(), search: searchFixture() });
    const el = await searchOf(src);
    await type(el, 'rodari');
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
    expect(await hits(`${folder}/search.json`)).to.equal(0);
    // An older bundle, without its search index, is searched where the index names it, as before.
    const older = await searchOf(await serve(`${folder}/older/bundle-09.json`, bundleFixture()));
    await serve(`${folder}/older/search.json`, searchFixture());
    await type(older, 'rodari');
    expect(options(older)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
  });

  it('says how many match in all and what it read, and shows more from the keyboard or a click, focus kept in the box', async () => {
    const { src } = await serveContract();
    const el = await fixture<SchoolSearch>(html`<school-search src=${src} lang="it" limit="1"></school-search>`);
    await type(el, 'firenze');
    // The comune Firenze first (two schools), then Fiesole, in its province.
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"', 'Mostra altre 1 (ne restano 2)']);
    expect(status(el)).to.equal('3 scuole trovate: la prima. Cercato come: Firenze.');
    // The same, visible above the list.
    expect(shadow(el).querySelector('[part~="summary"]')!.textContent!.trim()).to.equal(status(el));
    key(el, 'ArrowDown');
    key(el, 'ArrowDown');
    await elementUpdated(el);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-1');
    key(el, 'Enter');
    await elementUpdated(el);
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"', 'LICEO SCIENTIFICO "CASTELNUOVO"', 'Mostra altre 1 (ne restano 1)']);
    // The keyboard goes on at the first of the new results; the focus never left the box.
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-1');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(status(el)).to.equal('Mostrate 2 di 3.');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLElement>('[part~="more"]')!.click();
    await elementUpdated(el);
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"', 'LICEO SCIENTIFICO "CASTELNUOVO"', 'PRIMARIA DI FIESOLE']);
    expect(shadow(el).querySelector('[part~="more"]')).to.equal(null);
    // Typing again starts from `limit` again.
    await type(el, 'firenz');
    expect(options(el)).to.have.length(2);
  });

  it('shows its default count for a limit that is not a whole number from 1, and says so (limit="dieci" showed one result)', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveContract();
      const el = await fixture<SchoolSearch>(html`<school-search src=${src} lang="en" limit="dieci"></school-search>`);
      await type(el, 'firenze');
      expect(options(el)).to.have.length(3);
      expect([...shadow(el).querySelectorAll('.note')].map((p) => p.textContent!.trim())).to.include(
        'limit="dieci" is not a whole number of 1 or more: it was ignored, limit="10" is shown.',
      );
      expect(capture.warnings.join(' ')).to.include('limit="dieci" is not a whole number');
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('reads a school type and says so in English too', async () => {
    const { src } = await serveContract();
    const el = await searchOf(src, 'en');
    await type(el, 'i.c. firenze');
    // The IC of Firenze; not its plesso in Fiesole (a primary school, not an IC).
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
    expect(status(el)).to.equal('1 school found. Read as: Comprehensive institute, Firenze.');
  });

  it('shows the schools that answer the rest when none has the type typed, and says so, in English too', async () => {
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'liceo rodari firenze');
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
    expect(status(el)).to.equal('1 scuola trovata. Cercato come: Firenze. Nessuna è di tipo «Liceo»: sono scuole di ogni tipo.');
    const en = await searchOf(src, 'en');
    await type(en, 'liceo rodari firenze');
    expect(status(en)).to.equal('1 school found. Read as: Firenze. None is of type “Liceo”: these are schools of any type.');
  });

  it('says what it found in the language the page turns to after the search', async () => {
    // A page that switched to English kept «1 scuola trovata. Cercato come: Firenze.» under the box.
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'liceo rodari firenze');
    expect(status(el)).to.equal('1 scuola trovata. Cercato come: Firenze. Nessuna è di tipo «Liceo»: sono scuole di ogni tipo.');
    el.lang = 'en';
    await elementUpdated(el);
    expect(status(el)).to.equal('1 school found. Read as: Firenze. None is of type “Liceo”: these are schools of any type.');
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"'], 'the results stay');
  });

  it('opens its list under its input, never over it (WCAG 2.4.11)', async () => {
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'firenze');
    const list = shadow(el).querySelector<HTMLElement>('[part~="listbox"]')!;
    expect(list.hidden).to.equal(false);
    expect(list.getBoundingClientRect().top).to.be.at.least(Math.floor(input(el).getBoundingClientRect().bottom));
  });

  it('matches comuni with accents typed or not, a typo, and codes by prefix', async () => {
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'citta di castello');
    expect(options(el)).to.deep.equal(['IC CITTÀ DI CASTELLO 2', 'PRIMARIA SAN FILIPPO']);
    await type(el, 'Città');
    expect(options(el)).to.have.length(2);
    await type(el, 'fiesloe');
    expect(options(el)).to.deep.equal(['PRIMARIA DI FIESOLE']);
    await type(el, 'fiee81');
    expect(options(el)).to.deep.equal(['PRIMARIA DI FIESOLE']);
    const meta = shadow(el).querySelector('[role="option"] .meta')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(meta).to.equal('Fiesole · FIEE81201C · Plesso');
  });

  it('finds an institution by the code of one merged into it since, and says «già …», in English too', async () => {
    const { src, folder } = await serveContract();
    await serve(`${folder}/search.json`, { ...searchFixture(), formerCodes: { FIIC81500X: 'FIIC81200A' } });
    const meta = (el: SchoolSearch) => shadow(el).querySelector('[role="option"] .meta')!.textContent!.replace(/\s+/g, ' ').trim();
    const el = await searchOf(src);
    await type(el, 'FIIC81500X');
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
    expect(meta(el)).to.equal('Firenze · FIIC81200A (già FIIC81500X) · Istituto');
    const en = await searchOf(src, 'en');
    await type(en, 'fiic81500x');
    expect(meta(en)).to.equal('Firenze · FIIC81200A (formerly FIIC81500X) · Institution');
  });

  it('keyboard: arrows move the active option, Enter chooses it and fires the event, Escape closes then clears', async () => {
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'castello');
    expect(options(el)).to.deep.equal(['IC CITTÀ DI CASTELLO 2', 'PRIMARIA SAN FILIPPO']);
    key(el, 'ArrowDown');
    await elementUpdated(el);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-0');
    key(el, 'ArrowDown');
    key(el, 'ArrowDown');
    await elementUpdated(el);
    // Wraps round to the first.
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-0');
    key(el, 'ArrowUp');
    await elementUpdated(el);
    // And back round to the last.
    expect(shadow(el).querySelector('#option-1')!.getAttribute('aria-selected')).to.equal('true');
    key(el, 'ArrowUp');
    await elementUpdated(el);
    const chosen = oneEvent(el, 'school-search-select');
    key(el, 'Enter');
    const event = await chosen;
    expect(event.detail).to.deep.equal({
      code: 'PGIC82000B',
      name: 'IC CITTÀ DI CASTELLO 2',
      comune: 'Città di Castello',
      institution: true,
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await elementUpdated(el);
    expect(input(el).value).to.equal('IC CITTÀ DI CASTELLO 2');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await type(el, 'liceo');
    key(el, 'Escape');
    await elementUpdated(el);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('liceo');
    key(el, 'Escape');
    await elementUpdated(el);
    expect(input(el).value).to.equal('');
  });

  it('leaves the keys to an input method while a word is composed: nothing moved, chosen, closed or cleared', async () => {
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'castello');
    let chosen = 0;
    el.addEventListener('school-search-select', () => chosen++);
    // A word being composed (Japanese, Chinese, a phone's predictive keyboard): its arrows go through the input
    // method's candidates, Enter takes one, Escape drops it. The list follows what is typed so far.
    input(el).setSelectionRange(8, 8);
    await executeServerCommand('compose', { text: ' di' });
    await waitUntil(() => input(el).value === 'castello di', 'nothing composed');
    await elementUpdated(el);
    expect(options(el)).to.deep.equal(['IC CITTÀ DI CASTELLO 2', 'PRIMARIA SAN FILIPPO']);
    for (const press of ['ArrowDown', 'Enter', 'Escape']) await sendKeys({ press });
    await elementUpdated(el);
    expect(chosen, 'Enter took the candidate, not a school').to.equal(0);
    expect(input(el).hasAttribute('aria-activedescendant'), 'the arrow moved the candidates, not the options').to.equal(false);
    expect(input(el).getAttribute('aria-expanded'), 'Escape dropped the candidates, the list stays').to.equal('true');
    expect(input(el).value).to.equal('castello di');
    // The word done, the keys are the list's again.
    await executeServerCommand('compose', { text: ' di', commit: true });
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(el, 'school-search-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.code).to.equal('PGIC82000B');
    expect(chosen).to.equal(1);
  });

  it('a click chooses too, and sets the code of the profile it names', async () => {
    const { src } = await serveContract();
    const box = await fixture<HTMLDivElement>(
      html`<div><school-search src=${src} profile="p1" lang="en"></school-search><div id="p1"></div></div>`,
    );
    const el = box.querySelector('school-search')!;
    await type(el, 'liceo');
    expect(status(el)).to.equal('1 school found. Read as: Liceo.');
    shadow(el).querySelector<HTMLElement>('[role="option"]')!.click();
    expect(box.querySelector('#p1')!.getAttribute('code')).to.equal('FIPS01000D');
    await elementUpdated(el);
    expect(shadow(el).querySelector('.note')).to.equal(null);
  });

  it('says when the profile it names is not on the page: the school chosen opened nowhere, without a word', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveContract();
      const el = await fixture<SchoolSearch>(html`<school-search src=${src} profile="scheda" lang="it"></school-search>`);
      await type(el, 'liceo');
      shadow(el).querySelector<HTMLElement>('[role="option"]')!.click();
      await elementUpdated(el);
      expect(shadow(el).querySelector('.note')!.textContent!.trim()).to.equal(
        'profile="scheda": nessun elemento della pagina ha questo id, la scuola scelta non si apre.',
      );
      expect(capture.warnings.join(' ')).to.include('profile="scheda": no element of the page has this id');
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('says when nothing matches', async () => {
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'zzzzzz');
    expect(options(el)).to.deep.equal([]);
    expect(status(el)).to.equal('Nessuna scuola trovata per «zzzzzz».');
  });

  it('shows the schools that answer the rest of the words when one word matches none of them, and says which, in English too', async () => {
    // «rodari zzzzzz» read «Nessuna scuola trovata»: a word too many (or mistyped past one letter) left nothing.
    const { src } = await serveContract();
    const el = await searchOf(src);
    await type(el, 'rodari zzzzzz');
    expect(options(el)).to.deep.equal(['IC FIRENZE 1 "GIANNI RODARI"']);
    expect(status(el)).to.equal('1 scuola trovata. Nessuna ha anche «zzzzzz»: sono scuole che rispondono al resto.');
    el.lang = 'en';
    await elementUpdated(el);
    expect(status(el)).to.equal('1 school found. None also has “zzzzzz”: these schools answer the rest.');
    await expect(el).to.be.accessible();
  });

  const errors: [string, () => Promise<string>, RegExp][] = [
    ['no src', async () => '', /Manca l'attributo "src"/],
    [
      'an index without a search index',
      async () => {
        const { folder } = await serveContract();
        const { indexFixture } = await import('../../test/fixtures/contract.fixture.js');
        const index = indexFixture();
        delete (index.shards as { search?: string }).search;
        return serve(`${folder}/other-index.json`, index);
      },
      /Non trovo l'indice di ricerca/,
    ],
    [
      'a damaged search index',
      async () => {
        const { folder, src } = await serveContract();
        await serve(`${folder}/search.json`, { ...searchFixture(), names: 'only one line' });
        return src;
      },
      /non rispettano il contratto.*names/,
    ],
    [
      'a missing search index (HTTP 404)',
      async () => {
        const { folder, src } = await serveContract();
        await serve(`${folder}/search.json`, {}, { status: 404 });
        return src;
      },
      /HTTP 404/,
    ],
  ];
  for (const [what, make, pattern] of errors) {
    it(`shows an error inside the element and warns once: ${what}`, async () => {
      const src = await make();
      const capture = captureWarnings();
      try {
        const el = await searchOf(src);
        input(el).focus();
        await waitUntil(() => shadow(el).querySelector('[part~="error"]'), 'no error shown', { timeout: 8000 });
        expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.match(pattern);
        expect(capture.warnings.filter((w) => w.startsWith('[school-search]'))).to.have.length(1);
      } finally {
        capture.restore();
      }
    });
  }
});
