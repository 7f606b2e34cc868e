/** Events of <school-search>: prefixed, bubbling and composed. */
export interface SchoolChoice {
  code: string;
  name: string;
  comune: string;
  /** True for an institution (istituto), false for one of its plessi. */
  institution: boolean;
}

/** The user chose a school among the results (Enter, click or tap). */
export class SchoolSearchSelectEvent extends Event {
  static readonly type = 'school-search-select';
  constructor(readonly detail: SchoolChoice) {
    super(SchoolSearchSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'school-search-select': SchoolSearchSelectEvent;
  }
}
