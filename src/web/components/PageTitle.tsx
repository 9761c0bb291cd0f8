import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's single h1, its browser title, and the target of focus after each navigation. */
export function PageTitle({
  title,
  intro,
  actions,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <Stack gap={4} mb="lg">
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <Title order={1} size="h2" tabIndex={-1} data-page-title>
          {title}
        </Title>
        {actions}
      </div>
      {intro ? <Text c="dimmed">{intro}</Text> : null}
    </Stack>
  );
}
