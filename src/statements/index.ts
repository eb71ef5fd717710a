/** What other modules may use of the statements module besides StatementsService. */
export { IntakeService } from './intake/intake.service.js';
