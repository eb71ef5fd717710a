/** Plain text with blank lines between paragraphs; never interpreted as HTML. */
export function PlainText({ text, lang }: { text: string; lang?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div lang={lang}>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="prose__paragraph">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
