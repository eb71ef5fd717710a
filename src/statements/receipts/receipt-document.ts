import { pdfToBuffer } from '../../common/pdf/pdf-buffer.js';
import { writeText } from '../../common/pdf/unicode-text.js';
import { LEGAL_BASIS } from '../../phases/index.js';
import type { PhaseKind } from '../../phases/phase.types.js';

export interface ReceiptDocument {
  reference: string;
  procedureTitle: string;
  phaseTitle: string;
  /** Decides the provision cited; informal dialogues cite none. */
  phaseKind: PhaseKind;
  /** Staff recorded it after the end of the phase (docs/domain.md#1-phases-and-deadlines, § 4a Abs. 5 BauGB). */
  late: boolean;
  receivedAtText: string;
  text: string;
  topic: string | null;
  hasLocation: boolean;
}

/** The texts of the receipt (German first, English second). */
const TEXT = {
  title: 'Eingangsbestätigung',
  subtitle: 'Receipt of your statement',
  statement: 'Ihre Stellungnahme / Your statement',
  onTime: (basis: string | null) =>
    basis
      ? `Ihre Stellungnahme ist fristgerecht eingegangen und wird im Verfahren nach ${basis} berücksichtigt. Über das Ergebnis werden Sie informiert, sofern Sie Kontaktdaten angegeben haben.`
      : 'Ihre Stellungnahme ist während der Beteiligung eingegangen und wird bei der Auswertung berücksichtigt. Über das Ergebnis werden Sie informiert, sofern Sie Kontaktdaten angegeben haben.',
  late: (basis: string | null) =>
    basis
      ? `Ihre Stellungnahme ist nach Ablauf der Frist eingegangen (verspätet). Sie wird zu den Akten genommen und nicht gelöscht. Verspätete Stellungnahmen können bei der Beschlussfassung über den Bauleitplan unberücksichtigt bleiben, sofern die Stadt ihren Inhalt nicht kannte und nicht hätte kennen müssen und er für die Rechtmäßigkeit des Plans nicht von Bedeutung ist (§ 4a Abs. 5 BauGB; Beteiligung nach ${basis}).`
      : 'Ihre Stellungnahme ist nach dem Ende der Beteiligungsphase eingegangen (verspätet). Sie wird zu den Akten genommen und nicht gelöscht; ob sie in die Auswertung noch einfließen kann, entscheidet die Stadt.',
  lateEn:
    'Your statement arrived after the end of the period (late). It is kept on file; a late statement may be disregarded in the decision.',
};

/** The Eingangsbestätigung as PDF: reference, receipt time (Europe/Berlin), a copy of the text. */
export function renderReceiptDocument(c: ReceiptDocument): Promise<Buffer> {
  const { doc, bytes } = pdfToBuffer({
    margin: 56,
    info: {
      Title: `${TEXT.title} ${c.reference}`,
      Author: 'Mitplanen',
      Subject: c.procedureTitle,
    },
  });
  writeText(doc.fontSize(18), TEXT.title, { style: 'bold' });
  writeText(doc.moveDown(0.3).fontSize(10).fillColor('#444'), TEXT.subtitle);
  doc.moveDown().fillColor('#000').fontSize(11);
  const rows: [string, string][] = [
    ['Aktenzeichen / Reference', c.reference],
    ['Verfahren / Procedure', c.procedureTitle],
    ['Beteiligungsphase / Phase', c.phaseTitle],
    ['Eingegangen am / Received', `${c.receivedAtText}${c.late ? ' – verspätet / late' : ''}`],
    ['Thema / Topic', c.topic ?? '–'],
    ['Ort / Location', c.hasLocation ? 'auf der Karte markiert / marked on the map' : '–'],
  ];
  for (const [label, value] of rows) {
    writeText(doc, label, { style: 'bold' });
    writeText(doc, value).moveDown(0.4);
  }
  const basis = LEGAL_BASIS[c.phaseKind];
  if (c.late) {
    doc.moveDown(0.5).fillColor('#8a1c00');
    writeText(doc.fontSize(10), TEXT.late(basis), { style: 'bold' });
    writeText(doc.fontSize(9).fillColor('#444'), TEXT.lateEn);
    doc.fillColor('#000');
  }
  writeText(doc.moveDown().fontSize(11), TEXT.statement, { style: 'bold' });
  writeText(doc.moveDown(0.3).fontSize(10), c.text, { align: 'left' });
  if (!c.late) writeText(doc.moveDown().fontSize(9).fillColor('#444'), TEXT.onTime(basis));
  doc.end();
  return bytes;
}
