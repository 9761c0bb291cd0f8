import { Stack, Text } from '@mantine/core';
import { formatCad } from './aid-format.js';

/** One figure of the budget or the report, in dollars. */
export function Figure({ label, cents }: { label: string; cents: number }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{formatCad(cents)}</Text>
    </Stack>
  );
}
