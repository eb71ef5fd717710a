import { csvField, csvLine, EXPORT_COLUMNS, SUBMITTER_COLUMNS } from './export-columns.js';

describe('export columns', () => {
  it('quotes separators, quotes and line breaks (RFC 4180 with ;)', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('er sagte "nein"')).toBe('"er sagte ""nein"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    // Berlin local time, as on the receipt: 23:30 UTC on 2 March is 00:30 on 3 March in Essen.
    expect(csvField(new Date('2026-03-02T23:30:00Z'))).toBe('03.03.2026 00:30');
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+49 201')).toBe("'+49 201");
    expect(csvLine(['a', 1, true])).toBe('a;1;true\r\n');
  });

  it('keeps every submitter field out of the anonymised columns', () => {
    const anonymised = EXPORT_COLUMNS.map((c) => c.key);
    for (const c of SUBMITTER_COLUMNS) expect(anonymised).not.toContain(c.key);
    expect(new Set([...anonymised, ...SUBMITTER_COLUMNS.map((c) => c.key)]).size).toBe(
      EXPORT_COLUMNS.length + SUBMITTER_COLUMNS.length,
    );
  });
});
