import { createHash } from 'node:crypto';
import { AppError } from '../../common/errors/app-error.js';
import type { ReceiptDto } from '../dto/statement.dto.js';
import { receiptOf } from '../receipts/receipt.js';
import type { StoredKey } from './intake.repository.js';

export const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/** An Idempotency-Key as stored: scoped to its phase, with the hash of the request body. */
export interface IdempotencyClaim {
  key: string;
  hash: string;
}

export function idempotencyClaim(phaseId: string, key: string, body: unknown): IdempotencyClaim {
  return { key: `${phaseId}:${key}`, hash: sha256(JSON.stringify(body)) };
}

export interface SubmitResult {
  status: number;
  body: ReceiptDto;
  replayed: boolean;
}

/**
 * The answer to a retry whose key is already stored: the receipt rebuilt from the statement the
 * key made (the same function made the first answer), or why not.
 */
export function replay(stored: StoredKey | undefined, claim: IdempotencyClaim): SubmitResult {
  if (stored && stored.request_hash !== claim.hash) {
    throw AppError.field('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key', 'reused', {
      de: 'Dieser Schlüssel gehört zu einer anderen Stellungnahme. Bitte senden Sie ohne ihn oder mit einem neuen.',
      en: 'This key belongs to a different statement. Send without it or with a new one.',
    });
  }
  if (
    !stored?.statement_id ||
    !stored.status_token ||
    !stored.reference ||
    !stored.received_at ||
    !stored.publication_status
  ) {
    // Claimed by a request still in flight.
    throw new AppError('CONFLICT');
  }
  const body = receiptOf({
    id: stored.statement_id,
    reference: stored.reference,
    receivedAt: stored.received_at,
    publicationStatus: stored.publication_status,
    token: stored.status_token,
    mailed: stored.mailed,
  });
  return { status: 201, body, replayed: true };
}
