/** What other modules may use of the phases module besides its service and types. */
export * from './legal-basis.js';
export * from './phase-window.js';
