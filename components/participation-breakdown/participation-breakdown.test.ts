import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { breakdownOf } from '../../src/breakdown/participation-breakdown.js';
import type { RegionShard, SchoolSummary } from '../../src/contract/contract.types.js';
import { indexFixture, regionFixture, YEARS } from '../../test/fixtures/contract.fixture.js';
import { serve } from '../../test/support/data-routes.js';
import { captureWarnings, downloaded, downloadedBlob } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { checkBarView } from '../../test/support/bar-view-checks.js';
import './define.js';
import type { ParticipationBreakdown } from './participation-breakdown.js';

const shadow = (el: ParticipationBreakdown) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: ParticipationBreakdown) =>
  waitUntil(() => shadow(el).querySelector('[part~="summary"], [part~="error"]'), 'breakdown not loaded', { timeout: 5000 });

/**
 * Toscana with 60 institutions in Firenze (class A, half active in 2024) and 40
 * in Bagno a Ripoli (class C), active at `peripheral` of that rate; the index
 * carries the nation's breakdown of the same institutions. The first `estimated`
 * count 400 students of an estimated 700 (plessi the students' file lacks).
 */
async function serveRegion(peripheral: number, estimated = 0) {
  const region: RegionShard = regionFixture();
  region.schools = [];
  const add = (i: number, comune: string, active: boolean) => {
    const code = `FIIC${String(i).padStart(5, '0')}X`;
    const row: SchoolSummary = {
      code,
      institution: code,
      name: `Istituto ${i}`,
      comune,
      grade: 'SCUOLA PRIMARIA',
      gradeGroup: 'primaria',
      kind: 'statale',
      index: null,
      roleModel: false,
      active,
      students: 400,
      ...(i < estimated && { studentsImputed: true, studentsEstimate: 700 }),
      activity: { all: active ? [2024] : [], etwinning: active ? [2024] : [], erasmus: [], funding: [] },
      contacts: { email: null, pec: null, website: null },
    };
    region.schools.push(row);
  };
  for (let i = 0; i < 60; i++) add(i, '048017', i % 2 === 0);
  for (let i = 0; i < 40; i++) add(100 + i, '048001', i < Math.round(40 * 0.5 * peripheral));
  const contract = await serveContract({
    index: { ...indexFixture(), breakdown: breakdownOf(nationOf(region), YEARS) },
  });
  await serve(`${contract.folder}/regions/09.json`, region);
  return contract;
}

function nationOf(region: RegionShard) {
  const comuni = new Map(region.comuni.map((c) => [c.code, c]));
  return region.schools.map((s) => ({
    gradeGroup: s.gradeGroup,
    students: s.students ?? null,
    studentsEstimate: s.studentsEstimate,
    context: comuni.get(s.comune!)?.context,
    activity: s.activity!,
  }));
}

