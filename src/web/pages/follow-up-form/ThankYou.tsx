import { Box, Group, Paper, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { okGreen } from '../../status-colors.js';
import { FormHeading } from './FormHeading.js';
import { isolated } from './use-form-format.js';

/** Shown once the answers are in: the link is spent, nothing else to do. */
export function ThankYou({ firstName, organizationName }: { firstName: string; organizationName: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconCircleCheck
          aria-hidden
          color="var(--mantine-color-green-8)"
          size={32}
          style={{ flexShrink: 0 }}
        />
        <Box>
          <FormHeading focus>{t('followUpForm.thanks.title', { firstName })}</FormHeading>
          <Text c={okGreen} fw={600} role="status">
            {t('followUpForm.thanks.text', { organization: isolated(organizationName) })}
          </Text>
        </Box>
      </Group>
    </Paper>
  );
}
