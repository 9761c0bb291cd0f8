import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/LanguageSelect.js';
import { chooseLanguage } from '../../i18n/language.js';

/** The frame of the network's public pages, like the public front door: no menu, a language choice. */
export function PublicShell({ children }: { children: ReactNode }) {
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
      <Container size={720} component="main" id="main-content" py="lg" px="sm">
        {children}
      </Container>
    </Box>
  );
}
