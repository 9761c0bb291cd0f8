import type { ReactNode } from 'react';

/**
 * A table's own sideways scroll on a narrow screen (the page itself never scrolls sideways): the box
 * takes the keyboard's focus so that a keyboard user can scroll it too, and is named by the table.
 * Positioned, so that a visually hidden text in a cell (absolutely positioned) stays inside the box
 * instead of widening the page.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%', position: 'relative' }}
    >
      {children}
    </section>
  );
}
