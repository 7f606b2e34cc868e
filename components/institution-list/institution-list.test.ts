import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { RegionShard, SchoolSummary } from '../../src/contract/contract.types.js';
import { indexFixture, indexWithMentorsMethod, regionFixture } from '../../test/fixtures/contract.fixture.js';
import { serve } from '../../test/support/data-routes.js';
import { captureWarnings, downloaded, downloadedBlob } from '../../test/support/element-helpers.js';
import { endRuleContrast } from '../../test/support/end-rule.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { InstitutionList } from './institution-list.js';

const shadow = (el: InstitutionList) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: InstitutionList) => waitUntil(() => !shadow(el).querySelector('[aria-busy]'), 'list not loaded', { timeout: 5000 });
const rows = (el: InstitutionList) => [...shadow(el).querySelectorAll('.body [role="row"]')];
const names = (el: InstitutionList) => rows(el).map((row) => text(row.querySelector('.open')));
const focused = (el: InstitutionList) => shadow(el).activeElement as HTMLElement | null;
/** Where the text in an element ends on screen. */
function textBottomOf(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect().bottom;
}
/** Renders until the list asks for nothing more (a measure may ask for another render). */
async function settled(el: InstitutionList) {
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (await el.updateComplete) return;
  }
  throw new Error('the list kept rendering');
}

async function listOf(src: string, attributes: Record<string, string> = {}, width = '') {
  const host = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}` : ''}><institution-list src=${src}></institution-list></div>`,
  );
  const el = host.querySelector('institution-list')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  await ready(el);
  return el;
}

/**
 * The words of a cell or heading wider than its content box, each with both widths: a word broken across lines has a
 * line narrower than itself, so the widest word must fit the box.
 */
function brokenWords(cell: HTMLElement): string[] {
  const box = cell.getBoundingClientRect().width - parseFloat(getComputedStyle(cell).paddingLeft) * 2;
  return text(cell)
    .split(' ')
    .flatMap((word) => {
      const probe = document.createElement('span');
      probe.textContent = word;
      probe.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden';
      cell.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width > box + 0.5 ? [`"${word}": ${width.toFixed(1)} px in ${box.toFixed(1)}`] : [];
    });
}

/** Toscana with `count` more inactive institutions (a list that must stay fast and scroll); every `tallEvery`th with three mentors. */
async function serveLargeRegion(
  count: number,
  tallEvery = 0,
  mentorName = (n: number) => `Istituto comprensivo mentore numero ${n} con un nome lungo`,
) {
  const contract = await serveContract();
  const region: RegionShard = regionFixture();
  const template = region.schools.find((s) => s.code === 'FIPS02000X')!;
  for (let i = 0; i < count; i++) {
    const code = `FIIC${String(i).padStart(5, '0')}X`;
    const row: SchoolSummary = { ...template, code, institution: code, name: `Istituto ${String(i).padStart(5, '0')}`, students: 100 + i };
    if (tallEvery && i % tallEvery === 0)
      row.mentors = [1, 2, 3].map((n) => ({
        code: `FIIC8${n}000A`,
        name: mentorName(n),
        comuneName: 'Firenze',
        distanceKm: n,
      }));
    region.schools.push(row);
  }
  await serve(`${contract.folder}/regions/09.json`, region);
  return contract;
}

