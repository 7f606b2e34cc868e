import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import { indexFixture, schoolFixture } from '../../test/fixtures/contract.fixture.js';
import { dashboardIndex } from '../../test/fixtures/dashboard.fixture.js';
import { freshFolder, hits, serve } from '../../test/support/data-routes.js';
import { captureWarnings, downloaded } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { expectSvgSnapshot } from '../../test/support/svg-snapshot.js';
import { executeServerCommand } from '@web/test-runner-commands';
import './define.js';
import type { TrendTimeline } from './trend-timeline.js';

const shadow = (el: TrendTimeline) => el.shadowRoot!;
const text = (el: TrendTimeline, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ready = (el: TrendTimeline) =>
  waitUntil(() => shadow(el).querySelector('[part~="chart"], [part~="table"], .multiples'), 'chart not drawn', { timeout: 5000 });
const failed = (el: TrendTimeline) => waitUntil(() => shadow(el).querySelector('[part~="error"]'), 'no error shown', { timeout: 5000 });
const chartBox = (el: TrendTimeline) => shadow(el).querySelector<HTMLElement>('[role="application"]')!;
const live = (el: TrendTimeline) => text(el, '[aria-live]');
/** Every note of the chart (its title is one), as one text. */
const notesOf = (el: TrendTimeline) =>
  [...shadow(el).querySelectorAll('.note')].map((note) => note.textContent!.replace(/\s+/g, ' ').trim()).join('\n');
const legend = (el: TrendTimeline) => [...shadow(el).querySelectorAll('[part~="legend"] li')].map((li) => li.textContent!.trim()).join(' ');
const key = (el: TrendTimeline, name: string) => chartBox(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
const round = (path: string | null) => (path ?? '').replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n))));

/** A timeline with every attribute set before it connects, in a box of fixed width, ready once drawn. */
async function timelineOf(src: string, attributes: Record<string, string> = {}, width = 640) {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  const el = document.createElement('trend-timeline');
  for (const [name, value] of Object.entries({ src, lang: 'it', ...attributes })) el.setAttribute(name, value);
  box.append(el);
  await ready(el);
  await elementUpdated(el);
  return el;
}

/** The fixture with an event in 2023 whose label runs long on a phone. */
function withPandemicEvent(): NationalIndex {
  const index = indexFixture();
  index.annotations = [
    ...(index.annotations ?? []),
    { kind: 'event', from: 2023, to: 2023, label: { it: 'Pandemia: mobilità sospese', en: 'Pandemic: mobility suspended' } },
  ];
  return index;
}

/** The fixture with a second count metric, so that the programme mix has two layers. */
function indexWithKa1(): NationalIndex {
  const index = indexFixture();
  index.metrics.push({ ...index.metrics[0]!, id: 'erasmus.ka1', label: { it: 'Progetti KA1', en: 'KA1 projects' }, programme: 'erasmus' });
  index.nation.values['erasmus.ka1'] = [1, 2, 2, 3];
  index.regions[0]!.values['erasmus.ka1'] = [1, 2, 2, 3];
  return index;
}

