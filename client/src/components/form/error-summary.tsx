import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** id of the input the error belongs to; the item links there. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  detail?: string;
  items: readonly ErrorSummaryItem[];
  /** The summary takes focus when it appears and whenever this value changes. */
  focusKey: number;
}

/**
 * The errors of a form at its top. It takes focus after a failed submit, so that screen reader
 * users hear what went wrong; each item links to its field (WCAG 3.3.1, 3.3.3).
 */
export function ErrorSummary({ title, detail, items, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary__title">{title}</h2>
      {detail ? <p>{detail}</p> : null}
      {items.length > 0 ? (
        <ul className="error-summary__list">
          {items.map((item) =>
            item.fieldId ? (
              <li key={`${item.fieldId}:${item.message}`}>
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => focusField(event, item.fieldId ?? '')}
                >
                  {item.message}
                </a>
              </li>
            ) : (
              <li key={item.message}>{item.message}</li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}
