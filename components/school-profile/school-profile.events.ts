/** Events of <school-profile>: prefixed, bubbling and composed, fired on user action only. */

export interface ProfileChoice {
  code: string;
  name: string;
}

/** The user opened another institution from the profile (a mentor, or an institution a role model is proposed to mentor). */
export class SchoolProfileSelectEvent extends Event {
  static readonly type = 'school-profile-select';
  constructor(readonly detail: ProfileChoice) {
    super(SchoolProfileSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'school-profile-select': SchoolProfileSelectEvent;
  }
}
