import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchJson } from '../../src/data/fetch-json.js';
import { DataView, initialState } from '../../src/element/data-view.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { isIntegrity } from '../../src/util/integrity.js';
import { isLoopback, isPlainHttp } from '../../src/util/loopback.js';
import { CDN_BUNDLE } from '../../src/version.js';
import type { LinkedView } from '../linked-view/linked-view.js';
import { MESSAGES, type EmbedSnippetMessages } from './embed-snippet.messages.js';
import { embedSnippetStyles } from './embed-snippet.styles.js';
import { isDataError } from '../../src/errors.js';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';

/** The data's index and the comment that heads the code, written from it in a language (src/view/embed-comment.ts). */
interface DataFacts {
  index: NationalIndex;
  comment: (lang: Language, releaseLine: string) => string;
}

/** What the build writes beside the CDN bundle (dist/cdn/integrity.json). */
interface IntegrityFile {
  version: string;
  files: Record<string, string>;
}

/**
 * "Embed this view": a button that gives the exact snippet (script tag with its
 * integrity hash, and the elements' markup) that reproduces the view of the
 * enclosing <linked-view> on another site, optionally with the data frozen at
 * the release on screen. The code opens with a comment on its data (title,
 * sources, publication day, synthetic note, release), as every download does.
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
export class EmbedSnippet extends ScuoleElement<EmbedSnippetMessages> {
  static override styles = embedSnippetStyles;

  /** URL of the single-file bundle written in the snippet (default: this version on jsDelivr). */
  @property() script = CDN_BUNDLE;

  /** The bundle's `sha384-…` hash; when absent, read from `integrity.json` beside `script`. */
  @property() integrity = '';

  /** URL template of a frozen data release, with `{release}` (for example `https://example.org/dati/{release}/index.json`). */
  @property({ attribute: 'release-src' }) releaseSrc = '';

  @state() private _open = false;
  @state() private _pinned = false;
  /** What the last copy did, said in the language the page reads in now (it may change after). */
  @state() private _status: 'copied' | 'copyFailed' | null = null;
  /** Opened once: from then on the release and the integrity hash are known (or known to be missing). */
  @state() private _wanted = false;
  @state() private _viewSrc = '';

  protected readonly _messages = MESSAGES;
  private _view: LinkedView | null = null;

  /** The data's index (its release and provenance) and the bundle's integrity hash, read once when the panel first opens (and again if the script or the data change). */
  private readonly _facts = new DataView(this, {
    args: () => [this._wanted, this._viewSrc, this.script, this._integrity] as const,
    load: async ([wanted, viewSrc, script, integrity], signal) => {
      if (!wanted) return initialState;
      const [data, found] = await Promise.all([
        this._loadIndex(viewSrc, signal),
        integrity ? { hash: integrity, modules: {}, blocked: false } : this._loadIntegrity(script, signal),
      ]);
      return { data, ...found };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this._view = this.closest('linked-view');
    this._view?.addEventListener('linked-view-change', this._refresh);
    if (!this._view) this._warnOnce('must be placed inside a <linked-view>: nothing to embed.');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._view?.removeEventListener('linked-view-change', this._refresh);
    this._view = null;
  }

  /** The `integrity` attribute when it is a well-formed hash, else '' (read from integrity.json instead, and said). */
  private get _integrity(): string {
    return isIntegrity(this.integrity) ? this.integrity.trim() : '';
  }

  /** An `integrity` attribute was written, but is no hash (said beside the code). */
  private get _integrityIgnored(): boolean {
    return this.integrity.trim() !== '' && !this._integrity;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('integrity') && this._integrityIgnored) this._warnOnce(MESSAGES.en.integrityIgnored(this.integrity), 'integrity');
  }

  private get _release(): string {
    return this._facts.data?.data?.index.release ?? '';
  }

  /** The data address the code writes: the frozen release's, when chosen, else none (the view's own). */
  private get _pinnedSrc(): string | undefined {
    return this._pinned && this._canPin
      ? new URL(this.releaseSrc.replace('{release}', encodeURIComponent(this._release)), document.baseURI).href
      : undefined;
  }

  /**
   * What another site cannot read of the code's addresses: data or a script on this computer (a page served by
   * `npm start`, a local copy), or data on http, which a page on https is not allowed to read.
   */
  private _addressNotes(): string[] {
    const t = this._t;
    const data = new URL(this._pinnedSrc ?? (this._view?.src || '.'), document.baseURI);
    const script = new URL(this.script, document.baseURI);
    const notes: string[] = [];
    if (isLoopback(data.hostname)) notes.push(t.dataOnThisComputer(data.host));
    else if (isPlainHttp(data)) notes.push(t.dataInsecure);
    if (isLoopback(script.hostname)) notes.push(t.scriptOnThisComputer(script.host));
    return notes;
  }

  private get _snippet(): string {
    if (!this._open || !this._view) return '';
    const hash = this._facts.data?.hash || this._integrity;
    const src = this._pinnedSrc;
    const script = new URL(this.script, document.baseURI).href;
    const data = this._facts.data?.data;
    // What the data are and where they come from, in the code itself: it outlives the page it was copied from.
    const about = data ? `${data.comment(this._lang, this._t.releaseComment(data.index.release, Boolean(src)))}\n` : '';
    const snippet = about + this._view.snippet({ script, integrity: hash || undefined, modules: this._facts.data?.modules, src });
    // A hash that could not be read is said in the snippet itself, where whoever pastes it will see it.
    return !hash && this._facts.data?.blocked ? `<!-- ${this._t.integrityBlockedComment} -->\n${snippet}` : snippet;
  }

  /** The view changed: the snippet is written again. */
  private readonly _refresh = (): void => {
    if (this._open) this.requestUpdate();
  };

  private _toggle(): void {
    this._open = !this._open;
    this._status = null;
    if (!this._open) return;
    this._viewSrc = this._view?.src ?? '';
    this._wanted = true;
  }

  private async _loadIndex(viewSrc: string, signal: AbortSignal): Promise<DataFacts | null> {
    if (!viewSrc) return null;
    try {
      // The loader comes with the elements the view links, and the comment's words when the panel opens: this element alone carries neither.
      const [{ sharedLoader }, { embedComment }] = await Promise.all([
        import('../../src/data/loader.js'),
        import('../../src/view/embed-comment.js'),
      ]);
      const { index } = await sharedLoader().index(viewSrc, { signal });
      return { index, comment: (lang, releaseLine) => embedComment(index, lang, releaseLine) };
    } catch (error) {
      if (!signal.aborted) this._warnOnce(`the data's release is unknown: ${String(error)}`);
      return null;
    }
  }

  /**
   * The script's hash from integrity.json beside it, and the other files' (the modules it imports from beside
   * itself, by their absolute URLs); `blocked` when the file could not be read at all (a page's connect-src, CORS, the network).
   */
  private async _loadIntegrity(
    scriptUrl: string,
    signal: AbortSignal,
  ): Promise<{ hash: string; modules: Record<string, string>; blocked: boolean }> {
    const script = new URL(scriptUrl, document.baseURI);
    let hash: string;
    const modules: Record<string, string> = {};
    let blocked = false;
    try {
      const file = (await fetchJson(new URL('integrity.json', script).href, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
        retries: 0,
      })) as IntegrityFile;
      const name = script.pathname.split('/').pop()!;
      // Only a well-formed hash goes into the code a host pastes.
      const wellFormed = (found: unknown) => (typeof found === 'string' && isIntegrity(found) ? found.trim() : '');
      hash = wellFormed(file.files?.[name]);
      for (const [other, found] of Object.entries(file.files ?? {}))
        if (other !== name && /^[\w.-]+\.js$/.test(other) && wellFormed(found)) modules[new URL(other, script).href] = found.trim();
    } catch (error) {
      // No integrity.json beside the script (another host, a local copy): the snippet goes without, and says why.
      hash = '';
      blocked = isDataError(error) && error.code === 'network';
    }
    if (!hash && !signal.aborted) this._warnOnce(`no integrity hash for ${script.href}: the snippet's script tag has none.`);
    return { hash, modules, blocked };
  }

  private async _copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this._snippet);
      this._status = 'copied';
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
      this._status = 'copyFailed';
    }
  }

  /** The data can be frozen: a template with `{release}`, and the release on screen known. */
  private get _canPin(): boolean {
    return this.releaseSrc.includes('{release}') && Boolean(this._release);
  }

  /**
   * Why the data cannot be frozen: no release-src, one without `{release}` (every "frozen" snippet pointed at that
   * one address, whatever the release), or a release the index did not give; nothing while it is being read.
   */
  private _pinNote(): string {
    const t = this._t;
    if (!this.releaseSrc) return t.pinUnavailable;
    if (!this.releaseSrc.includes('{release}')) return t.pinPlaceholder(this.releaseSrc);
    return this._facts.data ? t.pinNoRelease : '';
  }

  private _panel() {
    const t = this._t;
    const canPin = this._canPin;
    const pinNote = canPin ? '' : this._pinNote();
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
              }}
            />
            ${t.pin(this._release)}</label
          >`
          : pinNote
            ? html`<p class="note">${pinNote}</p>`
            : nothing
      }
      <div class="toolbar">
        <button type="button" @click=${this._copy}>${t.copy}</button>
        <span role="status">${this._status ? this._t[this._status] : ''}</span>
      </div>
      ${this._addressNotes().map((note) => html`<p class="note">${note}</p>`)}
      <p class="note">${t.selfSizing}</p>
      ${this._integrityIgnored ? html`<p class="note">${t.integrityIgnored(this.integrity)}</p>` : nothing}
      ${this._facts.data?.hash || this._integrity ? nothing : html`<p class="note">${this._facts.data?.blocked ? t.integrityBlocked : t.noIntegrity}</p>`}
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
