/** The PostgreSQL channel that carries the moderation feed between server instances. */
export const MODERATION_CHANNEL = 'mitplanen_moderation';

/** Moderation's own events; a new statement comes from the statements module (StatementEvent). */
export interface ModerationEvent {
  type: 'statement.decided' | 'statement.reported';
  statementId: string;
  procedureId: string;
  reference: string;
  publicationStatus: string;
}
