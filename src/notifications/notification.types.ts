/**
 * Life of an outbox message: `pending` until a worker claims it (`sending`), then `sent`, or
 * back to `pending` for a later attempt, or `failed` when the attempts are used up.
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A mail as the module that causes it describes it; rendering to MIME happens at sending. */
export interface NewMail {
  /** Which mail this is, e.g. `auth.verify-email`, `statements.receipt`. */
  template: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}
