import { mm, pdfToBuffer } from '../common/pdf/pdf-buffer.js';
import { writeText } from '../common/pdf/unicode-text.js';
import { LEGAL_BASIS } from '../phases/index.js';
import type { PhaseKind } from '../phases/phase.types.js';
import { berlinDateTime } from '../statements/receipts/receipt-pdf.js';
import { RESULT_LABELS, type AssessmentResult } from './assessment.types.js';

export interface LetterSender {
  office: string;
  address: string[];
  contact: string[];
}

export interface LetterContent {
  sender: LetterSender;
  recipient: { name: string; organisation: string; street: string; postcode: string; city: string };
  /** The date of the letter. */
  date: Date;
  reference: string;
  procedureTitle: string;
  procedureReference?: string;
  phaseTitle: string;
  phaseKind: PhaseKind;
  receivedAt: Date;
  result: AssessmentResult;
  response: string;
  text: string;
}

const berlinDay = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** Positions of DIN 5008 form B on A4, in mm from the top left corner. */
const DIN = {
  left: 25,
  right: 20,
  addressTop: 45,
  addressWidth: 85,
  infoLeft: 125,
  infoTop: 50,
  subjectTop: 98.5,
  folds: [105, 210],
  hole: 148.5,
};

const PAGE_WIDTH = 210;

/** German quotes around `text`; quotes inside become the inner ‚…‘. */
export const quoted = (text: string): string =>
  `„${text.replace(/„/g, '‚').replace(/[“”]/g, '‘')}“`;

/** The texts of the letter (a template: no wording in the service). */
const TEXT = {
  subject: (title: string) => `Ergebnis der Prüfung Ihrer Stellungnahme – ${title}`,
  greeting: (name: string) => (name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,'),
  intro: (c: LetterContent, basis: string | null) =>
    `vielen Dank für Ihre Stellungnahme vom ${berlinDateTime(c.receivedAt)} im Verfahren ${quoted(c.procedureTitle)}${c.procedureReference ? ` (${c.procedureReference})` : ''}, abgegeben in der Beteiligungsphase ${quoted(c.phaseTitle)}${basis && !c.phaseTitle.includes(basis) ? ` nach ${basis}` : ''}. Die Stadt hat alle Stellungnahmen geprüft und gegeneinander und untereinander abgewogen. Zu Ihrer Stellungnahme teilen wir Ihnen das Ergebnis mit:`,
  result: 'Ergebnis',
  yours: 'Ihre Stellungnahme',
  closing: 'Mit freundlichen Grüßen',
  english:
    'Result of the assessment of your statement: the result and the city’s response are given above.',
  info: {
    reference: 'Aktenzeichen',
    received: 'Ihre Stellungnahme vom',
    contact: 'Kontakt',
    date: 'Datum',
  },
};

/** The Mitteilung des Abwägungsergebnisses, laid out as an official letter (DIN 5008, form B). */
export function renderResultLetter(c: LetterContent): Promise<Buffer> {
  const { doc, bytes } = pdfToBuffer({
    margins: { top: mm(20), bottom: mm(20), left: mm(DIN.left), right: mm(DIN.right) },
    info: { Title: `Ergebnis der Abwägung ${c.reference}`, Author: c.sender.office },
  });
  const width = mm(PAGE_WIDTH - DIN.left - DIN.right);

  // Letterhead: the office.
  writeText(
    doc.fontSize(13).fillColor('#000'),
    c.sender.office,
    { style: 'bold', width },
    mm(DIN.left),
    mm(20),
  );

  // Fold and hole marks on the left edge.
  doc.save().lineWidth(0.5).strokeColor('#999');
  for (const y of [...DIN.folds, DIN.hole]) {
    doc
      .moveTo(mm(4), mm(y))
      .lineTo(mm(y === DIN.hole ? 9 : 7), mm(y))
      .stroke();
  }
  doc.restore();

  // Address field: return line, then the recipient.
  const addressX = mm(DIN.left);
  writeText(
    doc.fontSize(7).fillColor('#444'),
    [c.sender.office, ...c.sender.address].join(' · '),
    { width: mm(DIN.addressWidth), underline: true },
    addressX,
    mm(DIN.addressTop + 5),
  );
  const r = c.recipient;
  doc.fontSize(10).fillColor('#000');
  doc.x = addressX;
  doc.y = mm(DIN.addressTop + 17.7);
  for (const line of [r.organisation, r.name, r.street, `${r.postcode} ${r.city}`.trim()]) {
    if (line) writeText(doc, line, { width: mm(DIN.addressWidth) });
  }

  // Information block on the right.
  const infoX = mm(DIN.infoLeft);
  const infoWidth = mm(PAGE_WIDTH - DIN.infoLeft - DIN.right);
  doc.x = infoX;
  doc.y = mm(DIN.infoTop);
  const info: [string, string][] = [
    [TEXT.info.reference, c.reference],
    [TEXT.info.received, berlinDay.format(c.receivedAt)],
    [TEXT.info.contact, [c.sender.office, ...c.sender.contact].join('\n')],
    [TEXT.info.date, berlinDay.format(c.date)],
  ];
  for (const [label, value] of info) {
    writeText(doc.fontSize(7).fillColor('#444'), label, { width: infoWidth });
    writeText(doc.fontSize(9).fillColor('#000'), value, { width: infoWidth });
    doc.moveDown(0.3);
  }

  // Subject, salutation, body.
  doc.x = mm(DIN.left);
  doc.y = Math.max(mm(DIN.subjectTop), doc.y + 12);
  writeText(doc.fontSize(11), TEXT.subject(c.procedureTitle), { style: 'bold', width });
  doc.moveDown(1.2).fontSize(10);
  writeText(doc, TEXT.greeting(r.name), { width });
  doc.moveDown(0.6);
  writeText(doc, TEXT.intro(c, LEGAL_BASIS[c.phaseKind]), { width, align: 'left' });
  doc.moveDown(0.6);
  writeText(doc, `${TEXT.result}: ${RESULT_LABELS[c.result].de}`, { style: 'bold', width });
  writeText(doc, c.response, { width });
  doc.moveDown(0.8);
  writeText(doc, TEXT.closing, { width });
  writeText(doc, c.sender.office, { width });
  doc.moveDown(0.8);
  writeText(doc.fontSize(8).fillColor('#444'), TEXT.english, { width });
  doc.moveDown(1).fillColor('#000');
  writeText(doc.fontSize(10), TEXT.yours, { style: 'bold', width });
  writeText(doc.fontSize(9), c.text, { width });
  doc.end();
  return bytes;
}
