import type { EntityManager } from 'typeorm';

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

/**
 * Announces an event with pg_notify inside the caller's transaction: PostgreSQL delivers it to
 * every listening instance when (and only if) the transaction commits.
 */
export async function notifyModerationFeed(
  manager: EntityManager,
  event: ModerationEvent,
): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [MODERATION_CHANNEL, JSON.stringify(event)]);
}
