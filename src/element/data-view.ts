/**
 * How an element gets its data and the view it draws, on `@lit/task`:
 *
 *     args() → load(args, signal) → derive(data, inputs(), language) → render
 *
 *  - `load` goes through the page-wide loader (deduplicated, cached, abortable):
 *    a change of `args` aborts the download in flight, as does leaving the page
 *    (it starts again when the element comes back);
 *  - `derive` is pure and runs once per data, inputs and language (kept until
 *    one of them changes), so a re-render for focus or hover derives nothing;
 *    an error it throws (a `UsageError` of an attribute, say) is the element's
 *    error state, like a failed download;
 *  - `renderStatus()` gives the loading and error states; every error is
 *    reported once in the console.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Language } from '../contract/vocabulary.js';
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
}

interface Derived<Data, Inputs, View> {
  data: Data;
  inputs: Inputs;
  language: Language;
  view?: View;
  error?: unknown;
}

/** The reason of an abort when the element leaves the page: not an error to show. */
const LEFT_THE_PAGE = 'left-the-page';

const sameInputs = (a: object, b: object) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is((a as never)[key], (b as never)[key]));
};

export class DataView<Args extends readonly unknown[], Data, Inputs extends object = object, View = Data> implements ReactiveController {
  private readonly _task: Task<Args, Data>;
  private _derived: Derived<Data, Inputs, View> | null = null;
  private _leftWhileLoading = false;

  constructor(
    private readonly _host: ScuoleElement,
    private readonly _options: DataViewOptions<Args, Data, Inputs, View>,
  ) {
    this._task = new Task<Args, Data>(_host, {
      args: _options.args,
      task: (args, { signal }) => _options.load(args, signal) as Promise<Data>,
    });
    _host.addController(this);
  }

  /** idle (nothing asked yet), loading, complete (data and view ready) or error. */
  get status(): DataStatus {
    if (this._leftWhileLoading) return 'loading';
    switch (this._task.status) {
      case TaskStatus.INITIAL:
        return 'idle';
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        return 'error';
    }
    return this._derive()?.error === undefined ? 'complete' : 'error';
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
    if (this._task.status === TaskStatus.ERROR) return this._leftWhileLoading ? undefined : this._task.error;
    return this._derive()?.error;
  }

  /** Loads again with the current args (a retry). */
  reload(): void {
    void this._task.run();
  }

  hostConnected(): void {
    // Came back after leaving mid-download: the download starts again.
    if (this._leftWhileLoading) {
      this._leftWhileLoading = false;
      void this._task.run();
    }
  }

  hostDisconnected(): void {
    if (this._task.status !== TaskStatus.PENDING) return;
    this._leftWhileLoading = true;
    this._task.abort(LEFT_THE_PAGE);
  }

  hostUpdated(): void {
    if (this.status === 'error') this._host.reportError(this.error);
  }

  /**
   * The loading state (the element's `base` part, busy, with a note) or the
   * error state (`base` with the alert), or `nothing` once the view is ready or
   * while nothing was asked. `className` is given to the `base` part.
   */
  renderStatus(className = ''): TemplateResult | typeof nothing {
    const status = this.status;
    if (status === 'loading') return html`<div part="base" class=${className} aria-busy="true">${this._host.renderLoading()}</div>`;
    if (status === 'error') return html`<div part="base" class=${className}>${this._host.renderError(this.error)}</div>`;
    return nothing;
  }

  private _derive(): Derived<Data, Inputs, View> | null {
    if (this._task.status !== TaskStatus.COMPLETE) return null;
    const data = this._task.value as Data;
    const inputs = this._options.inputs?.() ?? ({} as Inputs);
    const language = this._host.language;
    const last = this._derived;
    if (last && last.data === data && last.language === language && sameInputs(last.inputs, inputs)) return last;
    const derived: Derived<Data, Inputs, View> = { data, inputs, language };
    try {
      derived.view = this._options.derive ? this._options.derive(data, inputs, language) : (data as unknown as View);
    } catch (error) {
      derived.error = error;
    }
    return (this._derived = derived);
  }
}
