/** What other modules may use of the moderation module besides its service and types. */
export { personalDataHints, type PersonalDataHint } from './personal-data-hints.js';
