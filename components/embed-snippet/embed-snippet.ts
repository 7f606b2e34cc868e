import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { sharedLoader } from '../../src/data/loader.js';
import { fetchJson } from '../../src/data/fetch-json.js';
import { resolveLanguage } from '../../src/i18n/lang.js';
import { CDN_BUNDLE } from '../../src/version.js';
import type { LinkedView } from '../linked-view/linked-view.js';
import { MESSAGES } from './embed-snippet.messages.js';
import { embedSnippetStyles } from './embed-snippet.styles.js';

/** What the build writes beside the CDN bundle (dist/cdn/integrity.json). */
interface IntegrityFile {
  version: string;
  files: Record<string, string>;
}

/**
 * "Embed this view": a button that gives the exact snippet (script tag with its
 * integrity hash, and the elements' markup) that reproduces the view of the
 * enclosing <linked-view> on another site, optionally with the data frozen at
 * the release on screen.
 *
 * @tagname embed-snippet
 * @summary The snippet that reproduces the current view on another site.
 *
 * @csspart button - The button that opens the panel.
 * @csspart panel - The panel with the code.
 * @csspart code - The text area with the snippet.
 *
 * @cssproperty --embed-snippet-accent - Buttons (default: --se-color-primary, #0066cc).
 * @cssproperty --embed-snippet-text - Text colour.
 * @cssproperty --embed-snippet-muted - Notes.
 * @cssproperty --embed-snippet-rule - Borders.
 * @cssproperty --embed-snippet-background - Background colour.
 * @cssproperty --embed-snippet-focus - Focus ring.
 * @cssproperty --embed-snippet-font - Font family.
 * @cssproperty --embed-snippet-radius - Corner radius.
 */
export class EmbedSnippet extends LitElement {
  static override styles = embedSnippetStyles;

  /** URL of the single-file bundle written in the snippet (default: this version on jsDelivr). */
  @property() script = CDN_BUNDLE;

  /** The bundle's `sha384-…` hash; when absent, read from `integrity.json` beside `script`. */
  @property() integrity = '';

  /** URL template of a frozen data release, with `{release}` (for example `https://example.org/dati/{release}/index.json`). */
  @property({ attribute: 'release-src' }) releaseSrc = '';

  @state() private _open = false;
  @state() private _pinned = false;
  @state() private _release = '';
  @state() private _hash = '';
  @state() private _status = '';
  @state() private _snippet = '';

  private _lang: Language = 'it';
  private _view: LinkedView | null = null;

  private get _t() {
    return MESSAGES[this._lang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._view = this.closest('linked-view');
    this._view?.addEventListener('linked-view-change', this._refresh);
    if (!this._view) console.warn('[embed-snippet] must be placed inside a <linked-view>: nothing to embed.');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._view?.removeEventListener('linked-view-change', this._refresh);
    this._view = null;
  }

  /** The script URL whose integrity.json was already asked for. */
  private _integrityAskedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._lang = resolveLanguage(this);
    if (changed.has('script') || changed.has('integrity')) this._hash = this.integrity;
  }

  private readonly _refresh = (): void => {
    if (!this._open || !this._view) return;
    const src =
      this._pinned && this._release
        ? new URL(this.releaseSrc.replace('{release}', encodeURIComponent(this._release)), document.baseURI).href
        : undefined;
    const script = new URL(this.script, document.baseURI).href;
    this._snippet = this._view.snippet({ script, integrity: this._hash || undefined, src });
  };

  private async _toggle(): Promise<void> {
    this._open = !this._open;
    this._status = '';
    if (!this._open) return;
    this._refresh();
    await Promise.all([this._loadRelease(), this._loadIntegrity()]);
    this._refresh();
  }

  private async _loadRelease(): Promise<void> {
    if (this._release || !this._view?.src) return;
    try {
      this._release = (await sharedLoader().index(this._view.src)).index.release;
    } catch (error) {
      console.warn(`[embed-snippet] the data's release is unknown: ${String(error)}`);
    }
  }

  private async _loadIntegrity(): Promise<void> {
    if (this._hash) return;
    const script = new URL(this.script, document.baseURI);
    // Asked once per script URL: a missing integrity.json is not fetched (nor warned about) again at every opening.
    if (this._integrityAskedFor === script.href) return;
    this._integrityAskedFor = script.href;
    try {
      const file = (await fetchJson(new URL('integrity.json', script).href, {
        signal: AbortSignal.timeout(10_000),
        retries: 0,
      })) as IntegrityFile;
      this._hash = file.files?.[script.pathname.split('/').pop()!] ?? '';
    } catch {
      this._hash = '';
    }
    if (!this._hash) console.warn(`[embed-snippet] no integrity hash for ${script.href}: the snippet's script tag has none.`);
  }

  private async _copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this._snippet);
      this._status = this._t.copied;
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
      this._status = this._t.copyFailed;
    }
  }

  private _panel() {
    const t = this._t;
    const canPin = Boolean(this.releaseSrc && this._release);
    return html`<div id="panel" part="panel">
      <label for="code">${t.label}</label>
      <textarea id="code" part="code" readonly spellcheck="false" .value=${this._snippet}></textarea>
      ${
        canPin
          ? html`<label
            ><input
              type="checkbox"
              .checked=${this._pinned}
              @change=${(event: Event) => {
                this._pinned = (event.target as HTMLInputElement).checked;
                this._refresh();
              }}
            />
            ${t.pin(this._release)}</label
          >`
          : html`<p class="note">${t.pinUnavailable}</p>`
      }
      <div class="toolbar">
        <button type="button" @click=${this._copy}>${t.copy}</button>
        <span role="status">${this._status}</span>
      </div>
      <p class="note">${t.selfSizing}</p>
      ${this._hash ? nothing : html`<p class="note">${t.noIntegrity}</p>`}
    </div>`;
  }

  override render() {
    const t = this._t;
    if (!this._view) return html`<div part="error" role="alert">${t.noView}</div>`;
    return html`<div part="base">
      <div class="toolbar">
        <button type="button" part="button" aria-expanded=${this._open ? 'true' : 'false'} aria-controls="panel" @click=${this._toggle}>${t.open}</button>
      </div>
      ${this._open ? this._panel() : nothing}
    </div>`;
  }
}
