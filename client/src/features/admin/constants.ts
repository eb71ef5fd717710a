import type { OutboxStatus } from '@/api/types';

export const OUTBOX_STATUSES = [
  'pending',
  'sending',
  'sent',
  'failed',
] as const satisfies readonly OutboxStatus[];

export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return typeof value === 'string' && (OUTBOX_STATUSES as readonly string[]).includes(value);
}
