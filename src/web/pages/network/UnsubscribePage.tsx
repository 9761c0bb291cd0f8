import { Alert, Button, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { useConfirmUnsubscribe, useUnsubscribeLink } from '../../api/network.js';
import { PageTitle } from '../../components/PageTitle.js';
import { okGreen } from '../../status-colors.js';
import { PublicShell } from './PublicShell.js';

const route = getRouteApi('/desabonnement/$token');

/**
 * Public: the link at the foot of each bulletin. Opening it changes nothing (mail scanners open links);
 * one click on the button unsubscribes for good.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const link = useUnsubscribeLink(token);
  const confirm = useConfirmUnsubscribe(token);
  if (link.isPending)
    return (
      <PublicShell>
        <Text role="status">{t('app.loading')}</Text>
      </PublicShell>
    );
  if (link.error || !link.data)
    return (
      <PublicShell>
        <PageTitle title={t('network.public.linkInvalidTitle')} />
        <Alert color="red" role="alert">
          {errorMessage(link.error)}
        </Alert>
      </PublicShell>
    );
  const { organizationName, maskedEmail, unsubscribed } = link.data;
  const done = unsubscribed || confirm.isSuccess;
  return (
    <PublicShell>
      <PageTitle
        title={done ? t('network.public.unsubscribedTitle') : t('network.public.unsubscribeTitle')}
        intro={t('network.public.unsubscribeIntro', { organization: organizationName, email: maskedEmail })}
      />
      <Stack>
        {confirm.error ? (
          <Alert color="red" role="alert">
            {confirm.error instanceof ApiError ? errorMessage(confirm.error) : String(confirm.error)}
          </Alert>
        ) : null}
        {done ? (
          <Alert color={okGreen} variant="outline" role="status">
            {confirm.isSuccess
              ? t('network.public.unsubscribed', { organization: organizationName })
              : t('network.public.alreadyUnsubscribed')}
          </Alert>
        ) : (
          <Button onClick={() => confirm.mutate()} loading={confirm.isPending} w="fit-content">
            {t('network.public.unsubscribe')}
          </Button>
        )}
      </Stack>
    </PublicShell>
  );
}
