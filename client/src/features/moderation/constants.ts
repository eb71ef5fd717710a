import type { DecisionAction, PublicationStatus } from '@/features/moderation/types';

/** Which decisions each publication state allows (as the server's RULES). */
export const ALLOWED_ACTIONS: Record<PublicationStatus, readonly DecisionAction[]> = {
  pending: ['approve', 'reject', 'redact'],
  published: ['reject', 'redact', 'unpublish'],
  rejected: ['approve', 'redact'],
  not_public: [],
};

/** The states the queue can list (not_public statements are never moderated). */
export const QUEUE_STATUSES = [
  'pending',
  'published',
  'rejected',
] as const satisfies readonly PublicationStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** "Older than" choices of the age filter, in days. */
export const AGE_OPTIONS = [1, 3, 7, 14] as const;

/** How many statements the queue loads at once (the server allows up to 200). */
export const QUEUE_LIMIT = 100;

/** The events of GET /api/moderation/feed that change the queue. */
export const FEED_EVENTS = [
  'statement.received',
  'statement.decided',
  'statement.reported',
] as const;
export type FeedEventType = (typeof FEED_EVENTS)[number];

export const FEED_URL = '/api/moderation/feed';
