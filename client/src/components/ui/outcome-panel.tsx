import type { ReactNode } from 'react';

import { useFocusOnMount } from '@/hooks/use-focus-on-mount';

interface OutcomePanelProps {
  heading: string;
  tone: 'success' | 'error';
  children: ReactNode;
}

/**
 * The result of an action that replaces its form or loading state. Its heading takes the focus,
 * so keyboard and screen reader users continue with the result.
 */
export function OutcomePanel({ heading, tone, children }: OutcomePanelProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className={`panel panel--${tone}`}>
      <h2 ref={headingRef} tabIndex={-1} className="panel__title">
        {heading}
      </h2>
      {children}
    </div>
  );
}
