import { personalDataHints } from '../moderation/index.js';
import type { PublicationStatus } from '../statements/statement.types.js';
import type { ExportRow } from './export-columns.js';
import type { TextSource } from './export-labels.js';

/** What replaces a detected name, street address, e-mail, phone number or IBAN. */
export const MASK = '[entfernt]';

/** `text` with every stretch the personal-data detector finds replaced by `[entfernt]`. */
export function maskPersonalData(text: string): { text: string; masked: boolean } {
  const hints = personalDataHints(text);
  if (hints.length === 0) return { text, masked: false };
  let out = '';
  let at = 0;
  for (const hint of hints) {
    if (hint.start < at) continue;
    out += text.slice(at, hint.start) + MASK;
    at = hint.end;
  }
  return { text: out + text.slice(at), masked: true };
}

/**
 * The text of a statement in the anonymised export (docs/domain.md#4-data-protection): what the public sees where
 * it is published, the moderators' redacted version where there is one, and otherwise – pending,
 * rejected or never public – the original with detected personal data masked. Never the
 * original of an unpublished statement as it is.
 */
export function anonymisedText(row: {
  text: string;
  published_text: string | null;
  publication_status: PublicationStatus;
}): { text: string; source: TextSource } {
  if (row.publication_status === 'published') {
    return { text: row.published_text ?? row.text, source: 'published' };
  }
  if (row.published_text !== null) return { text: row.published_text, source: 'moderated' };
  const { text, masked } = maskPersonalData(row.text);
  return { text, source: masked ? 'machine_masked' : 'machine_checked' };
}

/** An export row with its anonymised text and where that text comes from. */
export function anonymiseRow(row: ExportRow): ExportRow {
  const { text, source } = anonymisedText({ ...row, published_text: row.published_text ?? null });
  return { ...row, text, text_source: source, published_text: undefined };
}