async function breakdown(src: string, attributes: Record<string, string>) {
  const el = await fixture<ParticipationBreakdown>(html`<participation-breakdown src=${src}></participation-breakdown>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  await ready(el);
  return el;
}

describe('<participation-breakdown>', () => {
  it('says the largest clear gap in words, draws each class with its interval and the nation beside it, no axe violations', async () => {
    const { src } = await serveRegion(0.2);
    const el = await breakdown(src, { scope: 'region:09', year: '2024' });
    expect(text(shadow(el).querySelector('[part~="summary"]'))).to.equal(
      "In Toscana la partecipazione delle istituzioni dei comuni di classe C cintura è il 29% della media dell'area (al 95% tra il 12% e il 68%): 10% (4%–23%) contro 34%.",
    );
    const items = [...shadow(el).querySelectorAll('.chart li:not(.note)')].map(text);
    expect(items).to.deep.equal(['A polo (60) 50% (38%–62%)', 'C cintura (40) 10% (4%–23%)']);
    // The sentence's class is in the bars shown: nothing to show it by.
    expect(shadow(el).querySelector('.show-gap')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows, one press away, the characteristic of a sentence whose class the bars do not hold, the focus then on the choice', async () => {
    const { src } = await serveRegion(0.2);
    const el = await breakdown(src, { scope: 'region:09', year: '2024', dimension: 'size' });
    // The sentence speaks of class C of the inner areas while the bars are by size: its 10% was nowhere on screen.
    expect(text(shadow(el).querySelector('[part~="summary"]'))).to.include('dei comuni di classe C cintura');
    const button = shadow(el).querySelector<HTMLButtonElement>('.show-gap button')!;
    expect(text(button)).to.equal('Mostra per aree interne (ISTAT 2020)');
    await expect(el).to.be.accessible();
    const told: string[] = [];
    el.addEventListener('participation-breakdown-dimension-change', (event) => told.push(event.detail.dimension));
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Told to the page (a linked view keeps it in its address); a property set from outside is not.
    expect(told).to.deep.equal(['innerArea']);
    expect(el.dimension).to.equal('innerArea');
    expect(el.getAttribute('dimension')).to.equal('innerArea');
    expect([...shadow(el).querySelectorAll('.chart li:not(.note)')].map(text)).to.include('C cintura (40) 10% (4%–23%)');
    expect(shadow(el).querySelector('.show-gap')).to.equal(null);
    const select = shadow(el).querySelector('select')!;
    expect(shadow(el).activeElement).to.equal(select);
    expect(select.value).to.equal('innerArea');
    el.dimension = 'gradeGroup';
    el.lang = 'en';
    await waitUntil(() => text(shadow(el).querySelector('.show-gap button')) === 'Show by inner areas (ISTAT 2020)', 'English');
    expect(told).to.deep.equal(['innerArea']);
  });

  it('writes its counts grouped by thousands in the chart and the table («3.150», not «3150»)', async () => {
    const active = (n: number) => ({
      all: YEARS.map(() => n),
      etwinning: YEARS.map(() => n),
      erasmus: YEARS.map(() => 0),
      funding: YEARS.map(() => 0),
    });
    const { src } = await serveContract({
      index: {
        ...indexFixture(),
        breakdown: [
          {
            dimension: 'innerArea',
            classes: [
              { id: 'A', institutions: 3150, active: active(1234) },
              { id: 'C', institutions: 2603, active: active(640) },
            ],
          },
        ],
      },
    });
    const el = await breakdown(src, { scope: 'nation', year: '2024' });
    expect([...shadow(el).querySelectorAll('.chart li:not(.note) .label')].map(text)).to.deep.equal([
      'A polo (3.150)',
      'C cintura (2.603)',
    ]);
    [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Tabella')!.click();
    await el.updateComplete;
    const cells = [...shadow(el).querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].slice(0, 2).map(text));
    expect(cells).to.deep.equal([
      ['3.150', '1.234'],
      ['2.603', '640'],
    ]);
  });

  it('says when its year is provisional for its programme (every programme together is, where Erasmus+ is), in its caption and downloads', async () => {
    const { src } = await serveRegion(0.2);
    const el = await breakdown(src, { scope: 'region:09' });
    const caption = () => text(shadow(el).querySelector('[part~="caption"]'));
    // The fixture's Erasmus+ is provisional from 2022/23 on; the last year, shown by default, with it.
    expect(caption()).to.equal(
      'Istituzioni attive in Toscana, tutti i programmi, 2024/25 (dato provvisorio): quota per classe, con intervallo al 95%.',
    );
    expect(await downloaded(shadow(el), 'CSV')).to.include('2024/25 (dato provvisorio)');
    el.programme = 'etwinning';
    await el.updateComplete;
    expect(caption()).to.equal('Istituzioni attive in Toscana, eTwinning, 2024/25: quota per classe, con intervallo al 95%.');
    el.programme = 'erasmus';
    el.year = '2021';
    el.lang = 'en';
    await waitUntil(() => caption().startsWith('Active'));
    expect(caption()).to.equal('Active institutions in Toscana, Erasmus+, 2021/22: share per class, with 95% interval.');
    el.year = '2023';
    await el.updateComplete;
    expect(caption()).to.contain('Erasmus+, 2023/24 (provisional):');
  });

  it('keyboard: an arrow picks another characteristic, Tab and Enter show the table, the focus where the reader acted', async () => {
    const { src } = await serveRegion(0.2);
    const el = await breakdown(src, { scope: 'region:09', year: '2024' });
    const active = () => shadow(el).activeElement;
    const select = shadow(el).querySelector('select')!;
    select.focus();
    const before = el.dimension;
    const told = oneEvent(el, 'participation-breakdown-dimension-change');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.dimension !== before, 'the arrow picked nothing');
    expect([select.value, active(), (await told).detail.dimension]).to.deep.equal([el.dimension, select, el.dimension]);
    await sendKeys({ press: 'Tab' });
    expect(active()?.textContent).to.equal('Tabella');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('table'), 'no table');
    expect([active()?.textContent, active()?.getAttribute('aria-pressed')]).to.deep.equal(['Tabella', 'true']);
    await expect(el).to.be.accessible();
  });

  it('shows its table from the start with view="table"; its toggle sets view and tells the page; another view is ignored and said', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveRegion(0.2);
      const el = await breakdown(src, { scope: 'region:09', year: '2024', view: 'table' });
      await checkBarView(el, () => capture.warnings);
    } finally {
      capture.restore();
    }
  });

  it('downloads every characteristic’s classes with their intervals and references, the sentence, the source and the estimate note', async () => {
    const { src } = await serveRegion(0.2, 3);
    const el = await breakdown(src, { scope: 'region:09', year: '2024' });
    const rows = (await downloaded(shadow(el), 'CSV')).split('\n');
    expect(rows[0]).to.equal(
      'Caratteristica;Classe;Istituzioni;Attive;Quota di istituzioni attive (%);Intervallo al 95%: da (%);Intervallo al 95%: a (%);Italia (%)',
    );
    // The class on screen and the others: grade groups, sizes, capoluogo too.
    expect(rows).to.include('Aree interne (ISTAT 2020);A polo;60;30;50;37,7;62,3;50');
    expect(rows).to.include('Aree interne (ISTAT 2020);C cintura;40;4;10;4;23,1;10');
    expect(rows.some((row) => row.startsWith('Ciclo di istruzione;'))).to.equal(true);
    expect(rows.some((row) => row.startsWith('Dimensione (studenti);'))).to.equal(true);
    const after = rows.slice(rows.indexOf('') + 1).join('\n');
    expect(after).to.include('Sintesi;In Toscana la partecipazione delle istituzioni dei comuni di classe C cintura');
    expect(after).to.include('Dati del;');
    expect(after).to.match(/\n"?Dimensione stimata per 3 istituzioni/);
    el.lang = 'en';
    await waitUntil(() => text(shadow(el).querySelector('[part~="caption"]')).startsWith('Active institutions'), 'not in English');
    expect((await downloaded(shadow(el), 'CSV')).split('\n')[0]).to.equal(
      'Characteristic,Class,Institutions,Active,Share of institutions active (%),95% interval: from (%),95% interval: to (%),Italy (%)',
    );
    expect((await downloadedBlob(shadow(el), 'XLSX')).type).to.include('spreadsheetml');
  });

  it('draws every bar on one scale: each row’s track starts and ends at the same place, whatever its texts', async () => {
    // Rows sized by their own value text once gave "0% (0%–49%)" a track 17 px longer than "23% (22%–25%)".
    const { src } = await serveRegion(0.2);
    const el = await breakdown(src, { scope: 'region:09', year: '2024' });
    el.style.inlineSize = '700px';
    await el.updateComplete;
    const tracks = [...shadow(el).querySelectorAll('.chart .track')].map((t) => t.getBoundingClientRect());
    expect(tracks).to.have.length(2);
    for (const edge of ['left', 'right'] as const) expect(Math.abs(tracks[0]![edge] - tracks[1]![edge]), edge).to.be.below(0.5);
    // And the bar is the share of its track: 50% and 10%.
    const bars = [...shadow(el).querySelectorAll('.chart .bar')].map((b) => b.getBoundingClientRect().width);
    expect(bars[0]! / tracks[0]!.width).to.be.closeTo(0.5, 0.01);
    expect(bars[1]! / tracks[1]!.width).to.be.closeTo(0.1, 0.01);
  });

  it('finds nothing where nothing is: the same rate in both classes gives no gap', async () => {
    const { src } = await serveRegion(1);
    const el = await breakdown(src, { scope: 'region:09', year: '2024' });
    expect(text(shadow(el).querySelector('[part~="summary"]'))).to.match(/^Nessuna classe/);
  });

  it('shows a table with the references, by another characteristic, for a programme, in English too', async () => {
    const { src } = await serveRegion(0.2);
    const el = await breakdown(src, { scope: 'province:048', year: '2024', dimension: 'size', programme: 'erasmus' });
    [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Tabella')!.click();
    await el.updateComplete;
    const table = shadow(el).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Classe',
      'Istituzioni',
      'Attive',
      'Quota (95%)',
      'Toscana',
      'Italia',
    ]);
    expect([...table.querySelectorAll('tbody tr:first-child > *')].map(text)).to.deep.equal([
      'da 300 a 599 studenti',
      '100',
      '0',
      '0% (0%–4%)',
      '0%',
      '0%',
    ]);
    el.lang = 'en';
    await waitUntil(() => text(shadow(el).querySelector('[part~="summary"]')).startsWith('No class'), 'English');
    // The nation named in the page's new language, not in the one the data was read in.
    expect([...shadow(el).querySelectorAll('thead th')].map(text).slice(-2)).to.deep.equal(['Toscana', 'Italy']);
    await expect(el).to.be.accessible();
  });

  it('classes by its estimate an institution whose count leaves plessi out, and says how many it did under the size classes only', async () => {
    const { src } = await serveRegion(1, 5);
    const el = await breakdown(src, { scope: 'region:09', dimension: 'size' });
    const rows = () => [...shadow(el).querySelectorAll('.chart li:not(.note) .label')].map(text);
    expect(rows()).to.deep.equal(['da 300 a 599 studenti (95)', 'da 600 a 999 studenti (5)']);
    const note = () =>
      [...shadow(el).querySelectorAll('[part~="base"] > p.note')].map(text).find((t) => t.startsWith('Dimensione stimata'));
    expect(note()).to.equal(
      "Dimensione stimata per 5 istituzioni con plessi assenti dal file degli studenti: ciascuno di questi plessi vale la mediana dei plessi contati dello stesso tipo, come nell'indice.",
    );
    // The nation (the index's breakdown) classes them alike: the reference mark sits on the 600-999 row too.
    expect(shadow(el).querySelectorAll('.chart li:not(.note)')[1]!.querySelector('.ref')).to.exist;
    el.dimension = 'innerArea';
    await el.updateComplete;
    expect(note()).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a clear error for a bad scope and warns for an unknown dimension', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveRegion(0.2);
      const bad = await breakdown(src, { scope: 'comune:048017' });
      expect(text(shadow(bad).querySelector('[part~="error"]'))).to.include('scope');
      const el = await breakdown(src, { scope: 'region:09', dimension: 'religion' });
      expect(el.dimension).to.equal('innerArea');
      expect(capture.warnings.join(' ')).to.include('ignored dimension="religion"');
      const notes = (e: Element) => [...shadow(e as typeof el).querySelectorAll('.note')].map(text).join(' ');
      // Said in the element too, in the page's language, until a dimension is chosen.
      el.lang = 'en';
      await waitUntil(() => notes(el).includes('is not an allowed value'), 'English note');
      expect(notes(el)).to.include(
        'dimension="religion" is not an allowed value (gradeGroup, size, innerArea, capoluogo): it was ignored, dimension="innerArea" is shown.',
      );
      const select = shadow(el).querySelector<HTMLSelectElement>('.toolbar select')!;
      select.value = 'size';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.dimension).to.equal('size');
      expect(notes(el)).not.to.include('religion');
      // Corrected to the default the element already shows, as an attribute (reflected: it read the default already) or
      // a property: the note goes, as a fresh element's would not have it.
      for (const correct of [() => el.setAttribute('dimension', 'innerArea'), () => (el.dimension = 'innerArea')]) {
        el.setAttribute('dimension', 'religion');
        await el.updateComplete;
        expect(notes(el)).to.include('dimension="religion"');
        correct();
        await el.updateComplete;
        expect(notes(el)).not.to.include('religion');
      }
      // A year the data does not have: the last year is shown, and the element says so in itself, not only in the console.
      const other = await breakdown(src, { scope: 'region:09', year: '2024/25' });
      expect(notes(other)).to.include(
        'year="2024/25" non è un anno dei dati (dal 2021/22 al 2024/25; il 2024/25 si scrive 2024): è stato ignorato.',
      );
      expect(capture.warnings.join(' ')).to.include('ignored year="2024/25"');
    } finally {
      capture.restore();
    }
  });
});
