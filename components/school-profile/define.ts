/** Registers <school-profile> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { SchoolProfile } from './school-profile.js';

export { SchoolProfile };
export { PROFILE_VARIANTS, type ProfileVariant } from './school-profile.js';

defineElement('school-profile', SchoolProfile);

declare global {
  interface HTMLElementTagNameMap {
    'school-profile': SchoolProfile;
  }
}
