import type { MailTemplate } from '../../notifications/mail-templates.js';
import { berlinDateTime } from './receipt-pdf.js';
import { statusPath } from './receipt.js';

/** The outbox template of the receipt mail (Eingangsbestätigung). */
export const RECEIPT_MAIL = 'statements.receipt';

/**
 * Parameters stored with a queued receipt mail. `reference` and `receivedAt` are added by the
 * numbering statement, which is the first to know them.
 */
export interface ReceiptMailParams {
  name: string | null;
  procedureTitle: string;
  phaseTitle: string;
  text: string;
  /** Origin of links in the mail (PUBLIC_URL or the request's origin). */
  base: string;
  token: string;
  reference: string;
  receivedAt: string;
}

const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');

/** The receipt mail in German, then English, rendered by the outbox worker when it sends it. */
export const receiptMail: MailTemplate = (params) => {
  const p = params as unknown as ReceiptMailParams;
  const at = new Date(p.receivedAt);
  const link = `${p.base}${statusPath(p.reference, p.token)}`;
  return {
    subject: oneLine(`Eingangsbestätigung ${p.reference} – ${p.procedureTitle}`).slice(0, 300),
    text:
      `Guten Tag${p.name ? ` ${p.name}` : ''},\n\nIhre Stellungnahme zum Verfahren „${p.procedureTitle}“ (${p.phaseTitle}) ist am ${berlinDateTime(at)} eingegangen.\n\nAktenzeichen: ${p.reference}\n\nDen Stand der Bearbeitung sehen Sie hier:\n${link}\n\nIhr Text:\n\n${p.text}\n\n---\n\nYour statement on "${p.procedureTitle}" was received on ${berlinDateTime(at, 'en')} (reference ${p.reference}). Follow its status: ${link}` +
      '\n\n-- \nMitplanen – Online-Beteiligung',
  };
};
