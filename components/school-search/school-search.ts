import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { sharedLoader } from '../../src/data/loader.js';
import { DataView, initialState } from '../../src/element/data-view.js';
import { renderNotes } from '../../src/element/render-notes.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { UsageError } from '../../src/element/usage-error.js';
import { ignoredCount, wholeNumberFrom } from '../../src/element/ignore-unknown.js';
import { ignoredNumberText, missingProfileText } from '../../src/i18n/ignored-attribute.js';
import { loadSchoolMatcher } from '../../src/search/load-search-index.js';
import type { QueryReading, SchoolMatch, SchoolMatcher } from '../../src/search/school-matcher.js';
import { SchoolSearchSelectEvent } from './school-search.events.js';
import { MESSAGES, type SchoolSearchMessages } from './school-search.messages.js';
import { schoolSearchStyles } from './school-search.styles.js';

/** Results shown at first, and more each time the user asks, unless `limit` says otherwise. */
const LIMIT = 10;

/** A status's text, made in the language it is read in. */
type Announcement = (t: SchoolSearchMessages, lang: Language) => string;
const silence: Announcement = () => '';

/** "Cercato come: Istituto comprensivo, Roma." */
function readingText(reading: readonly QueryReading[], t: SchoolSearchMessages, lang: Language): string {
  const labels = reading.map((item) => item.label[lang]);
  return labels.length > 0 ? t.reading(labels.join(', ')) : '';
}

/**
 * Type-ahead search over every school by name, comune or school code, with the
 * ARIA combobox pattern. The compact search index is downloaded on first use
 * (focus or typing), not with the page.
 *
 * @tagname school-search
 * @summary Find any school by name, comune or code.
 *
 * @fires school-search-select - The user chose a school; `detail` has `code`, `name`, `comune` and `institution`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The visible label.
 * @csspart input - The text box.
 * @csspart popup - What opens under the input: the summary and the list.
 * @csspart summary - How many schools match in all and what the query was read as.
 * @csspart listbox - The list of results.
 * @csspart option - One result; also the last option that shows more (with the part `more`).
 * @csspart more - The option that shows more results.
 * @csspart error - The error message.
 *
 * @cssproperty --school-search-accent - Active result outline (default: --se-color-primary, #0066cc).
 * @cssproperty --school-search-active - Background of the active result.
 * @cssproperty --school-search-focus - Focus ring.
 * @cssproperty --school-search-text - Text colour.
 * @cssproperty --school-search-muted - Secondary text.
 * @cssproperty --school-search-rule - Border of the list.
 * @cssproperty --school-search-background - Background colour.
 * @cssproperty --school-search-font - Font family.
 */
export class SchoolSearch extends ScuoleElement<SchoolSearchMessages> {
  static override styles = schoolSearchStyles;

  /** URL of the contract's index.json: its `shards.search` names the search index. */
  @property() src = '';

  /** The visible label (default: "Cerca una scuola" / "Search for a school"). */
  @property() label = '';

  /** At most this many results. */
  @property({ type: Number }) limit = LIMIT;

  /** Id of a <school-profile> in the same document (or shadow root) that shows the chosen school. */
  @property() profile = '';

  @state() private _results: SchoolMatch[] = [];
  /** How many match in all (what the query was read as, a type or a place, is said in `_announcement`). */
  @state() private _total = 0;
  @state() private _typos = false;
  /** How many are shown: `limit`, and `limit` more each time the user asks. */
  private _shown = 0;
  @state() private _active = -1;
  @state() private _open = false;
  /** The `profile` id that named no element when a school was chosen (said under the box). */
  @state() private _missingProfile: string | null = null;
  /** The index is wanted: the user focused the box or typed (the page does not download it before). */
  @state() private _wanted = false;
  /** What the status says of the last search or choice, in the language it is read in (the page may change it after). */
  @state() private _announcement: Announcement = silence;

  @query('input') private _input!: HTMLInputElement;

  protected readonly _messages = MESSAGES;
  /** The matcher the box was last searched with (one that arrives while the user types searches the box again). */
  private _searched: SchoolMatcher | undefined;