describe('<trend-timeline>', () => {
  it('draws the nation compared with a region, with legend, summary in words and no axe violations', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { metrics: 'etwinning.projects', compare: 'region:09 region:12' });
    expect(legend(el)).to.equal('Italia Toscana Lazio');
    // Areas compared, no normalisation written: per institution (the fixture's 2 institutions), and said.
    expect(notesOf(el)).to.contain('Le aree si confrontano per istituzione');
    expect(text(el, '[part~="summary"]')).to.equal(
      'Italia: senza una crescita né un calo costanti, da 1,50 nel 2021/22 a 3 nel 2024/25 (+100%); massimo 3 nel 2024/25. Manca un anno. ' +
        'Toscana: senza una crescita né un calo costanti, da 1,50 nel 2021/22 a 3 nel 2024/25 (+100%); massimo 3 nel 2024/25. Manca un anno. ' +
        // The fixture's only region is its nation: Toscana's line lies on Italy's, and the words say so.
        'Gli stessi valori di Italia in ogni anno: le due linee coincidono. ' +
        'Lazio: nessun dato.',
    );
    expect(shadow(el).textContent).to.contain('Dati sintetici');
    await expect(el).to.be.accessible();
  });

  it('compares areas per institution by default, without a warning, and in totals when the page writes absolute', async () => {
    // A comune's line lay flat at the foot of its region's and Italy's totals, whatever it did.
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      const el = await timelineOf(src, { metrics: 'etwinning.projects', compare: 'region:09' });
      expect(text(el, '[part~="title"]')).to.match(/^Progetti eTwinning per istituzione/);
      expect(capture.warnings).to.deep.equal([]);
      el.setAttribute('normalisation', 'absolute');
      await elementUpdated(el);
      expect(text(el, '[part~="title"]')).to.equal('Progetti eTwinning');
      expect(notesOf(el)).not.to.contain('per istituzione');
      chartBox(el).focus();
      key(el, 'Home');
      await elementUpdated(el);
      expect(live(el)).to.equal('2021/22. Italia: 3. Toscana: 3');
      // Removed, the attribute reads as its default again.
      el.removeAttribute('normalisation');
      await elementUpdated(el);
      expect(text(el, '[part~="title"]')).to.match(/^Progetti eTwinning per istituzione/);
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });

  it('snapshot: a gap stays a gap, markers show every year with data, direct labels name the lines', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { metrics: 'etwinning.projects' });
    const svg = shadow(el).querySelector('svg[part~="chart"]')!;
    await expectSvgSnapshot(svg.outerHTML, 'trend-timeline-lines', import.meta.url);
    const final = svg.querySelector('.series .line:not(.provisional)')!.getAttribute('d');
    // 2021 and 2022 joined, 2023 missing, 2024 alone (a point, drawn by its marker).
    expect(round(final)).to.equal('M21,142L207,99M579,12Z');
    // One path of markers per series: the series' shape at each of the 3 years with data, in the series' colour.
    const markers = svg.querySelector('.series .marker')!;
    expect(
      markers
        .getAttribute('d')!
        .match(/M[\d.,-]+/g)!
        .map((m) =>
          m
            .slice(1)
            .split(',')
            .map((n) => Math.round(Number(n)))
            .join(','),
        ),
    ).to.deep.equal(['21,142', '207,99', '579,12']);
    expect(getComputedStyle(markers).fill).to.equal('rgb(0, 114, 178)');
    expect(svg.querySelectorAll('marker')).to.have.length(0);
    expect(svg.querySelector('.direct-label')!.textContent).to.equal('Italia');
    expect([...svg.querySelectorAll('.tick')].map((t) => t.textContent)).to.deep.equal([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
    ]);
    expect(text(el, '.annotation')).to.equal('Erasmus+ 2021-2027');
  });

  it('keeps its year labels apart with the reader’s text spacing (WCAG 1.4.12)', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { metrics: 'etwinning.projects' }, 250);
    // The WCAG 1.4.12 spacing, set by the reader on the page, inherited into the element.
    el.style.cssText = 'letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5';
    el.requestUpdate();
    await elementUpdated(el);
    await elementUpdated(el);
    const boxes = [...shadow(el).querySelectorAll<SVGTextElement>('text.year')].map((label) => label.getBoundingClientRect());
    expect(boxes.length).to.be.at.least(2);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `labels ${i - 1} and ${i}`).to.be.at.least(boxes[i - 1]!.right);
  });

  it('is drawn at the paper’s width when printed, before the page is (not shrunk from the screen’s), and at the screen’s again after', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { metrics: 'etwinning.projects' }, 900);
    // The page's column is narrower on paper, as a dashboard's wide panel is on A4.
    const style = document.createElement('style');
    style.textContent = '@media print { trend-timeline { inline-size: 480px } }';
    document.head.append(style);
    const chartWidth = () => shadow(el).querySelector('svg[part~="chart"]')!.getAttribute('width');
    expect(chartWidth()).to.equal('900');
    // Chromium prints as soon as the page is laid out for paper: what is drawn by then, after the listeners of the
    // change to print and their renders, is what the paper shows (a frame later is too late).
    const drawn: string[] = [];
    const print = matchMedia('print');
    const record = () => void el.updateComplete.then(() => drawn.push(chartWidth()!));
    print.addEventListener('change', record);
    try {
      expect(await executeServerCommand('print')).to.be.above(0);
      await waitUntil(() => drawn.length === 2, 'no change to print and back', { timeout: 5000 });
      expect(drawn).to.deep.equal(['480', '900']);
    } finally {
      print.removeEventListener('change', record);
      style.remove();
    }
  });

  it('keeps its year labels apart at every width, the last read inwards from its year', async () => {
    // On a phone the last of 12 years' labels, read leftwards from its year to stay inside, ran into the one
    // before ("2022/2025/26"): the labels were thinned by the years' spacing alone.
    const index = indexFixture();
    const earlier = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020];
    index.years = [...earlier, ...index.years];
    for (const area of [index.nation, ...index.regions])
      for (const metric of Object.keys(area.values)) area.values[metric] = [...earlier.map(() => 2), ...area.values[metric]!];
    const { src } = await serveContract({ index });
    for (const width of [260, 300, 340, 375, 420, 640]) {
      const el = await timelineOf(src, { metrics: 'etwinning.projects' }, width);
      const labels = [...shadow(el).querySelectorAll<SVGTextElement>('text.year')];
      expect(labels.at(-1)!.textContent).to.equal('2024/25');
      const boxes = labels.map((label) => label.getBoundingClientRect());
      const chart = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]!.left, `${width} px: labels ${i - 1} and ${i}`).to.be.at.least(boxes[i - 1]!.right);
      expect(boxes.at(-1)!.right, `${width} px: inside the chart`).to.be.at.most(chart.right + 0.5);
    }
  });

  it('keeps an event’s label inside the chart, beside its line where there is room', async () => {
    // On a phone "Pandemia: mobilità sospese" read leftwards from its line, past the chart's left edge.
    const { src } = await serveContract({ index: withPandemicEvent() });
    for (const width of [260, 320, 640]) {
      const el = await timelineOf(src, { metrics: 'etwinning.projects' }, width);
      const chart = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
      const label = shadow(el).querySelector('.annotation.event text')!;
      expect(label.textContent).to.equal('Pandemia: mobilità sospese');
      const box = label.getBoundingClientRect();
      expect(box.left, `${width} px`).to.be.at.least(chart.left - 0.5);
      expect(box.right, `${width} px`).to.be.at.most(chart.right + 0.5);
      if (width === 640) {
        // Room on its side: the label starts at its line, reading leftwards from 2023 in the right half.
        const line = shadow(el).querySelector('.annotation.event path')!.getBoundingClientRect();
        expect(Math.abs(box.right - (line.left - 3))).to.be.below(2);
      }
    }
  });

  it('keeps an event’s label inside the chart with the reader’s text spacing (WCAG 1.4.12), in both languages', async () => {
    // With the spacing on a phone, "Pandemic: mobility suspended" ran ~10 px past the chart's right edge, cut off:
    // its width was guessed at 8 px a character.
    const { src } = await serveContract({ index: withPandemicEvent() });
    for (const [lang, width] of [
      ['it', 260],
      ['en', 260],
      ['en', 320],
    ] as const) {
      const el = await timelineOf(src, { metrics: 'etwinning.projects', lang }, width);
      el.style.cssText += '; letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5';
      el.requestUpdate();
      await elementUpdated(el);
      await elementUpdated(el);
      await elementUpdated(el);
      const chart = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
      const box = shadow(el).querySelector('.annotation.event text')!.getBoundingClientRect();
      expect(box.left, `${lang}, ${width} px`).to.be.at.least(chart.left - 0.5);
      expect(box.right, `${lang}, ${width} px`).to.be.at.most(chart.right + 0.5);
    }
  });

  for (const width of [640, 296])
    it(`grows its rows and gaps with the reader’s enlarged text (WCAG 1.4.4): year labels, value labels, annotations and the lines’ names kept apart, ${width} px wide`, async () => {
      // At 28 px text the rows stayed 18 px apart: the year labels ran into "Erasmus+ 2021-2027", "Toscana" into "Italia";
      // in a phone's 296 px the value axis's seven labels, 20 px apart, ran into one another.
      const { src } = await serveContract();
      const el = await timelineOf(
        src,
        { metrics: 'etwinning.projects', scope: 'region:09', compare: 'nation', normalisation: width === 640 ? 'absolute' : 'perSchool' },
        width,
      );
      const height = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect().height;
      el.style.setProperty('--se-font-size', '32px');
      el.requestUpdate();
      for (let i = 0; i < 3; i++) await elementUpdated(el);
      const drawn = (selector: string) => [...shadow(el).querySelectorAll(selector)];
      expect(getComputedStyle(drawn('text.year')[0]!).fontSize).to.equal('28px');
      expect(drawn('text.tick:not(.year)').length, 'value labels').to.be.at.least(2);
      const texts = [...drawn('text.year'), ...drawn('text.tick:not(.year)'), ...drawn('.annotation text'), ...drawn('text.direct-label')];
      if (width === 640) expect(drawn('text.direct-label').map((label) => label.textContent)).to.deep.equal(['Toscana', 'Italia']);
      const boxes = texts.map((node) => node.getBoundingClientRect());
      const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(apart(boxes[i]!, boxes[j]!), `«${texts[i]!.textContent}» and «${texts[j]!.textContent}»`).to.equal(true);
      const chart = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
      for (const [k, box] of boxes.entries()) expect(box.bottom, `«${texts[k]!.textContent}» inside`).to.be.at.most(chart.bottom + 0.5);
      // The chart grows by its text's rows, not its plot shorter.
      expect(chart.height).to.be.above(height);
    });

  it('breaks a label longer than the chart is wide into lines inside it, each annotation in rows of its own', async () => {
    // A label is the data's to write: one of 73 characters ran 250 px past a phone's chart, cut off.
    const long = 'Pandemia di COVID-19: mobilità fisiche sospese, progetti soltanto online';
    const index = indexFixture();
    index.annotations = [
      { kind: 'event', from: 2022, to: 2022, label: { it: long, en: long } },
      { kind: 'period', from: 2021, to: 2024, label: { it: long, en: long } },
      { kind: 'event', from: 2023, to: 2023, label: { it: 'Nuovo bando', en: 'New call' } },
    ];
    const { src } = await serveContract({ index });
    const el = await timelineOf(src, { metrics: 'etwinning.projects' }, 320);
    const chart = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
    const labels = [...shadow(el).querySelectorAll<SVGTextElement>('.annotation text')];
    expect(labels.map((label) => label.textContent)).to.deep.equal([long, long, 'Nuovo bando']);
    const boxes = labels.map((label) => label.getBoundingClientRect());
    for (const [k, box] of boxes.entries()) {
      expect(box.left, `label ${k}`).to.be.at.least(chart.left - 0.5);
      expect(box.right, `label ${k}`).to.be.at.most(chart.right + 0.5);
      expect(box.bottom, `label ${k}`).to.be.at.most(chart.bottom + 0.5);
    }
    expect(labels[0]!.querySelectorAll('tspan').length).to.be.at.least(2);
    // The chart grows by the extra lines (220 px at 320 px wide for one line each): the plot keeps its height.
    const lines = labels.reduce((sum, label) => sum + Math.max(1, label.querySelectorAll('tspan').length), 0);
    expect(chart.height).to.be.closeTo(220 + (lines - labels.length) * 18, 0.5);
    // Each below the one before, and all below the year labels.
    for (let k = 1; k < boxes.length; k++) expect(boxes[k]!.top, `label ${k}`).to.be.at.least(boxes[k - 1]!.bottom - 0.5);
    const years = [...shadow(el).querySelectorAll('text.year')].map((year) => year.getBoundingClientRect().bottom);
    expect(boxes[0]!.top).to.be.at.least(Math.max(...years) - 0.5);
  });

  it('breaks an event’s line where a year label or another annotation’s label lies across it, on a phone and on a laptop', async () => {
    // On a phone the pandemic's dotted line struck "2020/21" and "Erasmus+ 2021-2027" through.
    const index = indexFixture();
    index.annotations = [
      { kind: 'period', from: 2014, to: 2021, label: { it: 'Erasmus+ 2014-2020', en: 'Erasmus+ 2014-2020' } },
      ...(index.annotations ?? []),
      { kind: 'event', from: 2022, to: 2022, label: { it: 'Pandemia: mobilità sospese', en: 'Pandemic: mobility suspended' } },
    ];
    const { src } = await serveContract({ index });
    for (const width of [320, 375, 1000]) {
      const el = await timelineOf(src, { metrics: 'etwinning.projects' }, width);
      const svg = shadow(el).querySelector<SVGSVGElement>('svg[part~="chart"]')!;
      const rule = svg.querySelector<SVGGeometryElement>('.annotation.event path, .annotation.event line')!;
      // The drawn stretches of the line, in the chart's own units (those of the texts' boxes).
      const stretches =
        rule instanceof SVGLineElement
          ? [[rule.x1.baseVal.value, rule.y1.baseVal.value, rule.y2.baseVal.value]]
          : [...rule.getAttribute('d')!.matchAll(/M([\d.]+),([\d.]+)V([\d.]+)/g)].map((m) => m.slice(1).map(Number));
      expect(stretches.length, `${width} px`).to.be.above(0);
      const texts = [...svg.querySelectorAll<SVGTextElement>('text.year, .annotation text')];
      expect(texts.map((t) => t.textContent)).to.include.members(['2022/23', 'Erasmus+ 2021-2027', 'Pandemia: mobilità sospese']);
      for (const t of texts) {
        const box = t.getBBox();
        for (const [x, y0, y1] of stretches) {
          const across = x! > box.x + 1 && x! < box.x + box.width - 1;
          const overlap = Math.min(y1!, box.y + box.height - 1) - Math.max(y0!, box.y + 1);
          expect(across && overlap > 0, `${width} px: the line at ${x} crosses "${t.textContent}"`).to.equal(false);
        }
      }
      // Broken only there: from the plot's top to its own label, every point is on the line or in a text across it.
      const x = stretches[0]![0]!;
      const across = texts.map((t) => t.getBBox()).filter((b) => b.x < x && x < b.x + b.width);
      const top = svg.querySelector<SVGPathElement>('.grid path')!.getBBox().y;
      const end = svg.querySelector<SVGTextElement>('.annotation.event text')!.getBBox().y - 4;
      for (let y = top + 1; y < end; y += 1) {
        const drawn = stretches.some(([, y0, y1]) => y0! <= y && y <= y1!);
        const text = across.some((b) => b.y - 4 <= y && y <= b.y + b.height + 4);
        expect(drawn || text, `${width} px: nothing drawn at y ${y}`).to.equal(true);
      }
    }
  });

  it('names its lines at their ends only while their shortened names tell them apart', async () => {
    // Two metrics in two places read "Progetti eTwinning ·…" twice at the lines' ends, naming neither.
    const { src } = await serveContract({ index: indexWithKa1() });
    const mixed = await timelineOf(src, { metrics: 'etwinning.projects erasmus.ka1', compare: 'region:09' });
    expect(legend(mixed)).to.contain('Progetti eTwinning · Italia').and.to.contain('Progetti eTwinning · Toscana');
    expect(shadow(mixed).querySelector('.direct-label')).to.equal(null);
    const places = await timelineOf(src, { metrics: 'etwinning.projects', compare: 'region:09' });
    expect([...shadow(places).querySelectorAll('.direct-label')].map((l) => l.textContent)).to.have.members(['Italia', 'Toscana']);
  });

  it('keeps the names at its lines’ ends inside the chart: wider when they need it, in the legend alone past a third of it', async () => {
    // "I.C. BORGO SAN GIACO…" in capitals ran 15 px past the chart's edge, cut off by any host that clips its boxes.
    const index = indexFixture();
    index.regions[0]!.name = 'I.C. BORGO SAN GIACOMO DI MEZZO';
    index.regions[0]!.values['etwinning.projects'] = [2, 3, null, 5];
    const { src } = await serveContract({ index });
    const inside = (el: TrendTimeline) => {
      const chart = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
      return [...shadow(el).querySelectorAll('.direct-label')].map((label) => label.getBoundingClientRect().right <= chart.right);
    };
    const wide = await timelineOf(src, { compare: 'region:09' }, 1000);
    await elementUpdated(wide);
    expect(inside(wide)).to.deep.equal([true, true]);
    // The host's larger type: the names are measured as drawn.
    const large = await timelineOf(src, { compare: 'region:09', style: 'font-size: 22px' }, 1000);
    await elementUpdated(large);
    expect(inside(large)).to.deep.equal([true, true]);
    // Too long for the room a 600 px chart gives its names: the legend names the lines.
    const narrow = await timelineOf(src, { compare: 'region:09' }, 600);
    await elementUpdated(narrow);
    expect(inside(narrow)).to.deep.equal([]);
    expect(legend(narrow)).to.equal('Italia I.C. BORGO SAN GIACOMO DI MEZZO');
  });

  it('draws a line that a later one hides (the same values every year) wider beneath it, so that both show', async () => {
    // A school that is its comune's only institution: the comune's line lay on the school's, which was nowhere to be seen.
    const { src } = await serveContract();
    const el = await timelineOf(src, { compare: 'region:09' });
    const groups = [...shadow(el).querySelectorAll('svg[part~="chart"] .series')];
    expect(groups.map((g) => g.getAttribute('class'))).to.deep.equal(['series c0 under', 'series c1']);
    const width = (g: Element, part: string) => parseFloat(getComputedStyle(g.querySelector(part)!).strokeWidth);
    expect(width(groups[0]!, '.line')).to.be.greaterThan(width(groups[1]!, '.line') + 3);
    expect(width(groups[0]!, '.marker')).to.be.greaterThan(width(groups[1]!, '.marker') + 3);
    expect(getComputedStyle(groups[0]!.querySelector('.marker')!).stroke).to.equal('rgb(0, 114, 178)');
    // Apart, neither is drawn beneath.
    const index = indexFixture();
    index.regions[0]!.values['etwinning.projects'] = [2, 3, null, 5];
    const apart = await timelineOf((await serveContract({ index })).src, { compare: 'region:09' });
    expect(shadow(apart).querySelector('.under')).to.equal(null);
  });

  it('names the school year of the students its rates per 1,000 students divide by, in English too', async () => {
    const index = indexFixture();
    index.studentsYear = 2024;
    const { src } = await serveContract({ index });
    const el = await timelineOf(src, { normalisation: 'per1000Students' });
    expect(text(el, '[part~="title"]')).to.equal('Progetti eTwinning ogni 1.000 studenti (iscritti nel 2024/25)');
    const en = await timelineOf(src, { normalisation: 'per1000Students', lang: 'en' });
    expect(text(en, '[part~="title"]')).to.equal('eTwinning projects per 1,000 students (enrolled in 2024/25)');
    // An index that does not say the year: nothing is made up.
    const older = await timelineOf((await serveContract()).src, { normalisation: 'per1000Students' });
    expect(text(older, '[part~="title"]')).to.equal('Progetti eTwinning ogni 1.000 studenti');
  });

  it('names more than ten lines by legend and markers only, drawing the series of one colour as one group', async () => {
    const index = indexFixture();
    // Toscana apart from Italy (the fixture's one region is its nation), whose line would otherwise be drawn beneath it, apart.
    index.regions[0]!.values['etwinning.projects'] = [2, 3, null, 5];
    const codes = ['01', '02', '03', '04', '05', '06', '07', '08', '10', '11'];
    for (const [k, code] of codes.entries())
      index.regions.push({
        ...index.regions[0]!,
        code,
        name: `Regione ${code}`,
        values: { 'etwinning.projects': [k, k + 1, null, k + 2] },
      });
    const { src } = await serveContract({ index });
    const el = await timelineOf(
      src,
      { metrics: 'etwinning.projects', compare: ['09', '12', ...codes].map((c) => `region:${c}`).join(' ') },
      720,
    );
    expect(shadow(el).querySelectorAll('[part~="legend"] li')).to.have.length(13);
    const svg = shadow(el).querySelector('svg[part~="chart"]')!;
    expect(svg.querySelectorAll('.direct-label')).to.have.length(0);
    // 13 series in 6 colours: one group of final line, provisional line and markers per colour.
    expect(svg.querySelectorAll('.series')).to.have.length(6);
    expect(svg.querySelectorAll('.series > *')).to.have.length(18);
    // The first group holds the 1st and the 7th series: two marker shapes (circle, then square) in one path.
    const markers = svg.querySelector('.series.c0 .marker')!.getAttribute('d')!;
    expect(markers)
      .to.match(/a4\.5,4\.5/)
      .and.to.match(/h7\.6v7\.6/);
    await expect(el).to.be.accessible();
  });

  it('sets all its text at one size and weight (each other one is another font to look up before the first paint)', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { metrics: 'etwinning.projects', compare: 'region:09' });
    const fonts = new Set(
      [...shadow(el).querySelectorAll('*')]
        .filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()))
        .map((node) => `${getComputedStyle(node).fontSize} ${getComputedStyle(node).fontWeight}`),
    );
    expect([...fonts]).to.deep.equal(['14px 400']);
  });

  it('draws provisional years dashed and hatched, with a note and marks in the tooltip', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { metrics: 'erasmus.grant' });
    const svg = shadow(el).querySelector('svg[part~="chart"]')!;
    await expectSvgSnapshot(svg.outerHTML, 'trend-timeline-provisional', import.meta.url);
    // 2021/22 is final (zero euros, at the bottom); the dashed part starts there and goes on through 2024/25.
    expect(round(svg.querySelector('.series .line:not(.provisional)')!.getAttribute('d'))).to.equal('M80,272Z');
    expect(round(svg.querySelector('.series .line.provisional')!.getAttribute('d'))).to.equal('M80,272L246,55L413,12L579,168');
    expect(svg.querySelectorAll('.provisional-band')).to.have.length(3);
    expect(getComputedStyle(svg.querySelector('.line.provisional')!).strokeDasharray).to.equal('5px, 4px');
    expect(shadow(el).textContent).to.contain('I dati degli anni tratteggiati sono provvisori.');
    // The summary says which values are provisional, and judges the direction on the final years alone (here one: no trend).
    expect(text(el, '[part~="summary"]')).to.equal(
      'Italia: senza una crescita né un calo costanti, da 0 € nel 2021/22 a 12.000 € nel 2024/25; massimo 30.000 € nel 2023/24. ' +
        'I dati del 2022/23, 2023/24 e 2024/25 sono provvisori: la tendenza e la variazione sono valutate sugli anni fino al 2021/22, con dati definitivi.',
    );
    chartBox(el).focus();
    key(el, 'End');
    await elementUpdated(el);
    expect(live(el)).to.equal('2024/25. Italia: 12.000 € (provvisorio)');
    expect(text(el, '[part~="tooltip"]')).to.contain('12.000 € (provvisorio)');
  });

  it('moves the focus line with the keyboard and fires a year event on Enter', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { compare: 'region:09' });
    chartBox(el).focus();
    key(el, 'Home');
    await elementUpdated(el);
    expect(live(el)).to.equal('2021/22. Italia: 1,50. Toscana: 1,50');
    key(el, 'ArrowRight');
    key(el, 'ArrowRight');
    await elementUpdated(el);
    expect(live(el)).to.equal('2023/24. Italia: n.d.. Toscana: n.d.');
    expect(shadow(el).querySelector('.rule.focus')).to.exist;
    setTimeout(() => key(el, 'Enter'));
    const event = await oneEvent(el, 'trend-timeline-year-change');
    expect(event.detail).to.deep.equal({ year: 2023 });
    expect(event.bubbles && event.composed).to.equal(true);
    await elementUpdated(el);
    expect(shadow(el).querySelector('.rule.selected')).to.exist;
    key(el, 'Escape');
    await elementUpdated(el);
    expect(shadow(el).querySelector('.rule.focus')).to.equal(null);
  });

  it('follows a year set from outside without firing an event', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src);
    let fired = 0;
    el.addEventListener('trend-timeline-year-change', () => fired++);
    el.year = 2022;
    await elementUpdated(el);
    const rule = shadow(el).querySelector('.rule.selected')!;
    expect(Math.round(Number(rule.getAttribute('x1')))).to.equal(207);
    expect(fired).to.equal(0);
  });

  it('labels its value axis with the decimals its step needs: no two ticks read the same', async () => {
    // The dashboard's share of active institutions (0.18 to 0.27 a year) once read "0,3, 0,3, 0,2, 0,2, 0,1, 0,1, 0".
    const index = indexFixture();
    index.metrics[0] = { ...index.metrics[0]!, unit: 'score' };
    index.nation.values[index.metrics[0].id] = [0.18, 0.21, 0.27, 0.24];
    const { src } = await serveContract({ index });
    const el = await timelineOf(src, { metrics: index.metrics[0].id }, 480);
    const ticks = [...shadow(el).querySelectorAll('.grid .tick')].map((t) => t.textContent!.trim());
    expect(ticks).to.deep.equal(['0', '0,05', '0,1', '0,15', '0,2', '0,25', '0,3']);
    // The margin fits the longest label: none is cut at the chart's left edge.
    const svg = shadow(el).querySelector('svg[part~="chart"]')!;
    for (const tick of shadow(el).querySelectorAll<SVGTextElement>('.grid .tick'))
      expect(tick.getBoundingClientRect().left).to.be.at.least(svg.getBoundingClientRect().left);
  });

  it('shares its value axis with a chart beside it through value-max, and says one it cannot read', async () => {
    const { src } = await serveContract();
    const ticks = (el: TrendTimeline) => [...shadow(el).querySelectorAll('.grid .tick')].map((t) => t.textContent!.trim());
    // Toscana's projects (6 at most) and Italy's beside them, each chart on its own scale unless told.
    const own = await timelineOf(src, { metrics: 'etwinning.projects', scope: 'region:09' }, 480);
    expect(ticks(own).at(-1)).not.to.equal('20');
    const shared = await timelineOf(src, { metrics: 'etwinning.projects', scope: 'region:09', 'value-max': '20' }, 480);
    expect(ticks(shared).at(-1)).to.equal('20');
    // Its ticks longer than the data's: the margin fits them, none cut at the chart's left edge.
    const wide = await timelineOf(src, { metrics: 'etwinning.projects', scope: 'region:09', 'value-max': '200000' }, 480);
    expect(ticks(wide).at(-1)).to.equal('200.000');
    const svg = shadow(wide).querySelector('svg[part~="chart"]')!;
    for (const tick of shadow(wide).querySelectorAll<SVGTextElement>('.grid .tick'))
      expect(tick.getBoundingClientRect().left).to.be.at.least(svg.getBoundingClientRect().left);
    const capture = captureWarnings();
    try {
      const wrong = await timelineOf(src, { metrics: 'etwinning.projects', 'value-max': '20%' }, 480);
      expect(text(wrong, '[part~="base"]')).to.include(
        'value-max="20%" ignorato (qui non si scrive in percentuale: togliere il segno % da «20%»): l\'asse arriva al valore più alto dei dati.',
      );
      expect(capture.warnings.filter((w) => w.includes('value-max='))).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('draws lines, says why and offers no stacked areas for institutions active in two programmes, which a pile counts twice', async () => {
    const { src } = await serveContract({ index: dashboardIndex() });
    const capture = captureWarnings();
    try {
      const el = await timelineOf(src, { view: 'stacked', metrics: 'etwinning.active erasmus.active', normalisation: 'perSchool' });
      expect(shadow(el).querySelectorAll('.band'), 'no layer piled').to.have.length(0);
      expect(shadow(el).querySelectorAll('svg[part~="chart"] path.line').length).to.be.greaterThan(0);
      expect(shadow(el).textContent!.replace(/\s+/g, ' ')).to.contain(
        'Aree impilate non disponibili: «Istituzioni attive in eTwinning» e «Istituzioni attive in Erasmus+» contano istituzioni',
      );
      const buttons = [...shadow(el).querySelectorAll('.toolbar button[aria-pressed]')].map(
        (b) => `${b.textContent!.trim()} ${b.getAttribute('aria-pressed')}`,
      );
      expect(buttons).to.deep.equal(['Linee true', 'Tabella false']);
      expect(capture.warnings.some((w) => w.includes('Stacked areas are not available'))).to.equal(true);
      // One of them alone piles up as before, and the button is back.
      el.setAttribute('metrics', 'etwinning.active');
      await waitUntil(() => shadow(el).querySelectorAll('.band').length === 1, 'one layer not piled');
      expect([...shadow(el).querySelectorAll('.toolbar button[aria-pressed="true"]')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Aree impilate',
      ]);
    } finally {
      capture.restore();
    }
  });

  it('piles up the programme mix in the stacked view', async () => {
    const { src } = await serveContract({ index: indexWithKa1() });
    const el = await timelineOf(src, { view: 'stacked' });
    expect(legend(el)).to.equal('Progetti eTwinning Progetti KA1');
    const bands = shadow(el).querySelectorAll('.band');
    expect(bands).to.have.length(2);
    await expectSvgSnapshot(shadow(el).querySelector('svg[part~="chart"]')!.outerHTML, 'trend-timeline-stacked', import.meta.url);
    // The top of the stack in 2024 is 6 + 3 = 9: the axis reaches it.
    expect([...shadow(el).querySelectorAll('.grid .tick')].map((t) => t.textContent).at(-1)).to.equal('10');
    // KA1's years after its first are provisional: nothing final to measure a change to, so none is said.
    expect(text(el, '[part~="summary"]')).to.contain(
      'Progetti KA1: senza una crescita né un calo costanti, da 1 nel 2021/22 a 3 nel 2024/25; massimo',
    );
    await expect(el).to.be.accessible();
  });

  it('refuses to share an axis between counts and euros', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveContract();
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('trend-timeline');
      el.setAttribute('src', src);
      el.setAttribute('metrics', 'etwinning.projects erasmus.grant');
      box.append(el);
      await failed(el);
      // In the lines view too (it read "Le aree impilate…", of a view not shown), with the metrics and their units.
      expect(text(el, '[role="alert"]')).to.contain(
        'Un grafico ha un solo asse dei valori: i suoi indicatori devono avere la stessa unità di misura, e qui sono diverse: etwinning.projects (count), erasmus.grant (eur). Mostrali in grafici separati.',
      );
      expect(
        capture.warnings.some((w) =>
          w.includes('its metrics must share a unit, and here they differ: etwinning.projects (count), erasmus.grant (eur).'),
        ),
      ).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('shows a table normalised per school and exports it as CSV', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { view: 'table', metrics: 'erasmus.grant', normalisation: 'perSchool' });
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['2021/22 0 €', '2022/23 12.500 € *', '2023/24 15.000 € *', '2024/25 6.000 € *']);
    expect(text(el, '[part~="title"]')).to.equal('Contributi Erasmus+ per istituzione');
    await expect(el).to.be.accessible();
    const csv = (await downloaded(shadow(el), 'CSV')).replace(/^\uFEFF/, '');
    expect(csv.split('\n').slice(0, 6)).to.deep.equal([
      'Anno scolastico;Italia;Provvisorio',
      '2021/22;0;',
      '2022/23;12500;Italia',
      '2023/24;15000;Italia',
      '2024/25;6000;Italia',
      '',
    ]);
    // Then what it is and where it comes from, in the page's language.
    expect(csv).to.contain('\nTitolo;Contributi Erasmus+ per istituzione\nFonte;');
    expect(csv).to.contain('Contiene dati provvisori');
  });

  it("draws a share's 95% interval as a band around its line, and says it in the announcement, the table, a note and the picture", async () => {
    // Italy's and Toscana's 2 institutions, 1, 1, none and 2 of them active: a share of two swings by chance.
    const index = indexFixture();
    index.metrics[0] = { ...index.metrics[0]!, counts: 'institutions', normalisations: ['perSchool'] };
    for (const area of [index.nation, index.regions[0]!]) area.values['etwinning.projects'] = [1, 1, null, 2];
    const { src } = await serveContract({ index });
    const el = await timelineOf(src, { metrics: 'etwinning.projects', normalisation: 'perSchool', compare: 'region:09' });
    const bands = [...shadow(el).querySelectorAll('path.interval')];
    expect(bands.length).to.be.greaterThan(0);
    expect(bands.every((band) => /^M[\d.,L]+Z/.test(band.getAttribute('d')!))).to.equal(true);
    // Filled, see-through, in its series' colour: the line shows through it.
    const style = getComputedStyle(bands[0]!);
    expect(Number(style.fillOpacity)).to.be.within(0.05, 0.3);
    expect(style.fill).to.equal('rgb(0, 114, 178)');
    const notes = () => [...shadow(el).querySelectorAll('.note')].map((note) => note.textContent!).join('\n');
    expect(notes()).to.contain('intervallo al 95%');
    chartBox(el).focus();
    key(el, 'Home');
    await elementUpdated(el);
    expect(live(el)).to.contain('Italia: 50%; al 95% tra 9,5% e 90,5%');
    const svg = await downloaded(shadow(el), 'SVG');
    expect(svg).to.contain('>Intorno a ogni valore (la banda nel grafico a linee');
    expect(svg).to.match(/fill-opacity: 0\.14/);
    await expect(el).to.be.accessible();
    el.view = 'table';
    await waitUntil(() => shadow(el).querySelector('[part~="table"]'), 'table shown');
    const cells = [...shadow(el).querySelectorAll('[part~="table"] tbody tr:last-child > *')].map((cell) => cell.textContent!.trim());
    // The dash kept with the low end by a no-break space, where a narrow column wraps the interval.
    expect(cells).to.deep.equal(['2024/25', '100% (34,2%\u00a0– 100%)', '100% (34,2%\u00a0– 100%)']);
    await expect(el).to.be.accessible();
  });

  it('exports the chart as a standalone SVG with its colours and markers written in', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src);
    const svg = await downloaded(shadow(el), 'SVG');
    expect(svg).to.match(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('<title>Progetti eTwinning</title>');
    expect(svg).to.contain('stroke: rgb(0, 114, 178)');
    expect(svg).not.to.contain('class=');
    // Nothing of the page's machinery: Lit's markers (`<!--?lit$…$-->`) once came along.
    expect(svg).not.to.contain('<!--');
    // Each style where it changes, not on every element: the chart's font once, on the chart (it was on each of ~40).
    expect(svg.match(/font-family:/g)).to.have.length(1);
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    const texts = [...parsed.documentElement.children].filter((node) => node.localName === 'text').map((node) => node.textContent);
    expect(texts[0]).to.equal('Progetti eTwinning');
    expect(texts.slice(1).join('\n')).to.match(/^Fonte: .+\nDati (del |dell’)\d{1,2} [a-z]+ \d{4}\nDati sintetici/);
    // The chart is whole: its frame covers everything drawn, labels past the plot included.
    const drawn = shadow(el).querySelector('svg')!.getBBox();
    const [x0, y0, w, h] = parsed.querySelector('svg svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(x0! <= drawn.x && y0! <= drawn.y && x0! + w! >= drawn.x + drawn.width && y0! + h! >= drawn.y + drawn.height).to.equal(true);
    // Rasterised, the lone year 2024/25 (at 579,12 in the chart) shows its marker in the series colour, and a missing year (2023/24) nothing.
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await image.decode();
    const ctx = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height }).getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const at = (x: number, y: number) => ctx.getImageData(8 + x - x0!, 30 + y - y0!, 1, 1).data;
    expect([...at(579, 12).slice(0, 3)]).to.deep.equal([0, 114, 178]);
    expect(at(393, 30)[3]).to.equal(0);
  });

  it('names its lines in the downloaded picture when the chart has no labels at their ends', async () => {
    // A narrow dashboard's PNG showed Toscana's and Italy's lines with nothing to tell which was which.
    const { src } = await serveContract();
    const el = await timelineOf(src, { compare: 'region:09' }, 400);
    expect(shadow(el).querySelector('.direct-label')).to.equal(null);
    const svg = await downloaded(shadow(el), 'SVG');
    const picture = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const texts = [...picture.children].filter((node) => node.localName === 'text').map((node) => node.textContent);
    expect(texts.slice(0, 3)).to.deep.equal(['Progetti eTwinning per istituzione', 'Italia', 'Toscana']);
    // Each name beside its key: a line and a marker in the series' colour.
    const keys = [...picture.children].filter((node) => node.localName === 'path').map((node) => (node as SVGElement).style.stroke);
    expect(keys).to.deep.equal(['rgb(0, 114, 178)', 'rgb(0, 114, 178)', 'rgb(196, 82, 0)', 'rgb(196, 82, 0)']);
    // With labels at the lines' ends (a wide chart), no legend repeats them.
    const wide = await timelineOf(src, { compare: 'region:09' }, 640);
    const wideSvg = new DOMParser().parseFromString(await downloaded(shadow(wide), 'SVG'), 'image/svg+xml').documentElement;
    expect([...wideSvg.children].filter((node) => node.localName === 'path')).to.have.length(0);
  });

  it('wraps a long source line inside the downloaded picture', async () => {
    // The dashboard's PNG cut "Fonte: Ministero …; Dipartimento per la trasformazione digital" at its right edge.
    const index = indexFixture();
    const source = index.sources[0]!;
    const extra = [
      'Ministero dell’Istruzione e del Merito',
      'ISTAT',
      'openpolis',
      'Dipartimento per la trasformazione digitale',
      'Agenzia Erasmus+ INDIRE',
      'Unità nazionale eTwinning',
    ];
    index.sources = [...index.sources, ...extra.map((attribution, k) => ({ ...source, id: `s${k}`, attribution }))];
    const { src } = await serveContract({ index });
    const el = await timelineOf(src, {}, 400);
    const svg = await downloaded(shadow(el), 'SVG');
    const picture = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    document.body.append(picture);
    try {
      const width = Number(picture.getAttribute('width'));
      const lines = [...picture.children].filter((node): node is SVGTextElement => node.localName === 'text');
      expect(lines.map((l) => l.textContent).join(' ')).to.contain('Unità nazionale eTwinning');
      for (const line of lines) expect(8 + line.getComputedTextLength(), line.textContent!).to.be.at.most(width);
    } finally {
      picture.remove();
    }
  });

  it('follows a school with its comune, province, region and nation, downloading only what they need', async () => {
    const { folder, src } = await serveContract();
    const el = await timelineOf(src, { scope: 'school:FIIC81200A', compare: 'parents' });
    expect(legend(el)).to.equal('IC Firenze Centro Firenze (comune) Firenze (provincia) Toscana Italia');
    expect(text(el, '[part~="summary"]')).not.to.contain('di cui è un plesso');
    // Beside its areas a school is compared per institution (in absolute values its count stood under their sums), and said.
    expect(text(el, '[part~="title"]')).to.equal('Progetti eTwinning per istituzione');
    expect(shadow(el).textContent!.replace(/\s+/g, ' ')).to.contain('Una scuola si confronta con le sue aree per istituzione');
    // Years without a participation row are zero for a school, not gaps.
    expect(text(el, '[part~="summary"]')).to.match(
      /^IC Firenze Centro: senza una crescita né un calo costanti, da 3 nel 2021\/22 a 0 nel 2024\/25 \(-100%\); massimo 3 nel 2021\/22\./,
    );

    // The index, the school's shard, and one region shard for both its comune and its province: nothing else.
    const counts = await Promise.all(
      ['index.json', 'schools/FIIC81200A.json', 'regions/09.json', 'search.json', 'geo/regions.topo.json', 'geo/comuni/09.topo.json'].map(
        (path) => hits(`${folder}/${path}`),
      ),
    );
    expect(counts).to.deep.equal([1, 1, 1, 0, 0, 0]);
  });

  it("divides a plesso's activity, its institution's, by its institution's students, not the plesso's own", async () => {
    const { folder, src } = await serveContract();
    const plesso = schoolFixture();
    plesso.school = {
      ...plesso.school,
      code: 'FIEE81201C',
      name: 'Primaria Dante',
      students: 250,
      institution: { ...plesso.school.institution, students: 1200 },
    };
    await serve(`${folder}/schools/FIEE81201C.json`, plesso);
    const attributes = { scope: 'school:FIEE81201C', metrics: 'etwinning.projects', normalisation: 'per1000Students' };
    const el = await timelineOf(src, attributes);
    // 3 projects in 2021/22 over the institution's 1,200 students: 2,50 per 1,000 (over the plesso's 250 it read 12).
    expect(text(el, '[part~="summary"]')).to.match(/^Primaria Dante: .*da 2,50 nel 2021\/22/);
    // Its values are its institution's, and it says so (an institution's own line does not: the test above).
    expect(text(el, '[part~="summary"]')).to.contain(". Sono i valori dell'istituzione IC Firenze Centro, di cui è un plesso.");
    // An older contract does not say the institution's students: no rate, and why.
    const older = schoolFixture();
    older.school = { ...plesso.school, code: 'FIEE81202D', institution: { code: 'FIIC81200A', name: 'IC Firenze Centro' } };
    await serve(`${folder}/schools/FIEE81202D.json`, older);
    const old = await timelineOf(src, { ...attributes, scope: 'school:FIEE81202D' });
    expect(text(old, '[part~="summary"]')).to.match(
      /^Primaria Dante: nessuno studente contato, tasso non calcolabile\. Sono i valori dell'istituzione IC Firenze Centro/,
    );
  });

  it('draws a compact sparkline that says its trend, and that its data is synthetic', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { variant: 'sparkline', scope: 'region:09' }, 200);
    const spark = shadow(el).querySelector('[role="img"]')!;
    // A sparkline has no room for the note under a chart: its text alternative and its tooltip say it.
    const synthetic = 'Dati sintetici a scopo dimostrativo: non sono dati ufficiali.';
    expect(spark.getAttribute('aria-label')).to.equal(
      `Progetti eTwinning. Toscana: senza una crescita né un calo costanti, da 3 nel 2021/22 a 6 nel 2024/25 (+100%); massimo 6 nel 2024/25. Manca un anno. ${synthetic}`,
    );
    expect(spark.getAttribute('title')).to.equal(synthetic);
    expect(text(el, '.value')).to.equal('6');
    await expect(el).to.be.accessible();
  });

  it("says a rate's change with its interval in a sparkline's and a small multiple's words, drawn without the band", async () => {
    // Toscana: 3 projects of 2 institutions becoming 6; one institution's projects vary two or three times their mean.
    const index = indexFixture();
    index.metrics[0]!.dispersion = [2, 2, null, 3];
    const { src } = await serveContract({ index });
    const change = '(+100%; al 95% tra -72% e +1.299%)';
    const spark = await timelineOf(src, { variant: 'sparkline', scope: 'region:09', normalisation: 'perSchool' }, 200);
    expect(shadow(spark).querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain(`a 3 nel 2024/25 ${change}`);
    expect(shadow(spark).querySelector('path.interval'), 'no band in 32 px').to.equal(null);
    const multiples = await timelineOf(src, { variant: 'multiples', normalisation: 'perSchool' });
    const toscana = shadow(multiples).querySelector('[part~="multiple"]')!;
    expect(shadow(multiples).getElementById(toscana.getAttribute('aria-describedby')!)!.textContent).to.contain(change);
    // A count has no interval: its change is said bare.
    const counts = await timelineOf(src, { variant: 'sparkline', scope: 'region:09' }, 200);
    expect(shadow(counts).querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('(+100%);');
  });

  it('says that its values are real when its metric comes from a real source, and synthetic when it does not', async () => {
    const index = indexFixture();
    index.metrics.find((m) => m.id === 'erasmus.grant')!.source = 'mim-anagrafe';
    const { src } = await serveContract({ index });
    const noteOf = (el: TrendTimeline) => [...shadow(el).querySelectorAll('[role="note"]')].map((p) => p.textContent!.trim());
    const real = await timelineOf(src, { metrics: 'erasmus.grant' });
    expect(noteOf(real)).to.deep.equal([
      'I valori mostrati vengono da fonti reali; altri dati di questa versione sono sintetici (generati da un modello), e così ciò che ne deriva.',
    ]);
    const modelled = await timelineOf(src, { metrics: 'etwinning.projects' });
    expect(noteOf(modelled)).to.deep.equal(['Dati sintetici a scopo dimostrativo: non sono dati ufficiali.']);
  });

  it('sits in a sentence: a sparkline inside running text keeps its line and its value on one line', async () => {
    // Inline in a paragraph (the demo's "Progetti eTwinning in Italia: ~ 1899"), the sparkline was 0 wide:
    // its line a dash, its value one digit per line.
    const index = indexFixture();
    index.nation.values['etwinning.projects'] = [1200, 1500, null, 1899];
    const { src } = await serveContract({ index });
    const paragraph = await fixture<HTMLParagraphElement>(
      html`<p style="width: 600px">Progetti eTwinning in Italia: <trend-timeline src=${src} lang="it" variant="sparkline"></trend-timeline> nel 2024/25.</p>`,
    );
    const el = paragraph.querySelector('trend-timeline')!;
    await ready(el);
    await elementUpdated(el);
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.within(150, 170); // 10em of 16 px
    const value = shadow(el).querySelector('.value')!;
    expect(value.textContent!.trim()).to.equal('1.899');
    expect(value.getBoundingClientRect().height).to.be.below(24); // one line
    expect(shadow(el).querySelector('svg')!.getBoundingClientRect().width).to.be.at.least(80);
    // The sentence stays one line: the element sits in it.
    expect(paragraph.getBoundingClientRect().height).to.be.below(60);
  });

  it('draws small multiples per region on one scale, and a region can be chosen', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { variant: 'multiples' });
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="multiple"]')];
    expect(buttons.map((b) => b.querySelector('.name')!.textContent)).to.deep.equal(['Toscana', 'Lazio']);
    // Per institution unless the page writes a normalisation (on one scale, totals laid the small regions flat), and said.
    expect(text(el, '[part~="title"]')).to.equal('Progetti eTwinning per istituzione · 2021/22–2024/25');
    expect(notesOf(el)).to.contain('Le regioni si confrontano per istituzione');
    const described = (b: HTMLButtonElement) => shadow(el).getElementById(b.getAttribute('aria-describedby')!)!.textContent;
    expect(described(buttons[1]!)).to.equal('Lazio: nessun dato. Invio per scegliere la regione.');
    setTimeout(() => buttons[0]!.click());
    const event = await oneEvent(el, 'trend-timeline-select');
    expect(event.detail).to.deep.equal({ level: 'region', code: '09', name: 'Toscana' });
    await expect(el).to.be.accessible();
  });

  it("lines up the small multiples' charts across a row, whatever the names' lines (Valle d'Aosta/Vallée d'Aoste takes three)", async () => {
    const index = indexFixture();
    index.regions[1]!.name = "Valle d'Aosta/Vallée d'Aoste, con un nome lungo";
    const { src } = await serveContract({ index });
    const el = await timelineOf(src, { variant: 'multiples' }, 320);
    const [first, second] = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="multiple"]')];
    const top = (b: HTMLButtonElement, selector: string) => Math.round(b.querySelector(selector)!.getBoundingClientRect().top);
    // Side by side in one row, the second's name on more lines than the first's.
    expect(top(first!, '.name')).to.equal(top(second!, '.name'));
    expect(second!.querySelector('.name')!.getBoundingClientRect().height).to.be.greaterThan(
      first!.querySelector('.name')!.getBoundingClientRect().height,
    );
    expect([top(first!, 'svg'), top(first!, '.value')]).to.deep.equal([top(second!, 'svg'), top(second!, '.value')]);
  });

  it("says why a region with values has no rate (no students counted), in its small multiple and in the chart's summary", async () => {
    // As Trentino-Alto Adige's schools, missing from the students' file: Lazio has projects, no students.
    const index = indexFixture();
    index.regions[1]!.values = { 'etwinning.projects': [1, 2, 3, 4] };
    const { src } = await serveContract({ index });
    const el = await timelineOf(src, { variant: 'multiples', metrics: 'etwinning.projects', normalisation: 'per1000Students' });
    const lazio = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="multiple"]')][1]!;
    expect(lazio.querySelector('.value')!.textContent).to.equal('n.d.: nessuno studente contato');
    expect(shadow(el).getElementById(lazio.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Lazio: nessuno studente contato, tasso non calcolabile. Invio per scegliere la regione.',
    );
    const chart = await timelineOf(src, {
      metrics: 'etwinning.projects',
      normalisation: 'per1000Students',
      compare: 'region:12',
      lang: 'en',
    });
    expect(text(chart, '#summary')).to.contain('Lazio: no students counted, no rate.');
    // Per institution Lazio has none either; a count has no rate to miss.
    chart.normalisation = 'absolute';
    await waitUntil(() => !text(chart, '#summary').includes('no rate'), text(chart, '#summary'));
  });

  it('says a normalisation that one of its metrics does not offer (in the full chart, the multiples and a sparkline) and a year the data does not have', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveContract();
      const said = 'normalisation="per1000Students" non è disponibile per «Contributi Erasmus+»: si vedono i valori assoluti.';
      const notes = (el: TrendTimeline) => [...shadow(el).querySelectorAll('.note')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      const full = await timelineOf(src, { metrics: 'erasmus.grant', normalisation: 'per1000Students' });
      expect(notes(full)).to.include(said);
      expect(text(full, '[part~="title"]')).to.equal('Contributi Erasmus+');
      expect(capture.warnings.join(' ')).to.include('normalisation="per1000Students" is not available for “Contributi Erasmus+”');
      const multiples = await timelineOf(src, { metrics: 'erasmus.grant', normalisation: 'per1000Students', variant: 'multiples' });
      expect(notes(multiples)).to.include(said);
      const spark = await timelineOf(src, { metrics: 'erasmus.grant', normalisation: 'per1000Students', variant: 'sparkline' }, 200);
      const img = shadow(spark).querySelector('[role="img"]')!;
      expect(img.getAttribute('aria-label')).to.match(/ normalisation="per1000Students" non è disponibile/);
      expect(img.getAttribute('title')).to.equal(`${said} Dati sintetici a scopo dimostrativo: non sono dati ufficiali.`);
      // A year the data does not have ("2024/25" is written 2024): none selected, and said.
      const year = await timelineOf(src, { year: '2024/25' });
      expect(notes(year)).to.include(
        'year="2024/25" non è un anno dei dati (dal 2021/22 al 2024/25; il 2024/25 si scrive 2024): è stato ignorato.',
      );
      // A metric that offers it: no note.
      full.metrics = 'etwinning.projects';
      await waitUntil(() => !notes(full).includes(said), 'the note stays');
      expect(text(full, '[part~="title"]')).to.equal('Progetti eTwinning ogni 1.000 studenti');
      await expect(full).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('speaks English when the page does', async () => {
    const { src } = await serveContract();
    const el = await timelineOf(src, { lang: 'en', compare: 'region:09' });
    expect(text(el, '[part~="summary"]')).to.contain(
      'Italy: no steady rise or fall, from 1.50 in 2021/22 to 3 in 2024/25 (+100%); peak 3 in 2024/25. One year is missing.',
    );
    el.setAttribute('lang', 'it');
    el.requestUpdate();
    await elementUpdated(el);
    expect(text(el, '[part~="summary"]')).to.contain('Italia: senza una crescita né un calo costanti');
  });

  it('shows a clear error for each kind of bad input, warns once, and never throws', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveContract();
      const cases: [Record<string, string>, string][] = [
        [{}, "Manca l'attributo src"],
        [{ src, scope: 'regione:9' }, 'Ambito non valido "regione:9"'],
        [{ src, compare: 'comune:1' }, 'Ambito non valido "comune:1"'],
        [{ src, metrics: 'etwinning.nothing' }, 'Indicatore sconosciuto "etwinning.nothing"'],
        [{ src, scope: 'region:20' }, 'Non trovo la regione "20"'],
        [{ src, scope: 'province:100' }, 'Non trovo la provincia "100"'],
        [{ src, scope: 'comune:048999' }, 'Non trovo il comune "048999"'],
        [{ src, view: 'pie' }, 'Vista sconosciuta "pie"'],
        [{ src, variant: 'poster' }, 'Variante sconosciuta "poster"'],
        // A word it does not know drew absolute values without one.
        [{ src, normalisation: 'perPupil' }, 'Normalizzazione sconosciuta "perPupil"'],
      ];
      for (const [attributes, message] of cases) {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('trend-timeline');
        for (const [name, value] of Object.entries({ lang: 'it', ...attributes })) el.setAttribute(name, value);
        box.append(el);
        await failed(el);
        await waitUntil(() => text(el, '[role="alert"]').includes(message), `no message "${message}" but "${text(el, '[role="alert"]')}"`);
      }
      await aTimeout(50);
      expect(capture.warnings.filter((w) => w.includes('src attribute'))).to.have.length(1);
      expect(capture.warnings.some((w) => w.includes('No province "100"'))).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('shows the loader error for a missing file and for a missing school', async () => {
    const capture = captureWarnings();
    try {
      const folder = freshFolder();
      const missing = await serve(`${folder}/index.json`, 'nope', { status: 404 });
      const el = await fixture<TrendTimeline>(html`<trend-timeline src=${missing} lang="en"></trend-timeline>`);
      await failed(el);
      await waitUntil(() => text(el, '[role="alert"]').includes('Data not found (HTTP 404)'), 'no localized message');
      const { src } = await serveContract();
      const school = await fixture<TrendTimeline>(html`<trend-timeline src=${src} scope="school:RMIC00000A" lang="it"></trend-timeline>`);
      await failed(school);
      // A missing school's file is a school not in the data, as the profile says it (a dashboard read «HTTP 404» here
      // beside the profile's «Non troviamo la scuola»); the file is named, for the data's publisher.
      await waitUntil(
        () =>
          text(school, '[role="alert"]').includes(
            `Non trovo la scuola "RMIC00000A" nei dati (${new URL('schools/RMIC00000A.json', src)}).`,
          ),
        `no school not found but "${text(school, '[role="alert"]')}"`,
      );
    } finally {
      capture.restore();
    }
  });

  it('shows only the last of quickly changed scopes, never a stale one', async () => {
    const slowIndex = indexFixture();
    slowIndex.metrics[0]!.label = { it: 'LENTO', en: 'SLOW' };
    const slow = await serveContract({ index: slowIndex, indexRoute: { delay: 600 } });
    const { src } = await serveContract();
    const el = await fixture<TrendTimeline>(html`<trend-timeline src=${slow.src} lang="it"></trend-timeline>`);
    await aTimeout(50);
    el.src = src;
    el.scope = 'region:09';
    await ready(el);
    await aTimeout(800);
    expect(legend(el)).to.equal('Toscana');
    expect(shadow(el).textContent).not.to.contain('LENTO');
  });

  it("holds the chart's height while its data loads (half its width, 220 to 380 px), a sparkline none", async () => {
    // A line of "Caricamento…" (21 px) grew to the chart's 550 px: the dashboard's panels under it moved all at once.
    const slow = await serveContract({ indexRoute: { delay: 800 } });
    for (const [width, expected] of [
      [300, 220],
      [600, 300],
      [1000, 380],
    ] as const) {
      const box = await fixture<HTMLDivElement>(
        html`<div style=${`width: ${width}px`}><trend-timeline src=${slow.src} lang="it"></trend-timeline></div>`,
      );
      const el = box.querySelector('trend-timeline')!;
      await waitUntil(() => shadow(el).querySelector('[aria-busy="true"]'), 'no loading state');
      expect(el.getBoundingClientRect().height, `${width} px`).to.be.closeTo(expected, 1);
    }
    const line = await fixture<HTMLParagraphElement>(
      html`<p>Progetti <trend-timeline src=${slow.src} variant="sparkline" lang="it"></trend-timeline></p>`,
    );
    const sparkline = line.querySelector('trend-timeline')!;
    await waitUntil(() => shadow(sparkline).querySelector('[aria-busy="true"]'), 'no loading state');
    expect(sparkline.getBoundingClientRect().height).to.be.below(60);
  });

  it('registers twice without throwing', async () => {
    const { TrendTimeline } = await import('./trend-timeline.js');
    const { defineElement } = await import('../../src/util/define-element.js');
    expect(() => defineElement('trend-timeline', TrendTimeline)).not.to.throw();
    expect(customElements.get('trend-timeline')).to.equal(TrendTimeline);
  });
});
