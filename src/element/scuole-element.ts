/**
 * The foundation of every Lit element of the library (as Shoelace's
 * `shoelace-element.ts`): what they all share, written once.
 *  - `lang` is reactive: the element follows its own `lang`, its ancestors' (across
 *    shadow roots) and the document's, and re-renders when any of them changes;
 *  - texts come from the element's `*.messages.ts`, typed, in the language in effect;
 *  - one warning per problem in the console, counted (`warnings.ts`);
 *  - one way to turn any error (a `UsageError` of the element's attributes, a
 *    typed data error, anything else) into a sentence, on screen in the reader's
 *    language and in English in the console, and to render it as an alert.
 * Loading data goes through `DataView` (`data-view.ts`), which relies on these.
 */
import { html, LitElement, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import type { Language } from '../contract/vocabulary.js';
import { isDataError } from '../errors.js';
import { errorMessage } from '../i18n/error-message.js';
import { resolveLanguage } from '../i18n/lang.js';
import { followLanguage } from './follow-language.js';
import type { Catalogue, ElementMessages } from './messages.js';
import { isUsageError } from './usage-error.js';
import { warn } from './warnings.js';

/** The retry button's name (every element has it: not in each catalogue). */
const RETRY: Record<Language, string> = { it: 'Riprova', en: 'Try again' };

/** What the reader is told when data that passed its checks still cannot be drawn. */
const UNDRAWABLE = {
  it: 'i dati ricevuti non si possono mostrare: non hanno la forma attesa.',
  en: 'the data received cannot be shown: it does not have the expected shape.',
};

export abstract class ScuoleElement<M extends ElementMessages = ElementMessages> extends LitElement {
  /** The element's texts in both languages (its `*.messages.ts`). */
  protected abstract readonly _messages: Catalogue<M>;

  /** The language in effect, resolved once per update (it walks up the page) and used by everything rendered. */
  protected _lang: Language = 'it';

  /** @internal Downloads the element's data again (set by its `DataView`). */
  retryLoad?: () => void;

  /**
   * The attributes whose value the element ignored (src/element/ignore-unknown.ts), by property, with the value
   * written; kept by the elements that have such attributes.
   */
  protected _ignored?: Map<string, string>;

  private _unfollowLanguage?: () => void;
  private readonly _warned = new Set<string>();

  /**
   * A public property set to null or undefined, or its attribute removed, takes its initial value back, as an element
   * never given it has: a framework that binds `code` or `level` to null (React 19 and Angular set the property, and
   * remove the attribute) or a script that removes one asks for the default, not for null (the map said «Livello
   * sconosciuto null», the profile threw into the page). It counts as a change even where the value was already the
   * initial one: a value the element had ignored and put back to its default (src/element/ignore-unknown.ts) goes,
   * and so does its note (`view="x"` then removed still said «view="x" non è un valore ammesso»). So does any value
   * set for an attribute whose value was ignored: `dimension="x"` corrected to the default it already showed kept
   * its note.
   */
  protected static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    const set = descriptor?.set;
    if (!set || options.attribute === false) return descriptor;
    // The first value any element of the class is given is its initializer's, the same for all.
    let first = true;
    let initial: unknown;
    return {
      ...descriptor,
      set(this: ScuoleElement, value: unknown) {
        if (first) {
          first = false;
          initial = value;
        }
        set.call(this, value ?? initial);
        if (value == null || this._ignored?.has(name as string)) this.requestUpdate(name, null);
      },
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unfollowLanguage = followLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unfollowLanguage?.();
  }

  /**
   * The language the element shows: `it` or `en`, from its own `lang`, its
   * ancestors' or the document's.
   */
  get language(): Language {
    return this._lang;
  }

  /** @internal Called when a `lang` attribute changed somewhere in the page. */
  languageMayHaveChanged(): void {
    if (resolveLanguage(this) !== this._lang) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._lang = resolveLanguage(this);
  }

  /**
   * Renders, and never throws into the host page: data that passed its checks
   * but still cannot be drawn (or a fault of ours) shows the error state, in
   * the reader's language, instead of leaving the element on its last state;
   * the console gets the real error.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      this._warnOnce(`could not render: ${String((error as Error)?.message ?? error)}`);
      // The error state, rendered by the same machinery (an own property shadows the element's render for this update only).
      this.render = () => html`<div part="base">${this.renderError(UNDRAWABLE)}</div>`;
      try {
        super.update(changed);
      } finally {
        delete (this as unknown as { render?: unknown }).render;
      }
    }
  }

  /** The element's texts in the language in effect. */
  protected get _t(): M {
    return this._messages[this._lang];
  }

  /** A console warning, once per element for each `key` (the message itself by default). */
  protected _warnOnce(message: string, key = message): void {
    if (this._warned.has(key)) return;
    this._warned.add(key);
    warn(this.localName, message);
  }

  /** @internal The sentence for any error, in `lang` (the language in effect by default). */
  errorText(error: unknown, lang: Language = this._lang): string {
    if (error === UNDRAWABLE) return UNDRAWABLE[lang];
    if (isUsageError(error)) {
      const text = this._messages[lang].usage[error.what];
      return text ? text(JSON.stringify(error.value), error.hint) : error.message;
    }
    return errorMessage(error, lang);
  }

  /** @internal Tells the console about an error, once, in English (`DataView` has localized data errors already). */
  reportError(error: unknown): void {
    this._warnOnce(this.errorText(error, 'en'));
  }

  /** @internal The error as an alert, in the reader's language; a fault that may pass (network, time-out, server) offers to try again. */
  renderError(error: unknown): TemplateResult {
    const passing =
      isDataError(error) && (error.code === 'network' || error.code === 'timeout' || (error.code === 'http' && !error.notFound));
    return html`<div part="error" role="alert">
      <strong>${this._t.error}</strong>: ${this.errorText(error)}
      ${passing && this.retryLoad ? html`<button part="retry" @click=${this.retryLoad}>${RETRY[this._lang]}</button>` : nothing}
    </div>`;
  }

  /** @internal The loading state (a polite note; the element's box is busy). */
  renderLoading(): TemplateResult {
    return html`<p class="note">${this._t.loading}</p>`;
  }

  /** @internal The note that the data is synthetic, shown wherever it or anything derived from it shows. */
  renderSyntheticNote(): TemplateResult {
    return html`<p class="note" role="note">${this._t.synthetic}</p>`;
  }
}
