import PDFDocument from 'pdfkit';
import { useUnicodeFonts } from './unicode-text.js';

/**
 * A new A4 document with the Unicode fonts selected, and the promise of its bytes once
 * `doc.end()` is called: the shared start of receipts and letters.
 */
export function pdfToBuffer(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({ size: 'A4', lang: 'de-DE', ...options });
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  useUnicodeFonts(doc);
  return { doc, bytes };
}

/** Millimetres to PDF points: DIN 5008 gives its positions in mm. */
export const mm = (value: number): number => (value * 72) / 25.4;
