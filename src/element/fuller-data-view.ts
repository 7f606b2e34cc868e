/**
 * A data view (src/element/data-view.ts) whose first data may be followed by
 * a fuller one: a national map draws its latest year from that year's file,
 * then gets every year from the whole file (src/contract/area-latest.ts).
 * The fuller data is asked for when the page is idle after the first is
 * drawn, or at once when the inputs ask for what the first lacks (another
 * year); meanwhile the view stays the one the first gave, and `pending` says
 * so. A module of its own: only the map needs it, the other elements' bundles
 * stay without it.
 */
import { TaskStatus } from '@lit/task';
import { withLocalizedErrors } from '../errors.js';
import { whenIdleAfterPaint } from '../util/when-idle.js';
import { DataView, type DataStatus, type DataViewOptions, type Derived } from './data-view.js';
import type { ScuoleElement } from './scuole-element.js';

export interface Fuller<Data, Inputs> {
  /** Loads it (through the shared loader), or null when `data` is already whole. */
  load: (data: Data, signal: AbortSignal) => Promise<Data> | null;
  /** Whether `data` gives the view of `inputs` (a latest year's data, that year's only). */
  covers: (data: Data, inputs: Inputs) => boolean;
}

/** The fuller data of a first one: asked for, come, or failed. */
interface Asked<Data> {
  from: Data;
  controller: AbortController;
  data?: Data;
  error?: unknown;
}

export class FullerDataView<Args extends readonly unknown[], Data, Inputs extends object = object, View = Data> extends DataView<
  Args,
  Data,
  Inputs,
  View
> {
  private _asked?: Asked<Data>;
  /** The first data whose fuller one is asked for at the next idle time. */
  private _idleFor?: Data;

  constructor(
    host: ScuoleElement,
    options: DataViewOptions<Args, Data, Inputs, View>,
    private readonly _fuller: Fuller<Data, Inputs>,
  ) {
    super(host, options);
  }

  /** The data, once loaded: the fuller one once it has come. */
  override get data(): Data | undefined {
    if (this._task.status !== TaskStatus.COMPLETE) return undefined;
    const first = this._task.value as Data;
    return this._asked?.from === first && this._asked.data !== undefined ? this._asked.data : first;
  }

  /** As the data view's; loading while the inputs ask for the fuller data and the first gave no view yet. */
  override get status(): DataStatus {
    const status = super.status;
    return status === 'complete' && this._derive()?.view === undefined ? 'loading' : status;
  }

  /** The inputs ask for what the data lacks: the view is the last one it could give until the fuller data comes. */
  get pending(): boolean {
    return this._derive()?.waiting === true;
  }

  protected override _waiting(data: Data, inputs: Inputs, from: unknown[]): Derived<View> | undefined {
    if (this._fuller.covers(data, inputs)) return undefined;
    this._ask();
    const asked = this._asked;
    // The fuller data failed: its error is the view's, as a failed download's.
    if (asked?.from === data && asked.error !== undefined) return (this._derived = { from, error: asked.error });
    // Else the last view of this data stays, said to be waiting (not kept: it is not the view of these inputs).
    const last = this._derived;
    return { from, view: last?.from[0] === data ? last.view : undefined, waiting: true };
  }

  override hostConnected(): void {
    super.hostConnected();
    // Back on the page with its first data drawn (no update comes by itself): the fuller data is asked for at the next idle time.
    if (this.status === 'complete') this._askWhenIdle();
  }

  override hostDisconnected(): void {
    // A fuller download in flight is given up with the element, and asked again when it comes back; so is one that
    // failed while nothing showed its error (the first data drawn): a passing fault is not kept for the page's life.
    // One whose error the element shows stays, for its "Riprova".
    const asked = this._asked;
    if (asked && asked.data === undefined && (asked.error === undefined || this._derived?.error !== asked.error)) {
      asked.controller.abort();
      this._asked = undefined;
    }
    // An idle request not yet run does nothing once the element has left: it is made again when it comes back.
    this._idleFor = undefined;
    super.hostDisconnected();
  }

  override hostUpdated(): void {
    super.hostUpdated();
    // An error state is reported by the data view; the fuller data's failure below only while the first data shows.
    if (this.status !== 'complete') return;
    this._askWhenIdle();
    // A fuller download that failed while nothing needed it: said once in the console, the first data still shows.
    if (this._asked?.error !== undefined) this._host.reportError(this._asked.error);
  }

  /** Once the first data is drawn (the callers' check), its fuller data is asked for when the page is idle after the paint. */
  private _askWhenIdle(): void {
    if (this._idleFor === this._task.value) return;
    this._idleFor = this._task.value;
    whenIdleAfterPaint(() => this._host.isConnected && this._ask());
  }

  /** Asks for the fuller data of the data in hand, once (none when it is whole); the host updates when it comes. */
  private _ask(): void {
    const first = this._task.status === TaskStatus.COMPLETE ? (this._task.value as Data) : undefined;
    if (first === undefined || this._asked?.from === first) return;
    const controller = new AbortController();
    const loading = this._fuller.load(first, controller.signal);
    if (!loading) return;
    const asked: Asked<Data> = (this._asked = { from: first, controller });
    withLocalizedErrors(loading)
      .then(
        (data) => (asked.data = data),
        (error: unknown) => (asked.error = error),
      )
      .finally(() => {
        if (this._asked === asked && !controller.signal.aborted) this._host.requestUpdate();
      });
  }
}
