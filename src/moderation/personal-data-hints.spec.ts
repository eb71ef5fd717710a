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

/** 20,000 characters each, shaped after what makes a backtracking pattern rescan its input. */
const ADVERSARIAL: Record<string, string> = {
  'one long word': 'A' + 'a'.repeat(19_999),
  'a run of e-mail characters': 'a.'.repeat(10_000),
  'a hyphenated capitalised word': 'Ab-'.repeat(6_666),
  'capitalised words': 'Aa '.repeat(6_666),
  'at signs': 'a@'.repeat(10_000),
  'an endless domain': `x@${'a.'.repeat(9_999)}`,
  'zeros at word starts': '0 '.repeat(10_000),
  'one long number': `0${'1'.repeat(19_999)}`,
  'salutations without names': 'Herr '.repeat(4_000),
  'street suffixes without numbers': 'Aweg '.repeat(4_000),
  'IBAN beginnings': 'DE00 '.repeat(4_000),
  'street names before suffixes': 'Rüttenscheider Straßen '.repeat(870),
};

describe('personalDataHints on adversarial input', () => {
  it('stays linear: every 20,000-character adversarial text costs milliseconds', () => {
    personalDataHints('warm-up a@b.de 0201 123456 Herr Meyer Hauptstraße 1');
    const costs = Object.entries(ADVERSARIAL).map(([name, text]) => {
      expect(text.length).toBeGreaterThanOrEqual(19_990);
      // Best of three: a busy machine delays single runs, never all three.
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        personalDataHints(text);
        best = Math.min(best, performance.now() - started);
      }
      return { name, slow: best > 250 };
    });
    // They take 1–2 ms; 250 ms leaves room for a loaded machine. The backtracking patterns
    // of commit 5e40f80 took 1–40 s on six of these texts.
    expect(costs.filter((c) => c.slow)).toEqual([]);
  });

  it('still finds hints among adversarial text', () => {
    const text = `${'a.'.repeat(5_000)} Kontakt: erika@example.org, Hauptstraße 5`;
    expect(personalDataHints(text).map((h) => h.text)).toEqual([
      'erika@example.org',
      'Hauptstraße 5',
    ]);
  });
});
