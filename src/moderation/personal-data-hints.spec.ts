import { personalDataHints } from './personal-data-hints.js';

describe('personalDataHints', () => {
  it.each([
    ['Schreiben Sie an max.mustermann@example.org bitte.', 'email', 'max.mustermann@example.org'],
    ['Rufen Sie an: 0201 1234567', 'phone', '0201 1234567'],
    ['Mobil +49 170 1234567 erreichbar', 'phone', '+49 170 1234567'],
    ['Konto DE89 3704 0044 0532 0130 00 für Spenden', 'iban', 'DE89 3704 0044 0532 0130 00'],
    ['Ich wohne in der Rüttenscheider Straße 12 seit 1990', 'address', 'Rüttenscheider Straße 12'],
    ['Mein Nachbar Herr Schmidt parkt falsch', 'name', 'Herr Schmidt'],
    ['Frau Dr. Meyer-Lüdenscheid hat recht', 'name', 'Frau Dr. Meyer-Lüdenscheid'],
  ])('finds %s', (text, kind, found) => {
    expect(personalDataHints(text)).toEqual([expect.objectContaining({ kind, text: found })]);
  });

  it('finds nothing in an ordinary statement', () => {
    expect(
      personalDataHints('Bitte mehr Bäume und einen sicheren Radweg an der Kreuzung.'),
    ).toEqual([]);
  });

  it('gives positions that cut out exactly the hint', () => {
    const text = 'Kontakt: a@b.de, Tel. 0201 555555';
    for (const hint of personalDataHints(text))
      expect(text.slice(hint.start, hint.end)).toBe(hint.text);
  });
});