  private readonly _index = new DataView(this, {
    args: () => [this.src, this._wanted] as const,
    load: async ([src, wanted], signal) => {
      if (!wanted) return initialState;
      if (!src) throw new UsageError('src');
      return loadSchoolMatcher(sharedLoader(), src, signal);
    },
  });

  private get _matcher(): SchoolMatcher | undefined {
    return this._index.data;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another data source: what was found in the last one goes.
    if (changed.has('src') && changed.get('src') !== undefined) {
      this._results = [];
      this._open = false;
    }
    const ignored = changed.has('limit') && this._limitIgnored;
    if (ignored) this._warnOnce(ignoredNumberText('limit', ignored, 1, LIMIT, 'en'), 'limit');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The index arrived while the user was typing: search what is in the box now.
    if (this._matcher && this._matcher !== this._searched && this._input?.value) this._search(this._input.value);
    this._searched = this._matcher;
  }

  /** Starts the download of the index once, on first use. */
  private _ensureIndex(): void {
    this._wanted = true;
  }

  /** `limit`, or the default when it is not a whole number from 1 (`limit="dieci"` is NaN: it showed one result). */
  private get _step(): number {
    return wholeNumberFrom(this.limit, 1) ?? LIMIT;
  }

  /** The `limit` written, when it was ignored: the attribute says what was written, the property NaN. */
  private get _limitIgnored(): string | null {
    return ignoredCount(this, 'limit', this.limit, 1);
  }

  /** Searches `text`, showing the first `limit` (or `shown`, when the user asked for more). */
  private _search(text: string, shown = this._step): void {
    if (!this._matcher) return;
    const query = text.trim();
    const found = this._matcher.find(query, shown);
    this._shown = shown;
    this._results = found.matches;
    this._total = found.total;
    this._typos = found.typos;
    this._active = -1;
    this._open = this._results.length > 0;
    // How many match in all, not only the ones shown ("243 scuole trovate: le prime 10"), and how the query was read.
    this._announcement = (t, lang) =>
      query.length < 2
        ? ''
        : found.total === 0
          ? t.none(query)
          : [
              t.results(found.total, found.matches.length),
              readingText(found.reading, t, lang),
              found.typos ? t.typos : '',
              // A type typed that no school answering the rest has: said, so that the list is not read as of that type.
              found.withoutType ? t.withoutType(found.withoutType.map((type) => type.label[lang])) : '',
              // A word no school answering the rest has: said, so that the list is not read as having it.
              found.withoutWord ? t.withoutWord(found.withoutWord) : '',
            ]
              .filter(Boolean)
              .join(' ');
  }

  /** Whether more than the shown results match: the list ends with an option that shows more. */
  private get _hasMore(): boolean {
    return this._total > this._results.length && !this._typos;
  }

  /** Shows `limit` more results; the keyboard goes on at the first of them. */
  private _showMore(): void {
    const first = this._results.length;
    this._search(this._input.value, this._shown + this._step);
    const [shown, total] = [this._results.length, this._total];
    this._announcement = (t) => t.more(shown, total);
    this._move(0, Math.min(first, this._results.length - 1));
  }

  private _onInput(event: Event): void {
    this._ensureIndex();
    this._search((event.target as HTMLInputElement).value);
  }

  private _move(step: number, to?: number): void {
    // The option that shows more is one more stop after the results.
    const count = this._results.length + (this._hasMore ? 1 : 0);
    if (count === 0) return;
    this._open = true;
    this._active = to ?? (this._active < 0 ? (step > 0 ? 0 : count - 1) : (this._active + step + count) % count);
    this.updateComplete.then(() => this.renderRoot.querySelector(`#option-${this._active}`)?.scrollIntoView({ block: 'nearest' }));
  }

