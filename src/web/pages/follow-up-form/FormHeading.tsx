import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

/** The page's single h1, focused when the screen changes (form, thank-you, invalid link). */
export function FormHeading({ children, focus = false }: { children: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Passerelle`;
  }, [children]);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Title order={1} size="h2" tabIndex={-1} data-page-title ref={ref} mb="sm">
      {children}
    </Title>
  );
}
