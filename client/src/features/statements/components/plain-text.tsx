interface PlainTextProps {
  text: string;
  className?: string;
  lang?: string;
}

/**
 * Text written by people (statements), shown as plain text: blank lines make paragraphs, single
 * line breaks stay. React escapes it, so markup in it is shown, never interpreted.
 */
export function PlainText({ text, className, lang }: PlainTextProps) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div className={['plain-text', className].filter(Boolean).join(' ')} lang={lang}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