  private _onKeyDown(event: KeyboardEvent): void {
    // While an input method composes a word, its keys are its own: arrows go through its candidates, Enter takes one,
    // Escape drops it (Enter chose a school and Escape cleared the box).
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        this._move(1);
        break;
      case 'ArrowUp':
        this._move(-1);
        break;
      case 'Enter': {
        if (this._open && this._hasMore && this._active === this._results.length) {
          this._showMore();
          break;
        }
        const chosen = this._open ? this._results[this._active] : undefined;
        if (!chosen) return;
        this._choose(chosen);
        break;
      }
      case 'Escape':
        // First Escape closes the list, a second one clears the text (the combobox pattern).
        if (this._open) this._open = false;
        else if (this._input.value) {
          this._input.value = '';
          this._results = [];
          this._total = 0;
          this._announcement = silence;
        } else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private _choose(match: SchoolMatch): void {
    this._input.value = match.name;
    this._open = false;
    this._active = -1;
    this._announcement = (t) => t.chosen(match.name);
    const detail = { code: match.code, name: match.name, comune: match.comune, institution: match.institution };
    this.dispatchEvent(new SchoolSearchSelectEvent(detail));
    if (this.profile) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const profile = root.getElementById?.(this.profile);
      profile?.setAttribute('code', match.code);
      // A profile id that names nothing: the reader chose a school and nothing opened; the page's author must know.
      this._missingProfile = profile ? null : this.profile;
      if (!profile) this._warnOnce(missingProfileText(this.profile, 'en'), 'profile');
    }
  }

  /** Option `i` of the list (a press keeps the focus in the box). */
  private _optionItem(i: number, part: string, pick: () => void, content: unknown) {
    return html`<li
      id="option-${i}"
      part=${part}
      role="option"
      aria-selected=${i === this._active ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${pick}
    >
      ${content}
    </li>`;
  }

  private _option(match: SchoolMatch, i: number) {
    const t = this._t;
    return this._optionItem(
      i,
      'option',
      () => this._choose(match),
      html`<span class="name">${match.name}</span>
        <span class="meta"
          >${match.comune} · <code>${match.code}</code>${match.formerly ? html` (${t.formerly(match.formerly)})` : nothing} ·
          ${match.institution ? t.institution : t.plesso}</span
        >`,
    );
  }

  /** The last option, when more match than are shown: shows `limit` more. */
  private _moreOption() {
    const i = this._results.length;
    const next = Math.min(this._step, this._total - i);
    return this._optionItem(
      i,
      'option more',
      () => this._showMore(),
      html`<span class="name">${this._t.showMore(next, this._total - i)}</span>`,
    );
  }

  protected override render() {
    const t = this._t;
    const open = this._open && this._results.length > 0;
    return html`<div part="base">
      <label part="label" for="input">${this.label || t.label}</label>
      <!-- The list opens under its input, never over it (WCAG 2.4.11): both in one positioned box. -->
      <div class="field">
      <input
        id="input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${open && this._active >= 0 ? `option-${this._active}` : nothing}
        aria-describedby="hint"
        placeholder=${t.placeholder}
        @focus=${() => this._ensureIndex()}
        @input=${this._onInput}
        @keydown=${this._onKeyDown}
        @blur=${() => (this._open = false)}
      />
      <p id="hint" class="visually-hidden">${t.hint}</p>
      <div class="popup" part="popup" ?hidden=${!open}>
        <p class="summary" part="summary">${open ? this._announcement(this._t, this._lang) : nothing}</p>
        <ul id="listbox" part="listbox" role="listbox" aria-label=${this.label || t.label} ?hidden=${!open}>
          ${open ? this._results.map((match, i) => this._option(match, i)) : nothing}
          ${open && this._hasMore ? this._moreOption() : nothing}
        </ul>
      </div>
      </div>
      <p class="visually-hidden" role="status">${this._index.status === 'loading' ? this._t.loading : this._announcement(this._t, this._lang)}</p>
      ${this._index.status === 'error' ? this.renderError(this._index.error) : nothing}
      ${renderNotes([
        this._limitIgnored !== null && ignoredNumberText('limit', this._limitIgnored, 1, LIMIT, this._lang),
        this._missingProfile !== null && missingProfileText(this._missingProfile, this._lang),
      ])}
    </div>`;
  }
}
