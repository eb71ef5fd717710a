import { localeOf } from '@/lib/i18n';

/** Date and time in Essen's time zone, e.g. "26.11.2026, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

/** A file size for people: "850 kB", "1,2 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, language: string): string {
  const locale = localeOf(language);
  const format = (value: number, unit: string, digits: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1000) return format(bytes, 'byte', 0);
  if (bytes < 1_000_000) return format(bytes / 1000, 'kilobyte', 0);
  return format(bytes / 1_000_000, 'megabyte', 1);
}

/** "PDF", "PNG", "JPEG" from a media type such as application/pdf. */
export function fileTypeLabel(mediaType: string): string {
  const subtype = mediaType.split('/')[1] ?? mediaType;
  return subtype.replace(/^x-/, '').toUpperCase();
}
