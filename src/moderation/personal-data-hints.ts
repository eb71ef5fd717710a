/** A stretch of text that likely holds personal data, for the moderator to check and redact. */
export interface PersonalDataHint {
  kind: 'email' | 'phone' | 'iban' | 'address' | 'name';
  start: number;
  end: number;
  text: string;
}

/*
 * Linear time by construction (DESIGN.md: pattern matching over user text is linear-time).
 * V8's engine backtracks, so every pattern below obeys two rules that bound the work per start
 * position by a constant, which makes a whole scan O(n):
 *  1. every quantifier has a small upper bound (a match is at most ~100 characters long);
 *  2. a pattern can only get past its first character where a match could begin: a keyword,
 *     a fixed prefix, or the first character of a run (a lookbehind refuses every position
 *     inside a run, so a 20,000-letter run is not rescanned from each of its letters).
 * Street names are found from their suffix ("…straße 12") and extended to the left by a
 * bounded loop instead of a pattern, and overlaps are resolved with a mask, not by comparing
 * every pair of hints.
 */
const LOCAL = '[\\p{L}0-9._%+-]';
const PATTERNS: [Exclude<PersonalDataHint['kind'], 'address'>, RegExp][] = [
  [
    'email',
    new RegExp(`(?<!${LOCAL})${LOCAL}{1,64}@(?:[\\p{L}0-9-]{1,63}\\.){1,8}\\p{L}{2,24}`, 'gu'),
  ],
  ['iban', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b/g],
  ['phone', /(?:\+49|0049|\b0)[\s/-]?(?:\(0\))?\d{2,5}[\s/-]?\d{3,12}(?:[\s-]?\d{1,5})?/g],
  [
    'name',
    /\b(?:Herr|Frau|Hr\.|Fr\.|Dr\.)\s{1,3}(?:Dr\.\s{1,3})?\p{Lu}\p{Ll}{1,40}(?:[\s-]\p{Lu}\p{Ll}{1,40})?/gu,
  ],
];
/** The street suffix and house number; the name before it is read by `streetStart`. */
const STREET =
  /(?:[Ss]tra(?:ße|sse)|[Ss]tr\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer)\s{1,3}\d{1,4}(?:\s?[a-z](?!\p{L}))?/gu;
const WORD_CHAR = /[\p{L}-]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;
/** Longest word a street name is read back over. */
const MAX_WORD = 40;

/**
 * Where the street name before a suffix at `at` starts, or -1 when there is none that the
 * original pattern allowed: an optional capitalised word and whitespace, then either the suffix
 * itself or a capitalised word it is glued to ("Haupt|straße", "Rüttenscheider |Straße").
 */
function streetStart(text: string, at: number): number {
  const wordStart = (end: number): number => {
    let i = end;
    while (i > 0 && end - i < MAX_WORD && WORD_CHAR.test(text[i - 1])) i -= 1;
    if (i > 0 && WORD_CHAR.test(text[i - 1])) return -1;
    return i < end && UPPER.test(text[i]) ? i : -1;
  };
  let start = at;
  if (at > 0 && WORD_CHAR.test(text[at - 1])) {
    start = wordStart(at);
    if (start < 0) return -1;
  }
  if (start > 1 && SPACE.test(text[start - 1])) {
    const previous = wordStart(start - 1);
    if (previous >= 0 && previous < start - 2) return previous;
  }
  return start;
}

/** Finds likely e-mail addresses, phone numbers, IBANs, street addresses and "Herr/Frau Name". */
export function personalDataHints(text: string): PersonalDataHint[] {
  const taken = new Uint8Array(text.length);
  const hints: PersonalDataHint[] = [];
  const keep = (kind: PersonalDataHint['kind'], start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    hints.push({ kind, start, end, text: text.slice(start, end) });
  };
  const found = (kind: PersonalDataHint['kind']) => {
    if (kind === 'address') {
      for (const match of text.matchAll(STREET)) {
        const start = streetStart(text, match.index);
        if (start >= 0) keep('address', start, match.index + match[0].length);
      }
      return;
    }
    const pattern = PATTERNS.find(([k]) => k === kind)![1];
    for (const match of text.matchAll(pattern))
      keep(kind, match.index, match.index + match[0].length);
  };
  // Earlier kinds win where hints overlap, as the moderator sees them.
  for (const kind of ['email', 'iban', 'phone', 'address', 'name'] as const) found(kind);
  return hints.sort((a, b) => a.start - b.start);
}
