import type { AssessmentResult, ProcessingStatus, PublicationStatus } from '@/api/types';

/** Assessment results (Abwägung, docs/domain.md#2-statements-two-independent-states), in the order the office weighs them. */
export const RESULTS = [
  'followed',
  'partly_followed',
  'not_followed',
  'acknowledged',
] as const satisfies readonly AssessmentResult[];

/** The response the server stores for `acknowledged` when the planner writes nothing. */
export const ACKNOWLEDGED_TEXT = 'Die Stellungnahme wird zur Kenntnis genommen.';

export const PROCESSING_STATUSES = [
  'received',
  'in_review',
  'assessed',
  'result_sent',
] as const satisfies readonly ProcessingStatus[];

export const PUBLICATION_STATUSES = [
  'pending',
  'published',
  'rejected',
  'not_public',
] as const satisfies readonly PublicationStatus[];

export const EXPORT_KINDS = ['xlsx', 'csv', 'pdf', 'geojson'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** How the formats are written (names of file formats, the same in every language). */
export const EXPORT_FORMAT_NAMES: Record<ExportKind, string> = {
  xlsx: 'XLSX',
  csv: 'CSV',
  pdf: 'PDF',
  geojson: 'GeoJSON',
};

export const EXPORT_VARIANTS = ['anonymised', 'named_internal'] as const;
export type ExportVariant = (typeof EXPORT_VARIANTS)[number];

/** docs/domain.md#2-statements-two-independent-states: a group of more than 50 may get a public notice instead of letters. */
export const PUBLIC_NOTICE_MIN_GROUP = 51;

/** Statements loaded per "load more" (the server allows up to 200). */
export const WORKSPACE_LIMIT = 50;

/** Query key prefix of everything this feature loads for a procedure. */
export const assessmentKey = (procedureId: string) => ['assessment', procedureId] as const;
