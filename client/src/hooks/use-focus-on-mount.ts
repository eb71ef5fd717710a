import { useEffect, useRef } from 'react';

/**
 * Focuses the element once it is shown, e.g. the heading of a result that replaces a form,
 * so that keyboard and screen reader users continue there (WCAG 2.4.3, 4.1.3).
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
