/**
 * An element asked for a province or a comune the data does not hold: an old
 * link's, most often, since ISTAT's codes change as comuni merge and provinces
 * are redrawn. The element shows its error as ever, and tells the page with a
 * bubbling, composed `scuole-area-missing` event, so that a `<linked-view>`
 * around it can show the area that holds it instead, and say so, rather than
 * leave an error in every element that reads the area.
 */
import type { NotFoundError } from '../errors.js';

export interface MissingArea {
  level: 'province' | 'comune';
  /** The ISTAT code asked for. */
  code: string;
}

export const AREA_MISSING = 'scuole-area-missing';

/**
 * Tells the page, from `host`, that the area of `error` is not in the data; nothing for another error. Only an area
 * a document that lists every area lacks (the index, a region's shard: the error names its address): a survey's file
 * without estimates for a province (src/survey/survey-view.ts) says nothing of the province. Read by its fields, not
 * its class: an error of another copy of the bundle on the page is told too.
 */
export function tellMissingArea(host: EventTarget, error: unknown): void {
  const { code, what, key, url } = (error ?? {}) as Partial<NotFoundError>;
  if (code === 'not-found' && url && (what === 'province' || what === 'comune'))
    host.dispatchEvent(new CustomEvent<MissingArea>(AREA_MISSING, { detail: { level: what, code: key! }, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scuole-area-missing': CustomEvent<MissingArea>;
  }
}
