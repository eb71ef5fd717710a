import { renderReceiptDocument, type ReceiptDocument } from './receipt-document.js';

/**
 * Made once: a formatter holds ICU memory outside the JavaScript heap, which the garbage
 * collector does not see, so one per call made a 100,000-row PDF export grow by gigabytes.
 */
const berlinFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
const BERLIN_FORMATS = { de: berlinFormat('de-DE'), en: berlinFormat('en-GB') };

export function berlinDateTime(instant: Date, lang: 'de' | 'en' = 'de'): string {
  const text = BERLIN_FORMATS[lang].format(instant);
  return lang === 'de' ? `${text} Uhr` : text;
}

export interface ReceiptContent extends Omit<ReceiptDocument, 'receivedAtText'> {
  receivedAt: Date;
}

/** The Eingangsbestätigung as PDF (layout in receipt-document.ts). */
export function renderReceiptPdf(content: ReceiptContent): Promise<Buffer> {
  return renderReceiptDocument({ ...content, receivedAtText: berlinDateTime(content.receivedAt) });
}
