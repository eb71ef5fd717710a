/** Assessment result (Abwägung, docs/domain.md#2-statements-two-independent-states). */
export const ASSESSMENT_RESULTS = [
  'followed',
  'partly_followed',
  'not_followed',
  'acknowledged',
] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

/** The response given when a planner only takes note and writes nothing of their own. */
export const ACKNOWLEDGED_TEXT = 'Die Stellungnahme wird zur Kenntnis genommen.';

export const RESULT_LABELS: Record<AssessmentResult, { de: string; en: string }> = {
  followed: { de: 'berücksichtigt', en: 'followed' },
  partly_followed: { de: 'teilweise berücksichtigt', en: 'partly followed' },
  not_followed: { de: 'nicht berücksichtigt', en: 'not followed' },
  acknowledged: { de: 'zur Kenntnis genommen', en: 'acknowledged' },
};

export const EXPORT_KINDS = ['xlsx', 'csv', 'pdf', 'geojson'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** `anonymised` (default) has no submitter field at all; `named_internal` is logged. */
export const EXPORT_VARIANTS = ['anonymised', 'named_internal'] as const;
export type ExportVariant = (typeof EXPORT_VARIANTS)[number];

/** docs/domain.md#2-statements-two-independent-states: more than this many essentially identical statements may get a public notice. */
export const PUBLIC_NOTICE_MIN_GROUP = 51;
