import { PHASE_KINDS, type PhaseKind } from './deadlines/index.js';

export { PHASE_KINDS, type PhaseKind };

export const MODERATION_MODES = ['pre', 'post', 'none'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

export const PHASE_STATES = ['upcoming', 'open', 'closed'] as const;
export type PhaseState = (typeof PHASE_STATES)[number];

/** Formal phases do not publish residents' statements unless the planner decides otherwise. */
export function defaultModerationMode(kind: PhaseKind): ModerationMode {
  return kind === 'early_public' || kind === 'informal' ? 'pre' : 'none';
}
