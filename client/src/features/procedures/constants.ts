import type { PhaseState, ProcedureStatus, ProcedureType } from '@/api/types';

export const PROCEDURE_TYPES = [
  'bebauungsplan',
  'vorhabenbezogener_bebauungsplan',
  'fnp_aenderung',
  'informal',
] as const satisfies readonly ProcedureType[];

export const PROCEDURE_STATUSES = [
  'published',
  'archived',
] as const satisfies readonly ProcedureStatus[];

/** Filter by the state of a procedure's phases now: open, upcoming, closed. */
export const PHASE_STATES = ['open', 'upcoming', 'closed'] as const satisfies readonly PhaseState[];

export function isPhaseState(value: unknown): value is PhaseState {
  return typeof value === 'string' && (PHASE_STATES as readonly string[]).includes(value);
}

export function isProcedureType(value: unknown): value is ProcedureType {
  return typeof value === 'string' && (PROCEDURE_TYPES as readonly string[]).includes(value);
}

export function isProcedureStatus(value: unknown): value is ProcedureStatus {
  return typeof value === 'string' && (PROCEDURE_STATUSES as readonly string[]).includes(value);
}
