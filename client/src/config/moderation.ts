import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type RejectionReason = NonNullable<Schemas['DecisionDto']['reasonCode']>;
export type ReportReason = Schemas['ReportDto']['reason'];

/**
 * Why a statement is not shown publicly (docs/domain.md#3-moderation), in the order the interface lists
 * them: the moderators' rejection reasons, the reasons of a public report and the netiquette.
 */
export const REJECTION_REASONS = [
  'insult',
  'threat',
  'discrimination',
  'illegal',
  'advertising',
  'spam',
  'third_party_data',
  'copyright',
  'off_topic',
] as const satisfies readonly RejectionReason[];

/** A public report may also give "another reason" (explained in its note). */
export const REPORT_REASONS = [
  ...REJECTION_REASONS,
  'other',
] as const satisfies readonly ReportReason[];
