import type {
  Channel,
  ProcessingStatus,
  PublicationStatus,
} from '../statements/statement.types.js';
import type { AssessmentResult } from './assessment.types.js';
import { RESULT_LABELS } from './assessment.types.js';
import {
  berlinIso,
  berlinText,
  berlinWallClock,
  CHANNEL_LABELS,
  PROCESSING_LABELS,
  PUBLICATION_LABELS,
  SUBMITTER_TYPE_LABELS,
  TEXT_SOURCE_LABELS,
  yesNo,
  type TextSource,
} from './export-labels.js';
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
  /** The moderators' version; read for the anonymised variant only. */
  published_text?: string | null;
  /** Anonymised variant: where `text` comes from (set by `anonymisedText`). */
  text_source?: TextSource;
  x: number | null;
  y: number | null;
  geometry?: unknown;
  publication_status: PublicationStatus;
  processing_status: ProcessingStatus;
  result: AssessmentResult | null;
  response: string | null;
  group_id: string | null;
  signatories: number;
  submitter_type?: 'anonymous' | 'named';
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
  /** Spreadsheet number format, for date cells. */
  numFmt?: string;
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
    header: 'Eingang (Ortszeit Berlin) / Received',
    width: 18,
    numFmt: 'dd.mm.yyyy hh:mm',
    value: (r) => new Date(r.received_at),
  },
  {
    key: 'channelLabel',
    header: 'Eingangsweg / Channel',
    width: 14,
    value: (r) => CHANNEL_LABELS[r.channel],
  },
  { key: 'lateLabel', header: 'Verspätet / Late', width: 10, value: (r) => yesNo(r.late) },
  { key: 'topic', header: 'Thema / Topic', width: 16, value: (r) => r.topic },
  { key: 'text', header: 'Stellungnahme / Statement', width: 80, value: (r) => r.text },
  { key: 'longitude', header: 'Länge / Longitude', width: 12, value: (r) => r.x },
  { key: 'latitude', header: 'Breite / Latitude', width: 12, value: (r) => r.y },
  {
    key: 'publicationStatusLabel',
    header: 'Veröffentlichung / Publication',
    width: 18,
    value: (r) => PUBLICATION_LABELS[r.publication_status],
  },
  {
    key: 'processingStatusLabel',
    header: 'Bearbeitung / Processing',
    width: 18,
    value: (r) => PROCESSING_LABELS[r.processing_status],
  },
  {
    key: 'resultLabel',
    header: 'Ergebnis / Result',
    width: 24,
    value: (r) => (r.result ? RESULT_LABELS[r.result].de : null),
  },
  { key: 'response', header: 'Abwägung / Response', width: 80, value: (r) => r.response ?? '' },
  { key: 'groupId', header: 'Gruppe / Group', width: 38, value: (r) => r.group_id },
  {
    key: 'signatories',
    header: 'Unterzeichnende / Signatories',
    width: 12,
    value: (r) => r.signatories,
  },
  // Codes for machines, after the columns people read.
  { key: 'channel', header: 'Eingangsweg (Code)', width: 10, value: (r) => r.channel },
  { key: 'late', header: 'Verspätet (Code)', width: 8, value: (r) => r.late },
  {
    key: 'publicationStatus',
    header: 'Veröffentlichung (Code)',
    width: 10,
    value: (r) => r.publication_status,
  },
  {
    key: 'processingStatus',
    header: 'Bearbeitung (Code)',
    width: 10,
    value: (r) => r.processing_status,
  },
  {
    key: 'processingStatusCode',
    header: 'XBeteiligung Status',
    width: 10,
    value: (r) => xBeteiligungStatus(r.processing_status),
  },
  { key: 'result', header: 'Ergebnis (Code)', width: 14, value: (r) => r.result },
  {
    key: 'resultCode',
    header: 'XBeteiligung Abwägung',
    width: 10,
    value: (r) => (r.result ? xBeteiligungResult(r.result) : null),
  },
];

/** Only in `anonymised`: says which texts the machine masked (docs/domain.md#4-data-protection). */
export const TEXT_SOURCE_COLUMNS: ExportColumn[] = [
  {
    key: 'textSourceLabel',
    header: 'Textfassung / Text version',
    width: 24,
    value: (r) => (r.text_source ? TEXT_SOURCE_LABELS[r.text_source] : null),
  },
  {
    key: 'machineMasked',
    header: 'Maschinell geschwärzt (Code)',
    width: 10,
    value: (r) => r.text_source === 'machine_masked',
  },
  {
    key: 'textSource',
    header: 'Textfassung (Code)',
    width: 14,
    value: (r) => r.text_source ?? null,
  },
];

/** Only in `named_internal`: for the planning office, never for the public or the council file. */
export const SUBMITTER_COLUMNS: ExportColumn[] = [
  {
    key: 'submitterTypeLabel',
    header: 'Art / Submitter type',
    width: 12,
    value: (r) => (r.submitter_type ? SUBMITTER_TYPE_LABELS[r.submitter_type] : null),
  },
  {
    key: 'submitterType',
    header: 'Art (Code)',
    width: 10,
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
  if (value instanceof Date) return berlinText(value);
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: CellValue[]): string => `${values.map(csvField).join(';')}\r\n`;

/** An XLSX cell: a date as the Berlin wall-clock time the receipt shows (cells have no zone). */
export const xlsxCell = (value: CellValue): CellValue =>
  value instanceof Date ? berlinWallClock(value) : value;

/** A GeoJSON property: a date as ISO 8601 with the Berlin offset. */
export const jsonValue = (value: CellValue): CellValue =>
  value instanceof Date ? berlinIso(value) : value;
