import { randomUUID } from 'node:crypto';

import { expect, type APIRequestContext } from '@playwright/test';

import { APP_ORIGIN } from './env.js';

export interface SubmittedStatement {
  id: string;
  reference: string;
  /** The private status page, path and query (the link the receipt gives). */
  statusPath: string;
}

/** Submits a statement anonymously through the public API, as the form does. */
export async function submitAnonymously(
  request: APIRequestContext,
  phaseId: string,
  text: string,
): Promise<SubmittedStatement> {
  const response = await request.post(`/api/phases/${phaseId}/statements`, {
    headers: { 'Idempotency-Key': randomUUID(), Origin: APP_ORIGIN },
    data: { text, submitter: { type: 'anonymous' }, privacyNoticeAcknowledged: true },
  });
  expect(response.status(), await response.text()).toBe(201);
  const receipt = (await response.json()) as { id: string; reference: string; statusUrl: string };
  const url = new URL(receipt.statusUrl, APP_ORIGIN);
  return {
    id: receipt.id,
    reference: receipt.reference,
    statusPath: `${url.pathname}${url.search}`,
  };
}
