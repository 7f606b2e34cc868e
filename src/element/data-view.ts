/**
 * How an element gets its data and the view it draws, on `@lit/task`:
 *
 *     args() → load(args, signal) → derive(data, inputs(), language) → render
 *
 *  - `load` goes through the page-wide loader (deduplicated, cached, abortable):
 *    a change of `args` aborts the download in flight, as does leaving the page
 *    (it starts again when the element comes back); a data error it throws gets
 *    its Italian and English texts before the error state shows;
 *  - `derive` is pure and runs once per data, inputs and language (kept until
 *    one of them changes), so a re-render for focus or hover derives nothing;
 *    an error it throws (a `UsageError` of an attribute, say) is the element's
 *    error state, like a failed download, a data error with its texts too;
 *  - `renderStatus()` gives the loading and error states; every error is
 *    reported once in the console, and told once to `onError` (an element
 *    that reads an area tells the page of one the data does not hold:
 *    src/element/area-missing.ts).
 *
 * A first data that a fuller one may follow (a national map's latest year,
 * then every year): src/element/fuller-data-view.ts.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Language } from '../contract/vocabulary.js';
import { isDataError, localizeError, withLocalizedErrors } from '../errors.js';
import type { ScuoleElement } from './scuole-element.js';

export { initialState };

export type DataStatus = 'idle' | 'loading' | 'complete' | 'error';

export interface DataViewOptions<Args extends readonly unknown[], Data, Inputs extends object, View> {
  /** What the download depends on: a change starts another one. */
  args: () => Args;
  /** Loads the data (through the shared loader); may return `initialState` to wait without loading. */
  load: (args: Args, signal: AbortSignal) => Promise<Data | typeof initialState>;
  /** What the view depends on besides the data and the language; compared value by value. */
  inputs?: () => Inputs;
  /** The view drawn from the data; pure. Without it the view is the data. */
  derive?: (data: Data, inputs: Inputs, language: Language) => View;
  /**
   * Told once of each error the element shows, after it shows: an element that reads an area passes
   * `tellMissingArea` (src/element/area-missing.ts), which a badge does not carry.
   */
  onError?: (host: Element, error: unknown) => void;
}

/** The last derivation: what it was made from, and the view or the error it gave. */
export interface Derived<View> {
  from: unknown[];
  view?: View;
  error?: unknown;
  /** The inputs ask for what the data lacks: `view` is the last one it gave, if any (src/element/fuller-data-view.ts). */
  waiting?: boolean;
  /** Its data error's texts are on their way: the element shows it loading until then. */
  localizing?: boolean;
}

export class DataView<Args extends readonly unknown[], Data, Inputs extends object = object, View = Data> implements ReactiveController {
  protected readonly _task: Task<Args, Data>;
  protected _derived?: Derived<View>;
  /** The element left the page while loading: the download was cancelled and starts again when it comes back. */
  private _left = false;
  /** The last error told to the page (an area the data lacks is told once, not at every render). */
  private _told: unknown;

  constructor(
    protected readonly _host: ScuoleElement,
    protected readonly _options: DataViewOptions<Args, Data, Inputs, View>,
  ) {
    this._task = new Task<Args, Data>(_host, {
      args: _options.args,
      // A data error leaves with its Italian and English texts, whoever threw it (the loader, a light path, the element).
      task: (args, { signal }) => withLocalizedErrors(_options.load(args, signal)) as Promise<Data>,
    });
    _host.addController(this);
    // The error state's "Riprova" downloads again (a failed request is not kept in the page's cache).
    _host.retryLoad = () => void this._task.run();
  }

  /** idle (nothing asked yet), loading, complete (data and view ready) or error. */
  get status(): DataStatus {
    const status = this._task.status;
    if (this._left || status === TaskStatus.PENDING || (status === TaskStatus.COMPLETE && this._derive()?.localizing)) return 'loading';
    if (status === TaskStatus.INITIAL) return 'idle';
    return this.error === undefined ? 'complete' : 'error';
  }

  /** The data, once loaded. */
  get data(): Data | undefined {
    return this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
  }

  /** The view derived from the data, the inputs and the language in effect. */
  get view(): View | undefined {
    return this._derive()?.view;
  }

  /** Why there is no view: the download's error or the derivation's. */
  get error(): unknown {
    return this._task.status === TaskStatus.ERROR ? this._task.error : this._derive()?.error;
  }

  hostConnected(): void {
    if (this._left) {
      this._left = false;
      void this._task.run();
    }
  }

  hostDisconnected(): void {
    if (this._task.status !== TaskStatus.PENDING) return;
    this._left = true;
    this._task.abort();
  }

  hostUpdated(): void {
    if (this.status !== 'error') return;
    const error = this.error;
    this._host.reportError(error);
    if (error === this._told) return;
    this._told = error;
    this._options.onError?.(this._host, error);
  }

  /**
   * The loading state (the element's `base` part, busy, with a note) or the
   * error state (`base` with the alert), or `nothing` once the view is ready or
   * while nothing was asked. `className` is given to the `base` part.
   */
  renderStatus(className = ''): TemplateResult | typeof nothing {
    const status = this.status;
    return status === 'loading'
      ? html`<div part="base" class=${className} aria-busy="true">${this._host.renderLoading()}</div>`
      : status === 'error'
        ? html`<div part="base" class=${className}>${this._host.renderError(this.error)}</div>`
        : nothing;
  }

  /** A derivation that waits for more data than `data` has (none here: src/element/fuller-data-view.ts). */
  protected _waiting(_data: Data, _inputs: Inputs, _from: unknown[]): Derived<View> | undefined {
    return undefined;
  }

  protected _derive(): Derived<View> | undefined {
    const data = this.data;
    if (data === undefined) return undefined;
    const inputs = this._options.inputs?.() ?? ({} as Inputs);
    // What the view is made from, compared value by value with the last time.
    const from = [data, this._host.language, ...Object.values(inputs)];
    const last = this._derived;
    if (last && last.from.length === from.length && last.from.every((value, i) => Object.is(value, from[i]))) return last;
    const waiting = this._waiting(data, inputs, from);
    if (waiting) return waiting;
    const derived: Derived<View> = { from };
    try {
      derived.view = this._options.derive ? this._options.derive(data, inputs, this._host.language) : (data as unknown as View);
    } catch (error) {
      derived.error = error;
      // A data error of the view (an area the data does not hold) gets its Italian and English texts as a download's.
      if (isDataError(error) && !error.text) {
        derived.localizing = true;
        const shown = () => {
          derived.localizing = false;
          this._host.requestUpdate();
        };
        // Its texts' catalogue not had (offline), it shows as it is, and nothing reaches the page.
        void localizeError(error).then(shown, shown);
      }
    }
    return (this._derived = derived);
  }
}
