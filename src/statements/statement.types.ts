/** Processing state (docs/domain.md#2-statements-two-independent-states) – what the planning office has done with it. */
export const PROCESSING_STATUSES = ['received', 'in_review', 'assessed', 'result_sent'] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];

/** Publication state – what the public sees; independent of processing. */
export const PUBLICATION_STATUSES = ['pending', 'published', 'rejected', 'not_public'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const CHANNELS = ['platform', 'email', 'letter', 'in_person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SUBMITTER_TYPES = ['anonymous', 'named'] as const;
export type SubmitterType = (typeof SUBMITTER_TYPES)[number];

export const STATEMENT_GEOMETRY_TYPES = ['Point', 'LineString', 'Polygon'] as const;

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
