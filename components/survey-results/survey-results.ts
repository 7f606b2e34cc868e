import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { sourceLines } from '../../src/util/source-text.js';
import type { NationalIndex, SurveyFile } from '../../src/contract/contract.types.js';
import { sharedLoader } from '../../src/data/loader.js';
import { loadSurvey, surveyAhead } from '../../src/survey/load-survey.js';
import { KeepingDataView } from '../../src/element/keeping-data-view.js';
import { tellMissingArea } from '../../src/element/area-missing.js';
import { KeepFocus } from '../../src/element/keep-focus.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { DownloadNote } from '../../src/element/download-note.js';
import { renderDownloads } from '../../src/element/download-buttons.js';
import { UsageError } from '../../src/element/usage-error.js';
import { ignoredChoicesText, ignoredQuestionText, misplacedNotes } from '../../src/i18n/ignored-attribute.js';
import { areaAsScope } from '../../src/element/misplaced-attributes.js';
import { renderNotes } from '../../src/element/render-notes.js';
import {
  changeFormat,
  estimateFormat,
  formatEstimate,
  formatSchoolYear,
  formatValue,
  prepareNumberFormats,
} from '../../src/i18n/format.js';
import { formatDay } from '../../src/i18n/format-day.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { surveyView, type Change, type Estimate, type QuestionView, type SurveyView } from '../../src/survey/survey-view.js';
import { comuneOfScope, comuneShownText, surveyAreaOf, type ComuneRead } from '../../src/survey/comune-scope.js';
import { findComune } from '../../src/timeline/scopes.js';
import { wavesInOrder } from '../../src/survey/waves-in-order.js';
import { earlierIds, earlierWave } from '../../src/survey/earlier-waves.js';
import { renderWavePicker } from './survey-results.wave-picker.js';
import { SurveyResultsQuestionChangeEvent, SurveyResultsWaveChangeEvent } from './survey-results.events.js';
import { renderTableToggle } from '../../src/element/table-toggle.js';
import { ignoreUnknown } from '../../src/element/ignore-unknown.js';
import { BAR_VIEWS, type BarView } from '../../src/view/presentation-values.js';
import { MESSAGES, type SurveyResultsMessages, type SurveyResultsUsage } from './survey-results.messages.js';
import { surveyResultsStyles } from './survey-results.styles.js';

prepareNumberFormats();

/** The map's places, which the survey reads from `scope` (src/element/misplaced-attributes.ts). */
const MISPLACED = areaAsScope(false);

interface SurveyData {
  index: NationalIndex;
  file: SurveyFile;
  /** The earlier wave `compare` names, if it names one. */
  earlier?: SurveyFile;
  /** What `compare` said where it names no earlier wave of the index (ignored, and said). */
  compareIgnored?: string;
  /** `compare="previous"` on the index's first wave: nothing to compare with yet (said, not a fault). */
  firstWave?: true;
  /** The earlier wave `compare` names whose file could not be read: the wave shown without changes, and said. */
  earlierUnread?: string;
  /** What `wave` said where it names no wave of the index (the latest shown instead, and said). */
  waveIgnored?: string;
  /** The comune `scope` names, read from its region's shard: its province's estimates are shown. */
  comune?: ComuneRead;
}

/** The attributes with a fixed vocabulary, each with its values (the first is the default). */
const CHOICES = [['view', BAR_VIEWS]] as const;

/** The view with what the notes under its caption say: a question ignored, a comune shown by its province. */
type ShownView = SurveyView & { ignoredQuestion?: string; comune?: ComuneRead };

/** The decimals an estimate is written with, unless its interval needs more: a share in whole percents, a mean to one. */
const baseDigits = (unit: 'percent' | 'score') => (unit === 'percent' ? 0 : 1);

