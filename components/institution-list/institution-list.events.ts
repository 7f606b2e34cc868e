/** Events of <institution-list>: prefixed, bubbling and composed, fired on user action only. */

export interface InstitutionChoice {
  /** 'school': an institution or a mentor was opened. */
  level: 'school';
  code: string;
  name: string;
}

/** The user opened an institution or a mentor. */
export class InstitutionListSelectEvent extends Event {
  static readonly type = 'institution-list-select';
  constructor(readonly detail: InstitutionChoice) {
    super(InstitutionListSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'institution-list-select': InstitutionListSelectEvent;
  }
}
