import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only list of labelled values, as a description list for assistive technologies. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ margin: 0 }}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="sm" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {item.value === null || item.value === undefined || item.value === ''
              ? t('app.unknown')
              : item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