/**
 * The results of one of the observatory's survey waves for the nation, a
 * region or a province: how many institutions answered, and each question's
 * estimates (the share choosing each option, or the mean) with their 95%
 * intervals, beside the region's and the nation's; a question answered by too
 * few institutions says so with its n; with `compare`, each estimate's change
 * since an earlier wave, with its interval. As bars or a table, with CSV and
 * XLSX downloads and the method in words.
 *
 * @tagname survey-results
 * @summary A survey wave's estimates for an area, with intervals and references.
 *
 * @fires survey-results-wave-change - The user chose another wave in the picker; `detail.wave` is its id.
 * @fires survey-results-question-change - The user chose a question in the picker; `detail.question` is its id, '' for all.
 * @fires scuole-area-missing - The province or comune it was asked for is not in the data (an old link's code, say); `detail` has `level` and `code`. A `<linked-view>` around shows the region instead.
 * @fires scuole-presentation-change - Its reader switched between the bars and the table; `detail` has `attribute` (`view`) and `value`. A `<linked-view url>` around keeps it in the address.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The wave's title.
 * @csspart summary - Who answered.
 * @csspart toolbar - The question picker, the table toggle and the downloads.
 * @csspart caption - What the estimates are.
 * @csspart question - One question with its estimates.
 * @csspart chart - A question's bars.
 * @csspart table - The table view.
 * @csspart method - How the estimates are made.
 * @csspart download-note - Why the last download could not be made (a polite live region, empty until then).
 * @csspart error - The error message.
 *
 * @cssproperty --survey-results-accent - Bars (default: --se-color-primary, #0066cc).
 * @cssproperty --survey-results-reference - Reference marks (default: --se-color-text).
 * @cssproperty --survey-results-text - Text colour.
 * @cssproperty --survey-results-muted - Secondary text.
 * @cssproperty --survey-results-rule - Lines and tracks.
 * @cssproperty --survey-results-background - Background colour.
 * @cssproperty --survey-results-focus - Focus ring.
 * @cssproperty --survey-results-font - Font family.
 * @cssproperty --survey-results-radius - Corner radius of buttons.
 */
export class SurveyResults extends ScuoleElement<SurveyResultsMessages> {
  static override styles = surveyResultsStyles;

  /** URL of the contract's index.json. */
  @property() src = '';

  /** The wave's id (the index's `surveys`); by default, or where the index lists no such wave (said under the title), the latest. */
  @property() wave = '';

  /** `nation`, `region:09` or `province:048`; a comune (`comune:048017`) shows its province's estimates, and says so. */
  @property() scope = 'nation';

  /** One question's id; by default every question. */
  @property() question = '';

  /** An earlier wave to measure each estimate's change from: its id, or `previous` (the wave listed before the one shown). */
  @property() compare = '';

  /** `bars` (default) or `table`: the answers as bars or as a table (its toggle changes it). */
  @property({ reflect: true }) view: BarView = 'bars';

  protected readonly _messages = MESSAGES;
  /** The attributes ignored, by name, with the value written (said under the caption). */
  protected override readonly _ignored = new Map<string, string>();
  /** A render that takes away the focused control leaves the focus in the element, not on the page's body. */
  private readonly _keepFocus = new KeepFocus(this);
  private readonly _downloadNote = new DownloadNote(this, (message) => this._warnOnce(message));

  private readonly _data = new KeepingDataView(this, {
    // A province or comune the data does not hold: a <linked-view> around shows the region instead.
    onError: tellMissingArea,
    // A comune is read (checked, named, its province found) with the data; another scope needs no download.
    args: () => [this.src, this.wave, this.compare, comuneOfScope(this.scope)] as const,
    load: async ([src, wave, compare, comuneCode], signal): Promise<SurveyData> => {
      if (!src) throw new UsageError<SurveyResultsUsage>('src');
      const loader = sharedLoader();
      const indexed = loader.index(src, { signal });
      // The wave named by its attribute is asked for while the index is on its way.
      surveyAhead(loader, src, wave, signal);
      const { index } = await indexed;
      // A wave the index does not list (an old link's, a typing error) shows the latest, and says so, as a map shows
      // the latest year for a year the data does not have: an error state would leave the reader no way on.
      const listed = index.surveys?.some((s) => s.id === wave);
      const id = listed ? wave : wavesInOrder(index).at(-1)?.id;
      if (!id) throw new UsageError<SurveyResultsUsage>('wave', wave);
      if (wave && !listed)
        this._warnOnce(`ignored wave=${JSON.stringify(wave)}: not a survey wave of this data; the latest is shown.`, `wave:${wave}`);
      const before = compare ? earlierWave(index, id, compare) : undefined;
      // The earlier wave's file missing or broken: the wave shown stands, without changes, and says so (not an error state).
      const [file, earlier, comune] = await Promise.all([
        loadSurvey(loader, src, id, { signal }),
        before
          ? loadSurvey(loader, src, before, { signal }).catch((error: unknown) => {
              if (signal.aborted) throw error;
              this._warnOnce(`the wave ${before} to compare with could not be read: ${String(error)}`, `unread:${before}`);
              return null;
            })
          : undefined,
        comuneCode ? findComune(loader, src, comuneCode, signal).then((found) => found.comune) : undefined,
      ]);
      return {
        index,
        file,
        earlier: earlier ?? undefined,
        compareIgnored: compare && !before && compare !== 'previous' ? compare : undefined,
        // `previous` names none only on the first wave: a page may ask for it before a second one is published.
        firstWave: compare === 'previous' && !before ? true : undefined,
        earlierUnread: earlier === null ? before : undefined,
        waveIgnored: wave && !listed ? wave : undefined,
        comune,
      };
    },
    inputs: () => ({ scope: this.scope, question: this.question }),
    derive: ({ index, file, earlier, compareIgnored, comune }, { scope: scopeText, question }, lang) => {
      // A comune shows its province's estimates, and says so (src/survey/comune-scope.ts).
      const area = surveyAreaOf(scopeText, comune);
      if (!area) throw new UsageError<SurveyResultsUsage>('scope', scopeText);
      const known = file.questions.some((q) => q.id === question);
      const view: ShownView = surveyView(
        file,
        area.level,
        area.code,
        lang,
        MESSAGES[lang].nation,
        (p) => index.provinceRegions?.[p],
        known ? question : undefined,
        earlier,
      );
      if (compareIgnored)
        this._warnOnce(
          `ignored compare=${JSON.stringify(compareIgnored)}: not an earlier wave of ${file.wave.id}.`,
          `compare:${compareIgnored}`,
        );
      if (area.comune) {
        view.comune = area.comune;
        this._warnOnce(comuneShownText(area.comune, view.where, 'en'), `comune:${area.comune.code}`);
      }
      // Checked once here: the note under the caption reads it.
      if (question && !known) {
        this._warnOnce(`ignored question=${JSON.stringify(question)}: not a question of wave ${file.wave.id}.`, 'question');
        view.ignoredQuestion = question;
      }
      return view;
    },
  });

