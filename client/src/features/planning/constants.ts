import type { DocumentKind, PlanningStatus, ProcedureType } from '@/api/types';

export const PROCEDURE_TYPES = [
  'bebauungsplan',
  'vorhabenbezogener_bebauungsplan',
  'fnp_aenderung',
  'informal',
] as const satisfies readonly ProcedureType[];

export const PLANNING_STATUSES = [
  'draft',
  'published',
  'archived',
] as const satisfies readonly PlanningStatus[];

export const DOCUMENT_KINDS = [
  'plan',
  'begruendung',
  'umweltbericht',
  'gutachten',
  'bekanntmachung',
  'other',
] as const satisfies readonly DocumentKind[];

/** What the server accepts as a document (checked again from the file's bytes). */
export const DOCUMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export function isProcedureType(value: unknown): value is ProcedureType {
  return typeof value === 'string' && (PROCEDURE_TYPES as readonly string[]).includes(value);
}

export function isPlanningStatus(value: unknown): value is PlanningStatus {
  return typeof value === 'string' && (PLANNING_STATUSES as readonly string[]).includes(value);
}

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Limits of CreateProcedureDto. */
export const LIMITS = {
  reference: 64,
  titleMin: 3,
  title: 300,
  districtMin: 2,
  district: 100,
  summary: 1000,
  description: 20000,
  documentTitle: 300,
} as const;

/** The reference pattern of CreateProcedureDto. */
export const REFERENCE_PATTERN = /^[A-Za-z0-9ÄÖÜäöü][A-Za-z0-9ÄÖÜäöü ./_-]{0,63}$/;