describe('<institution-list>', () => {
  it("fits each column heading's words in its column, in both languages: none broken inside a word, none clipped", async () => {
    // The students' heading says the school year they were counted in: the longest heading of the narrow columns.
    const { src } = await serveContract({ index: { ...indexFixture(), studentsYear: 2024 } });
    const el = await listOf(src, { scope: 'region:09' });
    for (const lang of ['it', 'en']) {
      el.lang = lang;
      await waitUntil(() => text(shadow(el).querySelector('[role="columnheader"]')) === (lang === 'it' ? 'Istituzione' : 'Institution'));
      expect(text(shadow(el).querySelectorAll('[role="columnheader"]')[3]!)).to.equal(
        lang === 'it' ? 'Studenti 2024/25' : 'Students 2024/25',
      );
      const headings = [...shadow(el).querySelectorAll<HTMLElement>('[role="columnheader"]')];
      expect(headings.flatMap(brokenWords), lang).to.deep.equal([]);
    }
  });

  it("fits each word of the comune's and the grade group's cells in its column at the grid's least width, in both languages", async () => {
    // A 1024 px screen's list is at its least width: «istituto comprensivo» broke as «comprensiv / o» in every IC's row.
    // The comune is the longest one-word name of Italy's comuni.
    const contract = await serveContract();
    const region: RegionShard = regionFixture();
    region.comuni.find((c) => c.code === '048001')!.name = 'Pietramontecorvino';
    for (const school of region.schools) school.gradeGroup = 'comprensivo';
    await serve(`${contract.folder}/regions/09.json`, region);
    const el = await listOf(contract.src, { scope: 'region:09', filter: 'all' }, '640px');
    for (const lang of ['it', 'en']) {
      el.lang = lang;
      await waitUntil(() => text(shadow(el).querySelector('[role="columnheader"]')) === (lang === 'it' ? 'Istituzione' : 'Institution'));
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth, 'at its least width: the grid scrolls sideways').to.be.above(scroller.clientWidth);
      const cells = rows(el).flatMap((row) => [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].slice(1, 3));
      expect(cells.map((cell) => text(cell))).to.include.members([
        'Pietramontecorvino FI',
        lang === 'it' ? 'istituto comprensivo' : 'comprehensive institute',
      ]);
      expect(cells.flatMap(brokenWords), lang).to.deep.equal([]);
      // The header's columns stand where the rows' do (a width in the header's bold stood them apart).
      const starts = (row: Element) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left));
      expect(starts(shadow(el).querySelector('.head [role="row"]')!), lang).to.deep.equal(starts(rows(el)[0]!));
    }
  });

  it('lists the inactive institutions of a region with their mentors as buttons, contacts as text, no axe violations', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, { scope: 'region:09' });
    expect(names(el)).to.deep.equal(['Liceo "Agnoletti" <b>']);
    const row = rows(el)[0]!;
    expect(text(row.querySelector('.open'))).to.equal('Liceo "Agnoletti" <b>', 'names from data are text');
    // javascript: never becomes a link; the e-mail from data is text.
    expect(row.querySelector('a')).to.equal(null);
    expect(text(row)).to.include('=HYPERLINK("http://x")');
    expect(text(shadow(el).querySelector('[part~="caption"]'))).to.equal(
      'Istituzioni (non attive) in Toscana, tutti i programmi, negli anni 2022/23, 2023/24, 2024/25 (dati provvisori): 1.',
    );
    const chosen = oneEvent(el, 'institution-list-select');
    [...row.querySelectorAll<HTMLButtonElement>('.open')].find((b) => text(b) === 'IC Firenze Centro')!.click();
    expect((await chosen).detail).to.deep.equal({ level: 'school', code: 'FIIC81200A', name: 'IC Firenze Centro' });
    await expect(el).to.be.accessible();
  });

  it('says how the mentors were chosen under a list of inactive institutions and in its files, where the data says it', async () => {
    // Without it an empty mentors cell read «nessuno» with no word on why (no role model free within reach).
    const { index, description } = indexWithMentorsMethod();
    const { src } = await serveContract({ index });
    const el = await listOf(src, { scope: 'region:09' });
    const notes = () => [...shadow(el).querySelectorAll('p.note')].map(text);
    expect(notes()).to.include(`Scuole mentori: ${description.it}`);
    expect(await downloaded(shadow(el), 'CSV')).to.include(`Scuole mentori: ${description.it}`);
    el.lang = 'en';
    await waitUntil(() => notes().includes(`Mentor schools: ${description.en}`));
    // Role models have no mentors: no word on them.
    el.filter = 'role-models';
    await waitUntil(() => !notes().some((note) => note.startsWith('Mentor schools')));
    await expect(el).to.be.accessible();
    // An older document, without the method: the list as before.
    const older = await listOf((await serveContract()).src, { scope: 'region:09' });
    expect([...shadow(older).querySelectorAll('p.note')].map(text).some((note) => note.startsWith('Scuole mentori'))).to.equal(false);
  });

  it('says which of its years are provisional for its programme, in its caption and its files: "inactive" there may yet change', async () => {
    const index = indexFixture();
    index.programmes.find((p) => p.id === 'erasmus')!.provisionalYears = [2024];
    const { src } = await serveContract({ index });
    const el = await listOf(src, { scope: 'region:09', programme: 'erasmus' });
    const caption = () => text(shadow(el).querySelector('[part~="caption"]'));
    expect(caption()).to.equal(
      'Istituzioni (non attive) in Toscana, Erasmus+, negli anni 2022/23, 2023/24, 2024/25 (dati provvisori del 2024/25): 1.',
    );
    expect(await downloaded(shadow(el), 'CSV')).to.include('Contiene dati provvisori, che possono ancora cambiare.');
    el.programme = 'etwinning';
    await waitUntil(() => caption().includes('eTwinning'));
    expect(caption()).to.equal('Istituzioni (non attive) in Toscana, eTwinning, negli anni 2022/23, 2023/24, 2024/25: 1.');
    expect(await downloaded(shadow(el), 'CSV')).not.to.include('provvisori');
    el.programme = 'erasmus';
    el.year = '2024';
    el.lang = 'en';
    await waitUntil(() => caption().startsWith('Institutions') && caption().includes('2024/25'));
    expect(caption()).to.match(/^Institutions \(not active\) in Toscana, Erasmus\+, in 2024\/25 \(provisional figures\): \d+\.$/);
  });

  it('clips nothing: each row as tall as its own text (two mentors, a long address), no taller', async () => {
    // Rows of a fixed 4.75em cut a second line of the mentor's place and the PEC address of a long website; rows all as
    // tall as the tallest drawn left most of each row empty (147 to 231 px on a phone, two rows to the box).
    const contract = await serveContract();
    const region: RegionShard = regionFixture();
    const template = region.schools.find((s) => s.code === 'FIPS02000X')!;
    region.schools.push({
      ...template,
      code: 'FIPS02001X',
      institution: 'FIPS02001X',
      name: 'Istituto di istruzione superiore con un nome molto lungo come ne ha la Toscana',
      contacts: {
        email: 'fips02001x@istruzione.it',
        pec: 'fips02001x@pec.istruzione.it',
        website: 'https://www.istitutoconunindirizzomoltolungo.edu.it',
      },
      mentors: [
        { code: 'FIIC81200A', name: 'IST. COMP. - WALTER IOZZELLI - MONSUMMANO TERME', comuneName: 'Monsummano Terme', distanceKm: 15.2 },
        { code: 'FIIC81300B', name: 'IC Firenze Centro', comuneName: 'Firenze', distanceKm: 0, sameComune: true },
      ],
    });
    await serve(`${contract.folder}/regions/09.json`, region);
    const el = await listOf(contract.src, { scope: 'region:09' }, '900px');
    await waitUntil(
      () => rows(el).every((row) => [...row.children].every((cell) => cell.scrollHeight <= cell.clientHeight + 1)),
      'a cell clips its text',
    );
    const tall = rows(el).find((row) => text(row).includes('Monsummano')) as HTMLElement;
    for (const row of rows(el) as HTMLElement[]) {
      // The row ends where its tallest cell's text ends, and its padding.
      const textBottom = Math.max(...[...row.children].map((cell) => textBottomOf(cell)));
      const padding = parseFloat(getComputedStyle(row.firstElementChild!).paddingBottom);
      // The line's leading below the last glyphs, a few pixels; rows of one height left 40 and more under most.
      expect(row.getBoundingClientRect().bottom - textBottom, `empty space under «${text(row).slice(0, 30)}»`).to.be.at.most(padding + 5);
      if (row !== tall) expect(row.offsetHeight, 'a row of shorter text is shorter').to.be.below(tall.offsetHeight);
    }
    // Every line of the two mentors is inside its cell.
    const cell = rows(el)
      .find((row) => text(row).includes('Monsummano'))!
      .lastElementChild!.getBoundingClientRect();
    const notes = [
      ...rows(el)
        .find((row) => text(row).includes('Monsummano'))!
        .lastElementChild!.querySelectorAll('.note'),
    ];
    expect(notes).to.have.length(2);
    // A mentor in the same comune is said so, not "0 km".
    expect(notes.map(text)).to.deep.equal(['Monsummano Terme, 15,2 km', 'Firenze, stesso comune']);
    for (const note of notes) expect(note.getBoundingClientRect().bottom).to.be.at.most(cell.bottom + 0.5);
  });

  it('filters, sorts and reads a programme and a year; only http(s) websites are links; in English too', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, { scope: 'province:048', filter: 'all', sort: 'students' });
    expect(names(el).map((n) => n.slice(0, 10))).to.deep.equal(['IC Firenze', 'Liceo "Agn']);
    const link = rows(el)[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://www.icfirenzecentro.edu.it/');
    el.programme = 'funding';
    el.year = '2021';
    el.filter = 'active';
    await el.updateComplete;
    await ready(el);
    await el.updateComplete;
    expect(names(el).map((n) => n.slice(0, 10))).to.deep.equal(['Liceo "Agn'], 'funding in 2021: the liceo only');
    el.lang = 'en';
    await waitUntil(() => text(shadow(el).querySelector('[part~="caption"]')).startsWith('Institutions'), 'English');
    expect(text(shadow(el).querySelector('[part~="caption"]'))).to.equal('Institutions (active) in Firenze, funding, in 2021/22: 1.');
    await expect(el).to.be.accessible();
  });

  it('narrows to a comune, and asks for a region at national scope', async () => {
    const { src } = await serveContract();
    const comune = await listOf(src, { scope: 'comune:048017', filter: 'all' });
    expect(names(comune).map((n) => n.slice(0, 10))).to.deep.equal(['IC Firenze']);
    const nation = await listOf(src);
    expect(text(shadow(nation).querySelector('[part~="caption"]'))).to.match(/^Scegli una regione/);
  });

  it('draws only the rows on screen of 3,000, and keeps one tab stop with arrows, Page Down and Ctrl+End', async () => {
    const { src } = await serveLargeRegion(3000);
    const el = await listOf(src, { scope: 'region:09' });
    expect(text(shadow(el).querySelector('[part~="caption"]'))).to.match(/: 3\.001\.$/, 'grouped as every count');
    expect(rows(el).length).to.be.below(40, 'a window of rows, not 3,001');
    expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('3002');
    // One tab stop in the grid.
    expect(shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]').length).to.equal(1);
    const first = shadow(el).querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused(el)?.closest('[data-row]')?.getAttribute('data-row') === '1', 'ArrowDown');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.getAttribute('role')).to.equal('gridcell');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => focused(el)?.closest('[data-row]')?.getAttribute('data-row') === '3000', 'Ctrl+End reaches the last row');
    expect(text(focused(el)!.closest('[role="row"]'))).to.include('Liceo "Agnoletti"', 'the last by name');
    expect(shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]').length).to.equal(1);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => focused(el)?.closest('[data-row]')?.getAttribute('data-row') === '0', 'Ctrl+Home');
  });

  it('scrolls rows of different heights without a jump, and shows each row the keys move to whole', async () => {
    // Every row as tall as its text: rows not drawn yet are estimated, and a row placed by an estimate is measured and
    // placed again. Every fifth row holds three mentors, several times as tall as the others.
    const { src } = await serveLargeRegion(1000, 5);
    // Wider than the grid's least width (69em), where a change of width wraps the rows anew.
    const el = await listOf(src, { scope: 'region:09' }, '1500px');
    await settled(el);
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    // The header row, sticky at the box's top (it scrolled away with the rows until this test).
    const head = shadow(el).querySelector<HTMLElement>('.head [role="row"]')!;
    const heights = new Set(rows(el).map((row) => (row as HTMLElement).offsetHeight));
    expect(heights.size, 'rows of two heights').to.be.at.least(2);
    /** The rows drawn cover the box: no gap above or below. */
    const covered = () => {
      const drawn = rows(el);
      const box = scroller.getBoundingClientRect();
      return (
        drawn[0]!.getBoundingClientRect().top <= head.getBoundingClientRect().bottom + 0.5 &&
        drawn.at(-1)!.getBoundingClientRect().bottom >= box.bottom - 0.5
      );
    };
    /** The row at the middle of the box, and where it is on screen. */
    const middleRow = () => {
      const box = scroller.getBoundingClientRect();
      const row = (rows(el) as HTMLElement[]).find((r) => r.getBoundingClientRect().bottom > (box.top + box.bottom) / 2)!;
      return { row: row.dataset.row, top: row.getBoundingClientRect().top };
    };
    // A jump to the middle (the scroll bar dragged), then up by steps into rows never drawn: each step moves what is seen by the step.
    scroller.scrollTop = scroller.scrollHeight / 2;
    await settled(el);
    expect(covered(), 'the box filled after the jump').to.equal(true);
    expect(head.getBoundingClientRect().top - scroller.getBoundingClientRect().top, 'the header stays at the top').to.be.closeTo(
      scroller.clientTop,
      1,
    );
    for (let step = 0; step < 25; step++) {
      const before = middleRow();
      scroller.scrollTop -= 60;
      await settled(el);
      const after = (rows(el) as HTMLElement[]).find((r) => r.dataset.row === before.row)!;
      expect(after.getBoundingClientRect().top - before.top, `step ${step + 1} up: row ${before.row} moved by the step`).to.be.closeTo(
        60,
        1,
      );
      expect(covered(), `step ${step + 1}: the box filled`).to.equal(true);
    }
    // A narrower column (a phone turned, a zoom) wraps every row anew: the row at the top stays at the top.
    const atTop = () =>
      (rows(el) as HTMLElement[]).find((r) => r.getBoundingClientRect().bottom > head.getBoundingClientRect().bottom + 1)!.dataset.row;
    // A short row at the top, under taller ones: rows that grow above it would push it down and out of sight.
    const short = (rows(el) as HTMLElement[]).find(
      (r) => r.getBoundingClientRect().top > head.getBoundingClientRect().bottom && r.previousElementSibling!.clientHeight > r.clientHeight,
    )!;
    // (Its number kept: the grid draws each row into whichever element is at its place.)
    const shortRow = short.dataset.row;
    scroller.scrollTop += short.getBoundingClientRect().top - head.getBoundingClientRect().bottom + 2;
    await settled(el);
    const before = atTop();
    expect(before).to.equal(shortRow);
    el.parentElement!.style.width = '1150px';
    await settled(el);
    await settled(el);
    expect(atTop(), 'the same row at the top after the width changed').to.equal(before);
    expect(covered(), 'the box filled at the new width').to.equal(true);
    // The keys, from the top: each row moved to is whole in the box, under the sticky header.
    scroller.scrollTop = 0;
    await settled(el);
    const whole = () => {
      const row = focused(el)!.closest('[role="row"]')!.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      return row.top >= head.getBoundingClientRect().bottom - 1 && row.bottom <= box.bottom - scroller.clientTop + 1;
    };
    shadow(el).querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
    const keys = [...Array<string>(12).fill('ArrowDown'), 'PageDown', 'PageDown', 'PageUp', ...Array<string>(4).fill('ArrowUp')];
    let row = 0;
    for (const key of keys) {
      await sendKeys({ press: key });
      await settled(el);
      const now = Number(focused(el)!.closest('[data-row]')!.getAttribute('data-row'));
      if (key === 'PageDown') expect(now - row, 'Page Down moves by more than a row').to.be.above(1);
      row = now;
      expect(whole(), `${key} to row ${row}: whole in the box`).to.equal(true);
    }
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => focused(el)?.closest('[data-row]')?.getAttribute('data-row') === '1000', 'Ctrl+End');
    await settled(el);
    expect(whole(), 'the last row whole').to.equal(true);
    expect(scroller.scrollTop + scroller.clientHeight, 'scrolled to the end').to.be.closeTo(scroller.scrollHeight, 1);
  });

  it('lets a smooth scroll run its course as the rows it brings are measured, down from the top and up from a jump', async () => {
    // Scrolling the box from a script ends the browser's animation of a scroll (a flick on a phone, a wheel's smooth
    // step, a page's smooth scrollIntoView). Each measure put the top row back by scrolling the box, to where it already
    // was: a smooth scroll of 6,000 px in Lombardia's list stopped after 64. The rows measured now move by a drift of
    // their offsets, undone once the scroll comes to rest (or at the list's top, or where rows above outgrow their room).
    const { src } = await serveLargeRegion(1000, 5);
    const el = await listOf(src, { scope: 'region:09' }, '1500px');
    await settled(el);
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    /** Renders, then waits until the box has not moved for five frames. */
    const atRest = async () => {
      await settled(el);
      for (let [last, still] = [-1, 0]; still < 5;) {
        await frame();
        still = Math.abs(scroller.scrollTop - last) < 0.5 ? still + 1 : 0;
        last = scroller.scrollTop;
      }
      await settled(el);
    };
    for (const [from, by] of [
      [0, 3000],
      [scroller.scrollHeight / 2, -3000],
    ] as const) {
      scroller.scrollTop = from;
      await atRest();
      const start = scroller.scrollTop;
      // Where the scroll ends, read before the drift is undone: on its way down to the box, before the list's own
      // handler of the same event (whose render runs before a later handler on the box).
      // A scroll ended by a script's may not say it ended: where it stands after 3 s then.
      const ended = new Promise<number>((resolve) => {
        shadow(el).addEventListener('scrollend', () => resolve(scroller.scrollTop), { once: true, capture: true });
        setTimeout(() => resolve(scroller.scrollTop), 3000);
      });
      scroller.scrollBy({ top: by, behavior: 'smooth' });
      expect(await ended, `a smooth scroll by ${by} px from ${Math.round(start)}`).to.be.closeTo(start + by, 1);
      await atRest();
      const drawn = rows(el);
      const head = shadow(el).querySelector<HTMLElement>('.head [role="row"]')!;
      expect(drawn[0]!.getBoundingClientRect().top, 'at rest, no gap above').to.be.at.most(head.getBoundingClientRect().bottom + 0.5);
      expect(drawn.at(-1)!.getBoundingClientRect().bottom, 'nor below').to.be.at.least(scroller.getBoundingClientRect().bottom - 0.5);
    }
    // Up to the top from there: the first row starts at the box's top, with nothing above it.
    scroller.scrollBy({ top: -scroller.scrollTop - 1000, behavior: 'smooth' });
    await atRest();
    if (scroller.scrollTop > 0) {
      // Rows above that outgrew their room make the drift be undone before the top, ending that scroll once: the
      // reader's next flick goes on.
      scroller.scrollBy({ top: -scroller.scrollTop, behavior: 'smooth' });
      await atRest();
    }
    expect(scroller.scrollTop).to.equal(0);
    expect(rows(el)[0]!.getAttribute('data-row'), 'the first row at the top').to.equal('0');
    expect(
      rows(el)[0]!.getBoundingClientRect().top -
        shadow(el).querySelector<HTMLElement>('.head [role="row"]')!.getBoundingClientRect().bottom,
    ).to.be.closeTo(0, 0.5);
  });

  for (const style of ['', 'transform: scale(0.6); transform-origin: 0 0', 'zoom: 1.5']) {
    it(`measures its rows in its own pixels, and the keys bring the last row whole, under ${style ? `a host's «${style.split(';')[0]}»` : 'no transform'}`, async () => {
      // The rows are measured on screen and divided by the box's scale: a host's transform or zoom must not make the
      // estimated rows longer or shorter than the drawn ones (a gap in the box, a jump, a row the keys leave half seen).
      // Ctrl+End after a jump left the last row 150 px below the box: a measure during the move put back the row that
      // had been at the top.
      const { src } = await serveLargeRegion(300, 5);
      const host = await fixture<HTMLElement>(
        html`<div style="width: 1200px; ${style}"><institution-list src=${src} scope="region:09"></institution-list></div>`,
      );
      const el = host.querySelector('institution-list')!;
      await ready(el);
      await settled(el);
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      const head = shadow(el).querySelector<HTMLElement>('.head [role="row"]')!;
      const scale = scroller.getBoundingClientRect().height / scroller.offsetHeight;
      scroller.scrollTop = scroller.scrollHeight / 2;
      await settled(el);
      for (let step = 0; step < 5; step++) {
        const box = scroller.getBoundingClientRect();
        const row = (rows(el) as HTMLElement[]).find((r) => r.getBoundingClientRect().bottom > (box.top + box.bottom) / 2)!;
        const [number, top] = [row.dataset.row, row.getBoundingClientRect().top];
        scroller.scrollTop -= 60;
        await settled(el);
        const moved = (rows(el) as HTMLElement[]).find((r) => r.dataset.row === number)!.getBoundingClientRect().top - top;
        expect(moved, `step ${step + 1}: moved by the step, in the screen's pixels`).to.be.closeTo(60 * scale, 1);
      }
      const drawn = rows(el);
      expect(drawn[0]!.getBoundingClientRect().top, 'no gap above').to.be.at.most(head.getBoundingClientRect().bottom + 0.5);
      expect(drawn.at(-1)!.getBoundingClientRect().bottom, 'no gap below').to.be.at.least(scroller.getBoundingClientRect().bottom - 0.5);
      // From the top, where the grid's tab stop is, the keys to the last row.
      scroller.scrollTop = 0;
      await settled(el);
      shadow(el).querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => focused(el)?.closest('[data-row]')?.getAttribute('data-row') === '300', 'Ctrl+End');
      await settled(el);
      const last = focused(el)!.closest('[role="row"]')!.getBoundingClientRect();
      expect(last.bottom, 'the last row whole').to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
      expect(last.top).to.be.at.least(head.getBoundingClientRect().bottom - 1);
    });
  }

  it('keeps each row’s name in sight as the grid scrolls sideways, in a phone’s column, over the cells that pass under it', async () => {
    // At 375 px the grid shows two of its eight columns: scrolled to the contacts and mentors, no row said whose they were.
    const { src } = await serveContract();
    const el = await listOf(src, { scope: 'region:09', filter: 'all' }, '320px');
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    const head = shadow(el).querySelector<HTMLElement>('.head [role="row"]')!;
    scroller.scrollLeft = scroller.scrollWidth;
    await settled(el);
    expect(scroller.scrollLeft, 'scrolled sideways').to.be.above(300);
    const box = scroller.getBoundingClientRect();
    const drawn = rows(el).filter((row) => row.getBoundingClientRect().top < box.bottom - 10);
    expect(drawn.length).to.be.above(0);
    for (const row of [head, ...drawn]) {
      const name = row.firstElementChild!.getBoundingClientRect();
      expect(name.left, `«${text(row.firstElementChild)}» at the box's start`).to.be.closeTo(box.left + scroller.clientLeft, 1);
      // No more than 45% of the element: the cells that scroll keep the rest.
      expect(name.width).to.be.at.most(0.45 * el.getBoundingClientRect().width + 1);
      // What is drawn at its middle is the name, not a cell passing under it.
      const top = shadow(el).elementFromPoint(name.left + name.width / 2, Math.min(name.top + name.height / 2, box.bottom - 4));
      expect(row.firstElementChild!.contains(top), `«${text(row.firstElementChild)}» drawn over what scrolls`).to.equal(true);
    }
    // With a rule at their end (src/styles/sticky-heads.styles.ts, as the tables' row headings).
    expect(await endRuleContrast(drawn[0]!.firstElementChild!)).to.be.above(20);
    // Beside them, what scrolled: the last column, the mentors, ends in the box.
    expect(text(head.lastElementChild)).to.not.equal('');
    const last = head.lastElementChild!.getBoundingClientRect();
    expect(last.right, 'the mentors in the box').to.be.at.most(box.right);
  });

  it('brings the focused cell into sight beside the names as the arrow keys move across, in a phone’s column', async () => {
    // The grid focuses without scrolling (it scrolls its rows itself): its cells right of the box were focused unseen.
    // The names' column stays at the box's start: a cell is shown beside it, whole where it fits, or from its start.
    const { src } = await serveContract();
    const el = await listOf(src, { scope: 'region:09', filter: 'all' }, '320px');
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth * 2);
    const inSight = () => {
      const part = focused(el)!;
      const cell = part.closest('[role="gridcell"]')!;
      const names = cell.parentElement!.firstElementChild!.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      const [from, to] = cell === cell.parentElement!.firstElementChild ? [box.left, box.right] : [names.right, box.right];
      const { left, right } = cell.getBoundingClientRect();
      return left >= from - 1 && (right <= to + 1 || Math.abs(left - from) <= 1);
    };
    shadow(el).querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
    const seen: string[] = [];
    for (let move = 0; move < 8; move++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      seen.push(text(focused(el)));
      expect(inSight(), `after ${move + 1} moves right, «${seen.at(-1)}»`).to.equal(true);
    }
    expect(scroller.scrollLeft, 'scrolled to the last columns').to.be.above(0);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(inSight(), 'Home: the row’s first cell').to.equal(true);
    expect(scroller.scrollLeft).to.equal(0);
  });

  it('shows each institution as a card in a column narrower than 14em of its text: every cell under its heading, the keys and focus as in the grid', async () => {
    // A phone's 296 px column with the reader's text twice the size: the grid's names, capped at 45%, broke
    // «ALTIERO SPINELLI» as «ALTIER O SPINE LLI», with less than a column in sight beside them.
    const { src } = await serveContract({ index: { ...indexFixture(), studentsYear: 2024 } });
    const host = await fixture<HTMLElement>(
      html`<div style="width: 296px; --se-font-size: 32px"><institution-list src=${src} scope="region:09" filter="all"></institution-list></div>`,
    );
    const el = host.querySelector('institution-list')!;
    await ready(el);
    await settled(el);
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth, 'nothing to scroll sideways').to.be.at.most(scroller.clientWidth + 1);
    // Its 26em, 832 px here, no taller than three quarters of the screen (and its border).
    expect(scroller.getBoundingClientRect().height, 'within the screen').to.be.at.most(0.75 * innerHeight + 2.5);
    const [first] = rows(el);
    const cells = [...first!.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    const box = first!.getBoundingClientRect();
    // One under the other, each as wide as the card.
    for (const [i, cell] of cells.entries()) {
      const rect = cell.getBoundingClientRect();
      if (i > 0) expect(rect.top, `cell ${i + 1} under the one before`).to.be.at.least(cells[i - 1]!.getBoundingClientRect().bottom - 1);
      expect(rect.width, `cell ${i + 1} as wide as the card`).to.be.closeTo(box.width, 2);
    }
    // Each cell after the name says its heading, which screen readers have from the header row: its text empty for them.
    const headings = [...shadow(el).querySelectorAll('[role="columnheader"]')].map(text);
    expect(headings[3]).to.equal('Studenti 2024/25');
    cells.slice(1).forEach((cell, i) => {
      expect(getComputedStyle(cell, '::before').content, `cell ${i + 2}, nothing for screen readers`).to.equal(
        `"${headings[i + 1]}: " / ""`,
      );
    });
    const head = shadow(el).querySelector<HTMLElement>('.head')!.getBoundingClientRect();
    expect(head.width * head.height, 'the header row out of sight').to.be.at.most(1);
    expect(shadow(el).querySelectorAll('[role="columnheader"]').length, 'still in the grid').to.equal(8);
    await expect(el).to.be.accessible();
    // The same tab stop and keys: right to the next cell, down to the next card, each in sight.
    shadow(el).querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal(cells[1]);
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    const next = focused(el)!;
    expect(next.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('3');
    const seen = next.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    expect(seen.top >= frame.top - 1 && seen.bottom <= frame.bottom + 1, 'the cell moved to in the box').to.equal(true);
    // 288 px at the usual size is a grid still: its names stay in sight as it scrolls.
    host.style.setProperty('--se-font-size', '16px');
    host.style.width = '288px';
    await settled(el);
    expect(scroller.scrollWidth, 'a grid again').to.be.above(scroller.clientWidth * 2);
  });

  it('prints every row of its filter in the page’s width, not its scrolled window, and no keyboard hint', async function () {
    // 301 rows laid out for paper and checked by axe: seconds, more while the other file's window has the other core.
    this.timeout(30_000);
    // Mentors named as the registry writes them, in capitals: «COMPRENSIVO» is wider than their column on paper.
    const { src } = await serveLargeRegion(300, 50, (n) => `ISTITUTO COMPRENSIVO CAPONNETTO ${n}`);
    const el = await listOf(src, { scope: 'region:09' }, '680px');
    expect(rows(el).length).to.be.below(40);
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => rows(el).length === 301, `printed ${rows(el).length} rows of 301`);
      const grid = shadow(el).querySelector('[role="grid"]')!;
      expect(grid.scrollWidth, 'every column within the page').to.be.at.most(grid.clientWidth + 1);
      expect(grid.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
      // Its heading row in a table's head, which Chromium prints again at the top of every page (a grid's, once); each
      // row's cells under their headings.
      const head = shadow(el).querySelector('.head')!;
      expect([head.localName, getComputedStyle(head).display]).to.deep.equal(['thead', 'table-header-group']);
      const columns = [...head.querySelectorAll('[role="columnheader"]')].map((cell) => cell.getBoundingClientRect());
      for (const row of rows(el).slice(0, 40))
        [...row.children].forEach((cell, i) => {
          const box = cell.getBoundingClientRect();
          expect([box.left, box.right].map(Math.round), `column ${i}`).to.deep.equal([columns[i]!.left, columns[i]!.right].map(Math.round));
        });
      // The grid's roles, through the table's presentational rows and cells.
      await expect(el).to.be.accessible();
      // A name is a button, as wide as its text: its words break inside its cell, not past it (where the cell cut them).
      const past = [...shadow(el).querySelectorAll('[role="gridcell"] .open')].filter(
        (name) => name.getBoundingClientRect().right > name.closest('[role="gridcell"]')!.getBoundingClientRect().right + 0.5,
      );
      expect(past.map(text)).to.deep.equal([]);
      expect(getComputedStyle(shadow(el).querySelector('#hint')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => rows(el).length < 40, 'a window of rows again on screen');
  });

  it('downloads what it shows as CSV for Excel (BOM, ;, decimal comma, Italian headers), with formulas neutralised and the source', async () => {
    const { src } = await serveContract({ index: { ...indexFixture(), studentsYear: 2024 } });
    const el = await listOf(src, { scope: 'region:09', filter: 'all' });
    const bytes = new Uint8Array(await (await downloadedBlob(shadow(el), 'CSV')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf], 'a byte order mark, so that Excel reads UTF-8');
    const csv = new TextDecoder().decode(bytes);
    const lines = csv.split('\n');
    expect(lines[0]).to.equal(
      'Istituzione;Codice;Comune;Ciclo;Studenti 2024/25;Studenti contati in parte;Stato;Fascia indice;E-mail;PEC;Sito web;Mentori',
    );
    expect(lines[1]).to.equal(
      'IC Firenze Centro;FIIC81200A;Firenze (FI);istituto comprensivo;1200;;attiva;;fiic81200a@istruzione.it;fiic81200a@pec.istruzione.it;https://www.icfirenzecentro.edu.it/;',
    );
    expect(lines[2]).to.equal(
      `"Liceo ""Agnoletti"" <b>";FIPS02000X;Bagno a Ripoli (FI);secondaria di secondo grado;;;non attiva;;"'=HYPERLINK(""http://x"")";;;"IC Firenze Centro (FIIC81200A, 6,2 km)"`,
    );
    expect(lines[3]).to.equal('');
    expect(csv).to.include('Fonte;').and.to.include('Dati eTwinning ed Erasmus+ sintetici');
    el.lang = 'en';
    await waitUntil(() => text(shadow(el).querySelector('[part~="caption"]')).startsWith('Institutions'), 'English');
    const english = await downloaded(shadow(el), 'CSV');
    expect(english.split('\n')[0]).to.equal(
      'Institution,Code,Comune,Grade group,Students 2024/25,Students partly counted,Status,Index band,E-mail,PEC (certified e-mail),Website,Mentors',
    );
  });

  it('says what an index band is under the list and in its download, where the list has bands', async () => {
    const { folder, src } = await serveContract();
    const region = regionFixture();
    region.schools[0] = { ...region.schools[0]!, band: 1 };
    await serve(`${folder}/regions/09.json`, region);
    const el = await listOf(src, { scope: 'region:09', filter: 'all' });
    const note = 'Fascia dell’indice: decile tra le istituzioni attive (1 = il 10% più alto).';
    expect([...shadow(el).querySelectorAll('.note')].map(text)).to.include(note);
    const csv = await downloaded(shadow(el), 'CSV');
    expect(csv.split('\n')[1]).to.contain(';attiva;1;');
    expect(csv.trimEnd().split('\n').at(-1)).to.equal(note);
    // A null: the list without bands (the fixture's own) says nothing of them.
    const { src: plain } = await serveContract();
    const bare = await listOf(plain, { scope: 'region:09', filter: 'all' });
    expect(text(shadow(bare).querySelector('[part~="base"]'))).to.not.contain('decile');
    expect(await downloaded(shadow(bare), 'CSV')).to.not.contain('decile');
  });

  it('shows a count that leaves plessi out as at least what it says, and says why under the list and in its download', async () => {
    const { folder, src } = await serveContract();
    const region = regionFixture();
    // Flagged as imputed for the index while it has a count: some of its plessi are not in the students' file.
    region.schools[0] = { ...region.schools[0]!, studentsImputed: true };
    await serve(`${folder}/regions/09.json`, region);
    const el = await listOf(src, { scope: 'region:09', filter: 'all' });
    await waitUntil(() => rows(el).length > 0, 'rows');
    const cells = (code: string) =>
      [
        ...rows(el)
          .find((row) => text(row).includes(code))!
          .querySelectorAll('[role="gridcell"]'),
      ].map(text);
    expect(cells('FIIC81200A')[3]).to.equal('≥ 1.200');
    // A missing count stays a dash, not "≥".
    expect(cells('FIPS02000X')[3]).to.equal('—');
    expect([...shadow(el).querySelectorAll('.note')].map(text)).to.include(
      'Studenti «≥»: solo i plessi nel file degli studenti; gli altri non vi sono contati.',
    );
    expect((await downloaded(shadow(el), 'CSV')).split('\n')[1]).to.contain(';1200;sì;');
    // A null: the fixture's own list, every count whole, has neither.
    const { src: plain } = await serveContract();
    const whole = await listOf(plain, { scope: 'region:09', filter: 'all' });
    await waitUntil(() => rows(whole).length > 0, 'rows');
    expect(text(shadow(whole).querySelector('[part~="base"]'))).to.not.contain('≥');
  });

  it('downloads an XLSX file, loading its writer only then', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, { scope: 'region:09', filter: 'all' });
    const bytes = new Uint8Array(await (await downloadedBlob(shadow(el), 'Excel')).arrayBuffer());
    expect([bytes[0], bytes[1]]).to.deep.equal([0x50, 0x4b], 'a zip (XLSX) file');
  });

  it('shows a clear error for a missing src and warns for an unknown filter, keeping the default', async () => {
    const capture = captureWarnings();
    try {
      const missing = await fixture<InstitutionList>(html`<institution-list></institution-list>`);
      await waitUntil(() => shadow(missing).querySelector('[part~="error"]'), 'no error');
      expect(text(shadow(missing).querySelector('[part~="error"]'))).to.include('src');
      const { src } = await serveContract();
      const el = await listOf(src, { scope: 'region:09', filter: 'sleeping' });
      expect(el.filter).to.equal('inactive');
      expect(capture.warnings.join(' ')).to.include('ignored filter="sleeping"');
      const notes = (e: InstitutionList) => [...shadow(e).querySelectorAll('.note')].map(text).join(' ');
      // Said in the element too, with the values the attribute takes, until it is given one of them.
      expect(notes(el)).to.include(
        'filter="sleeping" non è un valore ammesso (inactive, active, role-models, all): è stato ignorato, si vede filter="inactive".',
      );
      el.setAttribute('filter', 'all');
      await el.updateComplete;
      expect(notes(el)).not.to.include('ignorato');
      // Taken away as a page takes it away, bound to null, or corrected to the default (as attribute or property): the
      // default it already showed stands, and the note goes.
      for (const unset of [
        () => el.removeAttribute('sort'),
        () => ((el as unknown as { sort: null }).sort = null),
        () => el.setAttribute('sort', 'name'),
        () => (el.sort = 'name'),
      ]) {
        el.setAttribute('sort', 'colour');
        await el.updateComplete;
        expect(notes(el)).to.include('sort="colour"');
        unset();
        await el.updateComplete;
        expect(notes(el)).not.to.include('ignorato');
      }
      // A year the data does not have: the reference years are shown, and the element says so in itself.
      const other = await listOf(src, { scope: 'region:09', year: '1999' });
      expect(notes(other)).to.include(
        'year="1999" non è un anno dei dati (dal 2021/22 al 2024/25; il 2024/25 si scrive 2024): è stato ignorato.',
      );
    } finally {
      capture.restore();
    }
  });

  it('fits a 320 px column: the grid scrolls inside, the page does not widen', async () => {
    const { src } = await serveContract();
    const el = await listOf(src, { scope: 'region:09', filter: 'all' }, '320px');
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
  });
});
