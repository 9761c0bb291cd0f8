import { Paper, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import type { RequestDraft } from './request-draft.js';

/** What a part of the form is given: the draft, how to change one field, and the server's field errors. */
export interface DraftPart {
  draft: RequestDraft;
  set: <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => void;
  error: (field: string) => string | undefined;
}

/** Hidden from people (and from assistive technology), not from robots that fill every field. */
export const offScreen: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};
/** Touch targets of 44 px on a phone. */
export const touch = { input: { minHeight: 44 } };

/** One part of the form: a fieldset whose legend is a heading, with an optional help line. */
export function Section({ legend, help, children }: { legend: string; help?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" component="legend" px={4}>
        {legend}
      </Title>
      <Stack gap="sm">
        {help ? (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Paper>
  );
}
