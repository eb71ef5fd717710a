import { useEffect, useRef } from 'react';

/** Inputs where a typed letter is text, not a command. */
const TYPING_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TYPING_INPUTS.has(target.type);
}

/**
 * Single-letter shortcuts on the page (lower case, no modifier), while `enabled`. They never
 * fire while the person types in a field or a modal dialog is open; the moderator can turn
 * them off (WCAG 2.1.4).
 */
export function useShortcuts(enabled: boolean, handlers: Record<string, () => void>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.repeat || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
