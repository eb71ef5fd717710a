import type { ReceiptDto } from '../dto/statement.dto.js';
import type { PublicationStatus } from '../statement.types.js';
import { berlinDateTime } from './receipt-pdf.js';

/** What a receipt is made of: the stored statement and the secret of its private links. */
export interface ReceiptSource {
  id: string;
  reference: string;
  /** ISO 8601 in UTC to the millisecond, as the database gave it (receivedAtIsoSql). */
  receivedAt: string;
  publicationStatus: PublicationStatus;
  token: string;
  mailed: boolean;
}

/** The private status page of a statement, relative to the site (mails prefix the origin). */
export function statusPath(reference: string, token: string): string {
  return `/stellungnahmen/status?ref=${encodeURIComponent(reference)}&token=${token}`;
}

/**
 * The receipt a submitter gets, built from the stored statement: the first answer and every
 * replay of its Idempotency-Key are made by this one function from the same row.
 */
export function receiptOf(source: ReceiptSource): ReceiptDto {
  const query = `ref=${encodeURIComponent(source.reference)}&token=${source.token}`;
  return {
    id: source.id,
    reference: source.reference,
    receivedAt: source.receivedAt,
    receivedAtBerlin: berlinDateTime(new Date(source.receivedAt)),
    publicationStatus: source.publicationStatus,
    statusUrl: statusPath(source.reference, source.token),
    receiptUrl: `/api/statements/receipt.pdf?${query.replace('ref=', 'reference=')}`,
    mailed: source.mailed,
  };
}
