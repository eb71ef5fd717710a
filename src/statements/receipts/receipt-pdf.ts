import PDFDocument from 'pdfkit';

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

export interface ReceiptContent {
  reference: string;
  procedureTitle: string;
  phaseTitle: string;
  receivedAt: Date;
  text: string;
  topic: string | null;
  hasLocation: boolean;
}

/** The Eingangsbestätigung as PDF: reference, receipt time (Europe/Berlin) and a copy of the text. */
export function renderReceiptPdf(content: ReceiptContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: {
        Title: `Eingangsbestätigung ${content.reference}`,
        Author: 'Mitplanen',
        Subject: content.procedureTitle,
      },
      lang: 'de-DE',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Eingangsbestätigung', { continued: false });
    doc.moveDown(0.3).fontSize(10).fillColor('#444').text('Receipt of your statement');
    doc.moveDown().fillColor('#000').fontSize(11);
    const rows: [string, string][] = [
      ['Aktenzeichen / Reference', content.reference],
      ['Verfahren / Procedure', content.procedureTitle],
      ['Beteiligungsphase / Phase', content.phaseTitle],
      ['Eingegangen am / Received', berlinDateTime(content.receivedAt)],
      ['Thema / Topic', content.topic ?? '–'],
      ['Ort / Location', content.hasLocation ? 'auf der Karte markiert / marked on the map' : '–'],
    ];
    for (const [label, value] of rows) {
      doc.font('Helvetica-Bold').text(label, { continued: false });
      doc.font('Helvetica').text(value).moveDown(0.4);
    }
    doc.moveDown().font('Helvetica-Bold').text('Ihre Stellungnahme / Your statement');
    doc.moveDown(0.3).font('Helvetica').fontSize(10).text(content.text, { align: 'left' });
    doc
      .moveDown()
      .fontSize(9)
      .fillColor('#444')
      .text(
        'Ihre Stellungnahme ist fristgerecht eingegangen und wird im Verfahren berücksichtigt (§ 3 BauGB). Über das Ergebnis werden Sie informiert, sofern Sie Kontaktdaten angegeben haben.',
      );
    doc.end();
  });
}
