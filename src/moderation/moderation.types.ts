/** Why a statement is not shown publicly (docs/domain.md#3-moderation). */
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
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const DECISION_ACTIONS = ['approve', 'reject', 'redact', 'unpublish'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const REASON_TEXTS: Record<RejectionReason, { de: string; en: string }> = {
  insult: { de: 'Beleidigung', en: 'Insult' },
  threat: { de: 'Drohung', en: 'Threat' },
  discrimination: { de: 'Diskriminierung', en: 'Discrimination' },
  illegal: { de: 'Rechtswidriger Inhalt', en: 'Illegal content' },
  advertising: { de: 'Werbung', en: 'Advertising' },
  spam: { de: 'Spam', en: 'Spam' },
  third_party_data: { de: 'Personenbezogene Daten Dritter', en: "Third parties' personal data" },
  copyright: { de: 'Urheberrechtsverletzung', en: 'Copyright infringement' },
  off_topic: { de: 'Kein Bezug zum Verfahren', en: 'Not about the procedure' },
};
export type { ModerationEvent } from './feed-channel.js';
