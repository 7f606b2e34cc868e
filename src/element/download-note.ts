/**
 * Why a download could not be made (its code not found beside a self-hosted
 * bundle, a browser that refuses the file), said where the reader clicked, in
 * the page's language, and once in the console; the view stays as it is, and
 * the next download clears it. Only the elements with downloads carry it (the
 * badge, which has none, does not pay for it).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Language } from '../contract/vocabulary.js';

const FAILED: Record<Language, (kind: string) => string> = {
  it: (kind) => `Non è stato possibile creare il file ${kind} (i dettagli nella console del browser).`,
  en: (kind) => `The ${kind} file could not be made (the details are in the browser's console).`,
};

export class DownloadNote {
  /** The kind of file ('CSV', 'XLSX', …) whose download last failed, until the next download is asked for. */
  private _failed: string | null = null;
  /** Why it failed, where the element knows it (a page's policy that refuses a picture), in each language. */
  private _why: ((lang: Language) => string) | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & { readonly language: Language },
    private readonly _warn: (message: string) => void,
  ) {}

  /** Before a download: a failure the one before said is no longer true. */
  started(): void {
    if (this._failed === null) return;
    this._failed = null;
    this._host.requestUpdate();
  }

  failed(kind: string, error: unknown, why?: (lang: Language) => string): void {
    this._warn(`${kind.toUpperCase()} export failed: ${String((error as Error)?.message ?? error)}`);
    this._failed = kind.toUpperCase();
    this._why = why;
    this._host.requestUpdate();
  }

  /**
   * A polite live region beside the download buttons: empty and visually hidden (it takes no room, and stays in the
   * accessibility tree to be heard when it fills), or a note of why the last download failed (the shared chrome's
   * `.note` and `.visually-hidden`).
   */
  render(): TemplateResult {
    const [failed, lang] = [this._failed, this._host.language];
    return html`<p class=${failed ? 'note' : 'visually-hidden'} part="download-note" role="status">
      ${failed ? (this._why ? this._why(lang) : FAILED[lang](failed)) : nothing}
    </p>`;
  }
}
