export const PROCEDURE_TYPES = [
  'bebauungsplan',
  'vorhabenbezogener_bebauungsplan',
  'fnp_aenderung',
  'informal',
] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

export const PROCEDURE_STATUSES = ['draft', 'published', 'archived'] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSES)[number];

/** What the public may see: drafts never leave the planning office. */
export const PUBLIC_PROCEDURE_STATUSES = [
  'published',
  'archived',
] as const satisfies readonly ProcedureStatus[];
export type PublicProcedureStatus = (typeof PUBLIC_PROCEDURE_STATUSES)[number];

export const DOCUMENT_KINDS = [
  'plan',
  'begruendung',
  'umweltbericht',
  'gutachten',
  'bekanntmachung',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What may be uploaded, decided from the file's bytes. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
