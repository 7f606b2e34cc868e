/**
 * A data view (src/element/data-view.ts) whose last view stays while other
 * data loads (a linked view's new scope, year or data): the element is busy
 * (`stale`), not blanked to its loading state, so it neither jumps nor drops
 * the focus a reader had in it. The first data still shows the loading state:
 * there is nothing to keep yet. A module of its own: the badge, whose data
 * never changes under a reader, stays without it.
 */
import { TaskStatus } from '@lit/task';
import { DataView } from './data-view.js';

export class KeepingDataView<Args extends readonly unknown[], Data, Inputs extends object = object, View = Data> extends DataView<
  Args,
  Data,
  Inputs,
  View
> {
  /** The data, once loaded; while other data loads, the data of the view that stays. */
  override get data(): Data | undefined {
    return super.data ?? (this.stale ? (this._derived!.from[0] as Data) : undefined);
  }

  /** Other data is loading and the last view stays meanwhile: the element says it is busy. */
  get stale(): boolean {
    return this._task.status === TaskStatus.PENDING && this._derived?.view !== undefined;
  }
}