  private readonly _onWavePicked = (event: Event): void => {
    this.wave = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new SurveyResultsWaveChangeEvent({ wave: this.wave }));
  };

  private readonly _onQuestionPicked = (event: Event): void => {
    this.question = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new SurveyResultsQuestionChangeEvent({ question: this.question }));
  };

  /** A count as the page writes numbers ("2.926", "2,926"). */
  private _count(n: number): string {
    return formatValue(n, 'count', this._lang);
  }

  /**
   * How an estimate's figures and its references' are written: a share in whole percents, a mean to one decimal, with
   * more where its ends would read the same (`estimateFormat`).
   */
  private _estimateFormat(e: Estimate, unit: 'percent' | 'score') {
    return estimateFormat(e.value, e.low, e.high, unit, this._lang, baseDigits(unit));
  }

  /** A share or a mean with its interval: "29% (27%–30%)". */
  private _estimate(e: Estimate, unit: 'percent' | 'score'): string {
    return formatEstimate(e.value, e.low, e.high, unit, this._lang, baseDigits(unit));
  }

  /**
   * The reference areas' values, as text beside an estimate ("Toscana 30% · Italia 29%"), with the estimate's
   * decimals: "3,45 (3,37–3,53)" beside "Italia 3,5" read as 0,05 apart where Italy's mean was 3,46.
   */
  private _references(view: SurveyView, e: Estimate, unit: 'percent' | 'score') {
    if (view.references.length === 0) return nothing;
    const f = this._estimateFormat(e, unit);
    const reference = (name: string, i: number) =>
      html`<span class="ref-text"><span class="key ref-${i}"></span>${name} ${f(e.references[i] ?? null)}</span>`;
    return html`<span class="refs">${view.references.map((r, i) => reference(r.name, i))}</span>`;
  }

  /**
   * An estimate's change since the earlier wave, with its interval: a share's in percentage points, a mean's in its
   * own unit, with the decimals its ends need to read apart (nothing where no wave is compared).
   */
  private _change(view: SurveyView, e: Estimate, unit: 'percent' | 'score') {
    if (!view.earlier) return nothing;
    const year = formatSchoolYear(view.earlier.schoolYear);
    const c = e.change;
    if (!c) return html`<span class="change">${this._t.noEarlier(year)}</span>`;
    const f = this._changeFormat(c, unit);
    return html`<span class="change">${this._t.change(f(c.value), f(c.low), f(c.high), year, unit === 'percent')}</span>`;
  }

  /** A change's figures as written: a share's in percentage points, a mean's in its unit, with the decimals its ends need to read apart. */
  private _changeFormat(c: Change, unit: 'percent' | 'score') {
    const scale = unit === 'percent' ? 100 : 1;
    const f = changeFormat(c.value * scale, c.low * scale, c.high * scale, this._lang, baseDigits(unit));
    return (v: number) => f(v * scale);
  }

  /** A track from `min` to `max` with the estimate's bar, its interval and the references' marks (drawn only: the text says it all). */
  private _track(e: Estimate, min: number, max: number) {
    const at = (value: number | null) => `${Math.round(((Math.min(max, Math.max(min, value ?? min)) - min) / (max - min)) * 1000) / 10}%`;
    return html`<span class="track" aria-hidden="true">
      <span class="bar" style=${cssomStyle({ 'inline-size': at(e.value) })}></span>
      <span class="interval" style=${cssomStyle({ 'inset-inline-start': at(e.low), 'inline-size': `calc(${at(e.high)} - ${at(e.low)})` })}></span>
      ${e.references.map((r, i) =>
        r === null ? nothing : html`<span class="ref ref-${i}" style=${cssomStyle({ 'inset-inline-start': at(r) })}></span>`,
      )}
    </span>`;
  }

  private _question(view: SurveyView, q: QuestionView): TemplateResult {
    const t = this._t;
    const mean = q.mean;
    return html`<figure part="question" class="question">
      <figcaption>
        ${q.text} <span class="note">(${t.answered(this._count(q.n))})</span>
        ${view.earlier && !q.comparable ? html`<span class="note not-comparable">${t.notComparable(formatSchoolYear(view.earlier.schoolYear))}</span>` : nothing}
      </figcaption>
      ${
        q.suppressed
          ? html`<p class="suppressed">${t.suppressed(q.n, view.minRespondents)}</p>`
          : html`${
              q.options.length > 0
                ? html`<ul part="chart" class="chart">
                ${q.options.map(
                  (o) => html`<li>
                    <span class="label">${o.label}</span>
                    ${this._track(o, 0, 1)}
                    <span class="value"
                      >${this._estimate(o, 'percent')}${this._references(view, o, 'percent')}${q.comparable ? this._change(view, o, 'percent') : nothing}</span
                    >
                  </li>`,
                )}
              </ul>`
                : nothing
            }
          ${
            mean
              ? html`<p class="mean">
                <span class="label">${t.mean}</span>
                ${q.type === 'likert' ? this._track(mean, q.min!, q.max!) : html`<span aria-hidden="true"></span>`}
                <span class="value"
                  >${this._estimate(mean, 'score')}${q.unit ? ` ${q.unit}` : ''}
                  <span class="note">${q.type === 'likert' ? t.scale(q.min!, q.max!) : ''}</span>
                  ${this._references(view, mean, 'score')}${q.comparable ? this._change(view, mean, 'score') : nothing}</span
                >
              </p>`
              : nothing
          }`
      }
    </figure>`;
  }

  private _tableView(view: SurveyView): TemplateResult {
    const t = this._t;
    const row = (q: QuestionView, answer: string, e: Estimate | null, unit: 'percent' | 'score') => {
      // The estimate and its ends with the decimals the interval needs, as beside the bars.
      const format = e ? this._estimateFormat(e, unit) : (v: number | null) => formatValue(v, unit, this._lang, 0);
      // Each cell's column, its label where the table is cards (src/styles/table-cards.styles.ts).
      return html`<tr>
        <th scope="row">${q.text}</th>
        <td data-label=${t.answer}>${answer}</td>
        <td class="num" data-label=${t.estimate}>${e ? format(e.value) : '—'}</td>
        <td class="num" data-label=${t.interval}>${e ? `${format(e.low)}–${format(e.high)}` : '—'}</td>
        <td class="num" data-label=${t.respondents}>${this._count(q.n)}</td>
        ${view.references.map((r, i) => html`<td class="num" data-label=${r.name}>${e ? format(e.references[i] ?? null) : '—'}</td>`)}
        ${changeLabels ? this._changeCells(e, unit, format, changeLabels) : nothing}
      </tr>`;
    };
    const changeLabels = view.earlier
      ? ([t.earlierEstimate(formatSchoolYear(view.earlier.schoolYear)), t.changeColumn, t.changeInterval] as const)
      : null;
    // Focusable, so that a keyboard scrolls it where it is wider than its box; named by the caption.
    return html`<div part="table" class="table" tabindex="0" role="region" aria-labelledby="caption"><table>
      <thead>
        <tr>
          <th scope="col">${t.question}</th>
          <th scope="col">${t.answer}</th>
          <th scope="col">${t.estimate}</th>
          <th scope="col">${t.interval}</th>
          <th scope="col">${t.respondents}</th>
          ${view.references.map((r) => html`<th scope="col">${r.name}</th>`)}
          ${changeLabels?.map((label) => html`<th scope="col">${label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.questions.map((q) =>
          q.suppressed
            ? row(q, t.suppressed(q.n, view.minRespondents), null, 'percent')
            : html`${q.options.map((o) => row(q, o.label, o, 'percent'))}
              ${q.mean ? row(q, t.mean, q.mean, 'score') : nothing}`,
        )}
      </tbody>
    </table></div>`;
  }

  /** The table's cells of an estimate's change: the earlier wave's estimate, the change and its interval ("—" where none), under their columns' `labels`. */
  private _changeCells(
    e: Estimate | null,
    unit: 'percent' | 'score',
    format: (v: number | null) => string,
    [earlier, change, interval]: readonly [string, string, string],
  ) {
    const c = e?.change;
    const f = c ? this._changeFormat(c, unit) : null;
    const cells = c && f ? [format(c.earlier), f(c.value), `${f(c.low)} – ${f(c.high)}`] : ['—', '—', '—'];
    return [earlier, change, interval].map((label, i) => html`<td class="num" data-label=${label}>${cells[i]}</td>`);
  }

  private async _download(kind: 'csv' | 'xlsx', data: SurveyData, view: ShownView, caption: string): Promise<void> {
    this._downloadNote.started();
    // Named after the area whose estimates it holds (a comune's province), and its title says why.
    const area = view.comune ? `province-${view.comune.province}` : this.scope.replace(':', '-');
    const title = view.comune ? `${caption} ${comuneShownText(view.comune, view.where, this._lang)}` : caption;
    try {
      const { downloadSurvey } = await import('./survey-results.export.js');
      await downloadSurvey(this, kind, `indagine-${data.file.wave.id}-${area}`, {
        view,
        lang: this._lang,
        t: this._t,
        caption: title,
        sources: sourceLines(data.index, this._lang),
        generatedAt: data.file.generatedAt,
      });
    } catch (error) {
      this._downloadNote.failed(kind, error);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    ignoreUnknown(this, changed, CHOICES, (message, key) => this._warnOnce(message, key), this._ignored);
  }

  override render() {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return this._data.renderStatus();
    const t = this._t;
    // The files' title too: a change's unit and what chance makes of it go with the figures.
    const caption = `${t.caption(view.where, view.title)}${view.earlier ? ` ${t.compared(view.earlier.title)}` : ''}`;
    // The question shown: every one where the attribute names none of the wave's.
    const shown = view.ignoredQuestion ? '' : this.question;
    const table = this.view === 'table';
    return html`<div part="base" aria-busy=${this._data.stale ? 'true' : nothing} ?data-stale=${this._data.stale}>
      <p part="title" class="title">${view.title}</p>
      <p part="summary">
        ${t.response(this._count(view.respondents), this._count(view.invited), formatValue(view.rate, 'percent', this._lang, 0))}
        <span class="note">${t.fielded(formatDay(view.fielded.from, this._lang), formatDay(view.fielded.to, this._lang))}</span>
      </p>
      <div part="toolbar" class="toolbar">
        ${renderWavePicker(data.index, data.file, t.wave, this._lang, this._onWavePicked)}
        <label
          >${t.question}
          <select @change=${this._onQuestionPicked}>
            <option value="" .selected=${!shown}>${t.allQuestions}</option>
            ${data.file.questions.map((q) => html`<option value=${q.id} .selected=${q.id === shown}>${q.text[this._lang]}</option>`)}
          </select></label
        >
        ${renderTableToggle(this, t.table)}
        ${renderDownloads(t.download, ['csv', 'xlsx'], (kind) => this._download(kind, data, view, caption))}
      </div>
      ${this._downloadNote.render()}
      <p part="caption" class="note" id="caption">${caption}</p>
      ${renderNotes([
        data.waveIgnored && t.waveIgnored(data.waveIgnored, data.file.wave.title[this._lang]),
        view.comune && comuneShownText(view.comune, view.where, this._lang),
        view.ignoredQuestion && ignoredQuestionText(view.ignoredQuestion, this._lang),
        data.compareIgnored && t.compareIgnored(data.compareIgnored, earlierIds(data.index, data.file.wave.id)),
        data.firstWave && t.firstWave,
        data.earlierUnread && t.earlierUnread(data.earlierUnread),
        ...ignoredChoicesText(this._ignored, CHOICES, this, this._lang),
        ...misplacedNotes(this, MISPLACED, this._lang, (message, key) => this._warnOnce(message, key)),
      ])}
      ${table ? this._tableView(view) : view.questions.map((q) => this._question(view, q))}
      ${
        view.references.length > 0 && !table
          ? html`<p class="note legend">${view.references.map((r, i) => html`<span class="key ref-${i}"></span> ${r.name} `)}</p>`
          : nothing
      }
      <details part="method"><summary>${t.method}</summary><p>${view.method}</p></details>
      ${view.synthetic ? this.renderSyntheticNote() : nothing}
    </div>`;
  }
}
