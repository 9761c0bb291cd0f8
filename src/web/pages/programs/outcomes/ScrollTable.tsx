import type { ReactNode } from 'react';

/**
 * A table's own sideways scroll on a narrow screen (the page itself never scrolls sideways): the box
 * takes the keyboard's focus so that a keyboard user can scroll it too, and is named by the table.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </section>
  );
}
