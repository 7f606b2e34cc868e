/** Events of <territory-list>: prefixed, bubbling and composed, fired on user action only. */
import type { TerritoryKind } from '../../src/territory/territory-items.js';

export interface TerritoryChoice {
  kind: TerritoryKind;
  /** 'regions' when a region was chosen from the national list, else what the item is. */
  level: 'regions' | 'provinces' | 'comuni' | 'school';
  code: string;
  name: string;
}

/** The user chose an item of the list (click, Enter or Space). */
export class TerritoryListSelectEvent extends Event {
  static readonly type = 'territory-list-select';
  constructor(readonly detail: TerritoryChoice) {
    super(TerritoryListSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'territory-list-select': TerritoryListSelectEvent;
  }
}
