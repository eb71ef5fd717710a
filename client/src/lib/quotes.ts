/** Outer and inner quotation marks per language. */
const MARKS = {
  de: { open: '„', close: '“', innerOpen: '‚', innerClose: '‘' },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
} as const;

/**
 * A name in quotation marks, with the quotation marks it already contains turned into the
 * inner ones: „Stadtdialog ‚Ortsmitte Steele‘“, never „Stadtdialog „Ortsmitte Steele““.
 * „ always opens; “ and " open after a space or at the start and close elsewhere; ” closes.
 */
export function quote(value: string, language: string): string {
  const marks = language.startsWith('en') ? MARKS.en : MARKS.de;
  let inner = '';
  for (const [index, char] of [...value].entries()) {
    const before = index === 0 ? ' ' : (inner.at(-1) ?? ' ');
    if (char === '„') inner += marks.innerOpen;
    else if (char === '“' || char === '"')
      inner += /[\s([]/u.test(before) ? marks.innerOpen : marks.innerClose;
    else if (char === '”') inner += marks.innerClose;
    else inner += char;
  }
  return `${marks.open}${inner}${marks.close}`;
}
