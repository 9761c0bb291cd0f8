import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/LanguageSelect.js';
import { chooseLanguage } from '../../i18n/language.js';

/** The frame of the pages reached without a session: log in, forgotten password, new password. */
export function AuthFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between">
          <Text fw={700} size="lg" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageSelect onChange={(language) => void chooseLanguage(language)} />
        </Group>
      </Box>
      <Container size={460} component="main" id="main-content" py="xl">
        <Paper withBorder shadow="sm" p="lg" radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}

/** Only same-site paths are followed after log in, never another host. */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}
