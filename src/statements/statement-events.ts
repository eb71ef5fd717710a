/**
 * The domain events the statements module publishes. They are sent with pg_notify inside the
 * transaction that stores the statement, so PostgreSQL delivers them to every listening
 * instance when (and only if) it commits. Subscribers (the moderation feed) listen on the
 * channel; the statements module knows none of them.
 */
export const STATEMENT_EVENTS_CHANNEL = 'mitplanen_statements';

export interface StatementReceivedEvent {
  type: 'statement.received';
  statementId: string;
  procedureId: string;
  reference: string;
  publicationStatus: string;
}

export type StatementEvent = StatementReceivedEvent;
