import { describe, expect, it } from 'vitest';

import { quote } from '@/lib/quotes';

describe('quote', () => {
  it('puts a plain name in the quotation marks of the language', () => {
    expect(quote('Ortsmitte Steele', 'de')).toBe('„Ortsmitte Steele“');
    expect(quote('Ortsmitte Steele', 'en')).toBe('“Ortsmitte Steele”');
  });

  it('turns German quotation marks inside into the inner ones', () => {
    expect(quote('Stadtdialog „Ortsmitte Steele“', 'de')).toBe('„Stadtdialog ‚Ortsmitte Steele‘“');
    expect(quote('Stadtdialog „Ortsmitte Steele“', 'en')).toBe('“Stadtdialog ‘Ortsmitte Steele’”');
  });

  it('turns English and straight quotation marks inside into the inner ones', () => {
    expect(quote('Plan “Am Markt”', 'de')).toBe('„Plan ‚Am Markt‘“');
    expect(quote('Plan "Am Markt" (neu)', 'de')).toBe('„Plan ‚Am Markt‘ (neu)“');
    expect(quote('"Mitte" bleibt', 'en')).toBe('“‘Mitte’ bleibt”');
  });
});
