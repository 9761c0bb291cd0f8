import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isMissingRoute } from '../api/errors.js';

/** Loading and error states shared by every page that reads from the API. */
export function QueryState({
  isPending,
  error,
  onRetry,
  missingRouteText,
  children,
}: {
  isPending: boolean;
  error: unknown;
  onRetry?: () => void;
  missingRouteText?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('app.errorTitle')} role="alert">
        <Stack gap="xs" align="flex-start">
          <span>{isMissingRoute(error) && missingRouteText ? missingRouteText : errorMessage(error)}</span>
          {onRetry ? (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('app.retry')}
            </Button>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-hidden size="sm" me="sm" />
        {t('app.loading')}
      </Center>
    );
  }
  return <>{children}</>;
}
