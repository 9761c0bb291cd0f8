import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export { Section } from '../employers/Section.js';

/** A term of the offer in a description list: its name, then its value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
