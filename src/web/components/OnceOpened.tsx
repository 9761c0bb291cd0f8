import { type ReactNode, Suspense, useRef } from 'react';

/**
 * Renders its children from the first time `opened` is true, and keeps them afterwards (a dialog then
 * closes with its transition and gives focus back). For a lazily loaded dialog: its code is fetched
 * when it is first opened, not with the page.
 */
export function OnceOpened({ opened, children }: { opened: boolean; children: ReactNode }) {
  const wanted = useRef(false);
  if (opened) wanted.current = true;
  return wanted.current ? <Suspense fallback={null}>{children}</Suspense> : null;
}
