import { anonymisedText, MASK, maskPersonalData } from './export-text.js';

const PRIVATE =
  'Mein Nachbar Herr Bernd Kowalski, Hauptstraße 12, schreibt an b.kowalski@example.org, Tel. 0201 1234567, IBAN DE89 3704 0044 0532 0130 00.';

describe('anonymised export text', () => {
  it('masks names, street addresses, e-mails, phone numbers and IBANs', () => {
    const { text, masked } = maskPersonalData(PRIVATE);
    expect(masked).toBe(true);
    for (const secret of ['Kowalski', 'Hauptstraße 12', 'example.org', '1234567', 'DE89', '0130']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain(MASK);
    expect(text.startsWith('Mein Nachbar ')).toBe(true);
  });

  it('never gives the original of an unpublished statement', () => {
    for (const status of ['pending', 'rejected', 'not_public'] as const) {
      const out = anonymisedText({
        text: PRIVATE,
        published_text: null,
        publication_status: status,
      });
      expect(out.source).toBe('machine_masked');
      expect(out.text).not.toContain('Kowalski');
    }
    expect(
      anonymisedText({ text: PRIVATE, published_text: 'gekürzt', publication_status: 'rejected' }),
    ).toEqual({ text: 'gekürzt', source: 'moderated' });
    expect(
      anonymisedText({ text: 'Mehr Bäume', published_text: null, publication_status: 'pending' }),
    ).toEqual({ text: 'Mehr Bäume', source: 'machine_checked' });
  });

  it('takes the published version of a published statement', () => {
    expect(
      anonymisedText({
        text: 'Original',
        published_text: 'Fassung',
        publication_status: 'published',
      }),
    ).toEqual({ text: 'Fassung', source: 'published' });
  });
});
