/** A stretch of text that likely holds personal data, for the moderator to check and redact. */
export interface PersonalDataHint {
  kind: 'email' | 'phone' | 'iban' | 'address' | 'name';
  start: number;
  end: number;
  text: string;
}

const PATTERNS: [PersonalDataHint['kind'], RegExp][] = [
  ['email', /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu],
  ['iban', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b/g],
  ['phone', /(?:\+49|0049|\b0)[\s/-]?(?:\(0\))?\d{2,5}[\s/-]?\d{3,}(?:[\s-]?\d{1,5})?/g],
  [
    'address',
    /(?:\b[\p{Lu}][\p{L}-]+\s)?\b(?:[\p{Lu}][\p{L}-]*?)?(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer)\s+\d+(?:\s?[a-z](?!\p{L}))?/gu,
  ],
  [
    'name',
    /\b(?:Herr|Frau|Hr\.|Fr\.|Dr\.)\s+(?:Dr\.\s+)?[\p{Lu}][\p{Ll}]+(?:[\s-][\p{Lu}][\p{Ll}]+)?/gu,
  ],
];

/** Finds likely e-mail addresses, phone numbers, IBANs, street addresses and "Herr/Frau Name". */
export function personalDataHints(text: string): PersonalDataHint[] {
  const hints: PersonalDataHint[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (hints.some((h) => start < h.end && end > h.start)) continue;
      hints.push({ kind, start, end, text: match[0] });
    }
  }
  return hints.sort((a, b) => a.start - b.start);
}
