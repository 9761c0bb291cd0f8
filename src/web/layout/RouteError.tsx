import { Alert, Button, Container, Stack } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors.js';

/** What a page shows when it fails to load or render: the message, and a way to try again. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('app.errorTitle')} role="alert">
        <Stack gap="sm" align="flex-start">
          <span>{errorMessage(error)}</span>
          <Button size="xs" variant="light" color="red" onClick={reset}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
