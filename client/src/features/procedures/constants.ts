import type { ProcedureStatus, ProcedureType } from '@/api/types';

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

export function isProcedureType(value: unknown): value is ProcedureType {
  return typeof value === 'string' && (PROCEDURE_TYPES as readonly string[]).includes(value);
}

export function isProcedureStatus(value: unknown): value is ProcedureStatus {
  return typeof value === 'string' && (PROCEDURE_STATUSES as readonly string[]).includes(value);
}
