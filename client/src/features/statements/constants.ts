import type { ProcessingStatus, PublicationStatus } from '@/features/statements/types';

/**
 * Limits the server enforces with its defaults (STATEMENT_MAX_CHARS, ATTACHMENT_MAX_COUNT,
 * ATTACHMENT_MAX_MB). The client only warns early; the server has the last word.
 */
export const STATEMENT_MAX_CHARS = 20_000;
export const ATTACHMENT_MAX_COUNT = 5;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** What the server accepts as attachments (it checks the bytes, this only the name and type). */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
const ATTACHMENT_EXTENSIONS = /\.(pdf|png|jpe?g)$/i;

export function isAcceptedFile(file: File): boolean {
  return ATTACHMENT_TYPES.includes(file.type) || ATTACHMENT_EXTENSIONS.test(file.name);
}

export const PROCESSING_STEPS: readonly ProcessingStatus[] = [
  'received',
  'in_review',
  'assessed',
  'result_sent',
];

export const PUBLICATION_STATUSES: readonly PublicationStatus[] = [
  'pending',
  'published',
  'rejected',
  'not_public',
];

/** Page size of the public list ("Mehr laden"). */
export const PUBLIC_PAGE_SIZE = 20;

/** Query parameters of the public statements on the procedure page. */
export const VIEW_PARAM = 'ansicht';
export const TOPIC_PARAM = 'thema';
export const VIEWS = ['karte', 'liste'] as const;
export type StatementsView = (typeof VIEWS)[number];
