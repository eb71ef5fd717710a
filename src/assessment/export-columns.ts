import type {
  Channel,
  ProcessingStatus,
  PublicationStatus,
} from '../statements/statement.types.js';
import type { AssessmentResult } from './assessment.types.js';
import { RESULT_LABELS } from './assessment.types.js';
import { xBeteiligungResult, xBeteiligungStatus } from './xbeteiligung.js';

/** One statement as the exports read it; submitter fields only in the named_internal variant. */
export interface ExportRow {
  id: string;
  reference: string;
  phase_title: string;
  received_at: Date;
  channel: Channel;
  late: boolean;
  topic: string | null;
  text: string;
  x: number | null;
  y: number | null;
  geometry?: unknown;
  publication_status: PublicationStatus;
  processing_status: ProcessingStatus;
  result: AssessmentResult | null;
  response: string | null;
  group_id: string | null;
  signatories: number;
  submitter_type?: string;
  name?: string | null;
  organisation?: string | null;
  street?: string | null;
  postcode?: string | null;
  city?: string | null;
  email?: string | null;
}

export type CellValue = string | number | boolean | Date | null;

export interface ExportColumn {
  /** Property name in GeoJSON and the key in code. */
  key: string;
  /** Column heading in XLSX and CSV: German first, English second. */
  header: string;
  width: number;
  value: (r: ExportRow) => CellValue;
}

/**
 * The Abwägungstabelle. The anonymised variant has no submitter column at all; the reference
 * (Aktenzeichen) is the pseudonymous id that links a row to the file.
 */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { key: 'reference', header: 'Aktenzeichen / Reference', width: 24, value: (r) => r.reference },
  { key: 'phase', header: 'Phase', width: 24, value: (r) => r.phase_title },
  {
    key: 'receivedAt',
    header: 'Eingang / Received',
    width: 20,
    value: (r) => new Date(r.received_at),
  },
  { key: 'channel', header: 'Eingangsweg / Channel', width: 12, value: (r) => r.channel },
  { key: 'late', header: 'Verspätet / Late', width: 10, value: (r) => r.late },
  { key: 'topic', header: 'Thema / Topic', width: 16, value: (r) => r.topic },
  { key: 'text', header: 'Stellungnahme / Statement', width: 80, value: (r) => r.text },
  { key: 'longitude', header: 'Länge / Longitude', width: 12, value: (r) => r.x },
  { key: 'latitude', header: 'Breite / Latitude', width: 12, value: (r) => r.y },
  {
    key: 'publicationStatus',
    header: 'Veröffentlichung / Publication',
    width: 14,
    value: (r) => r.publication_status,
  },
  {
    key: 'processingStatus',
    header: 'Bearbeitung / Processing',
    width: 14,
    value: (r) => r.processing_status,
  },
  {
    key: 'processingStatusCode',
    header: 'XBeteiligung Status',
    width: 10,
    value: (r) => xBeteiligungStatus(r.processing_status),
  },
  { key: 'result', header: 'Ergebnis / Result', width: 16, value: (r) => r.result },
  {
    key: 'resultLabel',
    header: 'Ergebnis (Text)',
    width: 24,
    value: (r) => (r.result ? RESULT_LABELS[r.result].de : null),
  },
  {
    key: 'resultCode',
    header: 'XBeteiligung Abwägung',
    width: 10,
    value: (r) => (r.result ? xBeteiligungResult(r.result) : null),
  },
  { key: 'response', header: 'Abwägung / Response', width: 80, value: (r) => r.response ?? '' },
  { key: 'groupId', header: 'Gruppe / Group', width: 38, value: (r) => r.group_id },
  {
    key: 'signatories',
    header: 'Unterzeichnende / Signatories',
    width: 12,
    value: (r) => r.signatories,
  },
];

/** Only in `named_internal`: for the planning office, never for the public or the council file. */
export const SUBMITTER_COLUMNS: ExportColumn[] = [
  {
    key: 'submitterType',
    header: 'Art / Submitter type',
    width: 12,
    value: (r) => r.submitter_type ?? null,
  },
  { key: 'name', header: 'Name', width: 24, value: (r) => r.name ?? null },
  {
    key: 'organisation',
    header: 'Organisation',
    width: 24,
    value: (r) => r.organisation ?? null,
  },
  { key: 'street', header: 'Straße / Street', width: 24, value: (r) => r.street ?? null },
  { key: 'postcode', header: 'PLZ / Postcode', width: 8, value: (r) => r.postcode ?? null },
  { key: 'city', header: 'Ort / City', width: 16, value: (r) => r.city ?? null },
  { key: 'email', header: 'E-Mail', width: 28, value: (r) => r.email ?? null },
];

/**
 * One CSV field (RFC 4180 quoting, `;` as German spreadsheets expect). A text that starts like a
 * formula is prefixed with `'`, so no cell of a statement is ever executed (CSV injection).
 */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: CellValue[]): string => `${values.map(csvField).join(';')}\r\n`;
