import type { ReactNode } from 'react';

interface TableRegionProps {
  /** Names the region (the table's caption or heading text). */
  label: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a small screen without the page scrolling. The region is
 * focusable, so keyboard users can scroll it too (WCAG 2.1.1, 1.4.10).
 */
export function TableRegion({ label, children }: TableRegionProps) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
