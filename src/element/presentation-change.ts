/**
 * A reader changed how an element shows its data: the map or its table, the
 * map's points, the chart's lines, stacked areas or table, the list's filter
 * or order, the breakdown's or the survey's bars or table. The element tells the page with a bubbling, composed
 * `scuole-presentation-change` event naming its reflected attribute and the
 * new value, so that a `<linked-view>` around keeps it in the page's address:
 * a reload, a shared link or the page in another language shows it the same way.
 */

export interface PresentationChange {
  /** The element's attribute that holds it (`view`, `points`, `filter`, `sort`). */
  attribute: string;
  value: string;
}

export const PRESENTATION_CHANGE = 'scuole-presentation-change';

/** Sets `host`'s property `attribute` to `value`, a reader's choice, and tells the page. */
export function choosePresentation<K extends string>(host: HTMLElement & Record<K, string>, attribute: K, value: string): void {
  host[attribute] = value as (typeof host)[K];
  host.dispatchEvent(
    new CustomEvent<PresentationChange>(PRESENTATION_CHANGE, { detail: { attribute, value }, bubbles: true, composed: true }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scuole-presentation-change': CustomEvent<PresentationChange>;
  }
}
