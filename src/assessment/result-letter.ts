import PDFDocument from 'pdfkit';
import { berlinDateTime } from '../statements/receipts/receipt-pdf.js';
import { RESULT_LABELS, type AssessmentResult } from './assessment.types.js';

export interface LetterContent {
  recipient: { name: string; organisation: string; street: string; postcode: string; city: string };
  reference: string;
  procedureTitle: string;
  receivedAt: Date;
  result: AssessmentResult;
  response: string;
  text: string;
}

/** The Mitteilung des Abwägungsergebnisses: what the city decided about one statement. */
export function renderResultLetter(c: LetterContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: `Ergebnis der Abwägung ${c.reference}`, Author: 'Mitplanen' },
      lang: 'de-DE',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const r = c.recipient;
    doc.font('Helvetica').fontSize(10);
    for (const line of [r.organisation, r.name, r.street, `${r.postcode} ${r.city}`.trim()]) {
      if (line) doc.text(line);
    }
    doc.moveDown(2).font('Helvetica-Bold').fontSize(14);
    doc.text('Mitteilung über das Ergebnis der Prüfung Ihrer Stellungnahme');
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('#444')
      .text('Result of the assessment of your statement');
    doc.moveDown().fillColor('#000').fontSize(10);
    doc.text(`Verfahren: ${c.procedureTitle}`);
    doc.text(`Aktenzeichen: ${c.reference}`);
    doc.text(`Eingegangen am: ${berlinDateTime(c.receivedAt)}`);
    doc.moveDown().font('Helvetica-Bold').text(`Ergebnis: ${RESULT_LABELS[c.result].de}`);
    doc.font('Helvetica').text(c.response);
    doc.moveDown().font('Helvetica-Bold').text('Ihre Stellungnahme');
    doc.font('Helvetica').fontSize(9).text(c.text);
    doc.end();
  });
}
