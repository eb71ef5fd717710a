import PDFDocument from 'pdfkit';
import { pdfText } from '../../../test/support/pdf-text.js';
import { EMOJI_FALLBACK, textRuns, useUnicodeFonts, writeText } from './unicode-text.js';

function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    useUnicodeFonts(doc);
    draw(doc);
    doc.end();
  });
}

describe('Unicode text in PDFs', () => {
  it('sets each script in a subset that has it', () => {
    const runs = textRuns('Gülşen Łukasz € مرحبا');
    expect(runs.map((r) => r.font)).toEqual([
      'noto-sans-latin-regular',
      'noto-sans-latin-ext-regular',
      'noto-sans-latin-regular',
      'noto-sans-latin-ext-regular',
      'noto-sans-latin-regular',
      'noto-sans-arabic-arabic-regular',
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('Gülşen Łukasz € مرحبا');
  });

  it('shows emoji visibly instead of dropping them, and keeps digits and ©', () => {
    expect(
      textRuns('Top 👍🏽 und 👨‍👩‍👧 1 © 2')
        .map((r) => r.text)
        .join(''),
    ).toBe(`Top ${EMOJI_FALLBACK} und ${EMOJI_FALLBACK} 1 © 2`);
  });

  it('writes Turkish, Polish, Arabic and emoji text that pdftotext reads back', async () => {
    const pdf = await render((doc) => {
      writeText(doc, 'Gülşen Yıldız und Łukasz Wąsowski … € 🌳', { style: 'bold' });
      writeText(doc, 'مرحبا بالعالم');
      writeText(doc, 'Straße – „Zitat“ ‚innen‘', { style: 'italic' });
    });
    const text = pdfText(pdf);
    expect(text).toContain('Gülşen Yıldız und Łukasz Wąsowski … €');
    expect(text).toContain(EMOJI_FALLBACK);
    expect(text).toContain('مرحبا');
    expect(text).toContain('بالعالم');
    expect(text).toContain('Straße – „Zitat“ ‚innen‘');
    // The fonts are embedded, not the standard 14.
    expect(pdf.toString('latin1')).toMatch(/FontFile2/);
    expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/Helvetica/);
  });
});
