import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's `pdftotext` reads it (what a screen reader or search sees). */
export function pdfText(pdf: Buffer, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
  }).toString('utf8');
}
