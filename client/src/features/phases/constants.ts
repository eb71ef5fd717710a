import type { ModerationMode, PhaseKind, PhaseState } from '@/api/types';

export const PHASE_KINDS = [
  'early_public',
  'early_agencies',
  'publication',
  'agencies',
  'republication',
  'informal',
] as const satisfies readonly PhaseKind[];

export const PHASE_STATES = ['open', 'upcoming', 'closed'] as const satisfies readonly PhaseState[];

export const MODERATION_MODES = [
  'pre',
  'post',
  'none',
] as const satisfies readonly ModerationMode[];

export function isPhaseKind(value: unknown): value is PhaseKind {
  return typeof value === 'string' && (PHASE_KINDS as readonly string[]).includes(value);
}

export function isModerationMode(value: unknown): value is ModerationMode {
  return typeof value === 'string' && (MODERATION_MODES as readonly string[]).includes(value);
}

/** As the server: residents' statements are pre-moderated in early and informal phases. */
export function defaultModerationMode(kind: PhaseKind): ModerationMode {
  return kind === 'early_public' || kind === 'informal' ? 'pre' : 'none';
}

/** Phases whose public notice (Bekanntmachung, §3(2) BauGB) is shown on the procedure page. */
export function hasPublicNotice(kind: PhaseKind): boolean {
  return kind === 'publication' || kind === 'republication';
}

/** A notice date is required before the first day of these phases. */
export function needsNotice(kind: PhaseKind): boolean {
  return kind === 'publication';
}
