import type { ProcessingStatus, SubmitterType } from '../statements/statement.types.js';
import type { AssessmentResult } from './assessment.types.js';

/**
 * XBeteiligung 1.2 code values (docs/domain.md#6-standards), so that a later XBeteiligung export maps our
 * enums 1:1. Each table is total over its enum: a new enum value fails to compile until it is
 * given its code.
 */
export const XBETEILIGUNG_STATEMENT_STATUS = {
  received: '1000',
  in_review: '2000',
  assessed: '3000',
  result_sent: '4000',
} as const satisfies Record<ProcessingStatus, string>;

export const XBETEILIGUNG_SUBMITTER_TYPE = {
  anonymous: '1000',
  named: '2000',
} as const satisfies Record<SubmitterType, string>;

/** 4000 is not used by XBeteiligung 1.2 for statements from the public. */
export const XBETEILIGUNG_ASSESSMENT_RESULT = {
  followed: '1000',
  partly_followed: '2000',
  not_followed: '3000',
  acknowledged: '5000',
} as const satisfies Record<AssessmentResult, string>;

export const xBeteiligungStatus = (s: ProcessingStatus): string => XBETEILIGUNG_STATEMENT_STATUS[s];
export const xBeteiligungSubmitterType = (s: SubmitterType): string =>
  XBETEILIGUNG_SUBMITTER_TYPE[s];
export const xBeteiligungResult = (r: AssessmentResult): string =>
  XBETEILIGUNG_ASSESSMENT_RESULT[r];
