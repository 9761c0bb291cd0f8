import { Alert, Box, Button, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { followUpLinkDays } from '../../../modules/outcomes/domain/vocabulary.js';
import { errorMessage } from '../../api/errors.js';
import { FormHeading } from './FormHeading.js';
import { useFormFormat } from './use-form-format.js';

/** A link used, expired or unknown: the person learns which, and whom to ask for a new one. */
export function InvalidLink() {
  const { t } = useTranslation();
  const format = useFormFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <FormHeading focus>{t('followUpForm.invalid.title')}</FormHeading>
      <Stack gap="sm">
        <Text>{t('followUpForm.invalid.text', { duration: format.days(followUpLinkDays) })}</Text>
        <Text>{t('followUpForm.invalid.contact')}</Text>
      </Stack>
    </Paper>
  );
}

/** The form could not be loaded (network, server): the person may try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <FormHeading>{t('followUpForm.errorTitle')}</FormHeading>
      <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
        {errorMessage(error)}
      </Alert>
      <Box>
        <Button size="md" variant="light" onClick={onRetry}>
          {t('followUpForm.retry')}
        </Button>
      </Box>
    </Stack>
  );
}
