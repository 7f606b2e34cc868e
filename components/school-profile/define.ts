/** Registers <school-profile> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { SchoolProfile } from './school-profile.js';

export { SchoolProfile };
export { PROFILE_VARIANTS, type ProfileVariant } from './school-profile.js';
// The event's type for the page (its class loads with the card and full variants, never with the badge).
export type { ProfileChoice, SchoolProfileSelectEvent } from './school-profile.events.js';

defineElement('school-profile', SchoolProfile);

declare global {
  interface HTMLElementTagNameMap {
    'school-profile': SchoolProfile;
  }
}
