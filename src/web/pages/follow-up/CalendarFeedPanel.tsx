import { Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/calendar-feed.js';
import { errorMessage } from '../../api/errors.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';

/**
 * My calendar subscription: a secret address Outlook or Google Calendar reads my appointments from.
 * The address is shown once, when created; replacing it stops the old one, revoking stops both.
 */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const active = feed.data?.active ?? false;
  const error = create.error ?? revoke.error ?? feed.error;

  const generate = async () => {
    try {
      const created = await create.mutateAsync();
      setUrl(created.url);
      notify({ color: 'green', message: t(active ? 'agenda.feed.replaced' : 'agenda.feed.created') });
    } catch {
      // Shown in the panel.
    }
  };
  const stop = async () => {
    try {
      await revoke.mutateAsync();
      setUrl(null);
      setConfirmRevoke(false);
      notify({ color: 'green', message: t('agenda.feed.revoked') });
    } catch {
      // Shown in the panel.
    }
  };

  return (
    <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="calendar-feed-title">
          {t('agenda.feed.title')}
        </Title>
        <Text size="sm">{t('agenda.feed.intro')}</Text>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {feed.data ? (
          <Text size="sm" fw={500} role="status">
            {active
              ? feed.data.lastReadAt
                ? t('agenda.feed.activeRead', {
                    created: formatDateTime(feed.data.createdAt),
                    read: formatDateTime(feed.data.lastReadAt),
                  })
                : t('agenda.feed.active', { created: formatDateTime(feed.data.createdAt) })
              : t('agenda.feed.none')}
          </Text>
        ) : null}
        {url ? (
          <Stack gap={4}>
            <Group gap="xs" align="flex-end" wrap="wrap">
              <TextInput
                label={t('agenda.feed.url')}
                description={t('agenda.feed.urlOnce')}
                value={url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: '1 1 16rem', minWidth: 0 }}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? t('agenda.feed.copied') : t('agenda.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t('agenda.feed.howTo')}
            </Text>
          </Stack>
        ) : null}
        <Group gap="sm" wrap="wrap">
          <Button
            onClick={() => void generate()}
            loading={create.isPending}
            variant={active ? 'default' : 'filled'}
          >
            {active ? t('agenda.feed.regenerate') : t('agenda.feed.create')}
          </Button>
          {active && !confirmRevoke ? (
            <Button variant="default" color="red.8" onClick={() => setConfirmRevoke(true)}>
              {t('agenda.feed.revoke')}
            </Button>
          ) : null}
        </Group>
        {active && confirmRevoke ? (
          <Alert color="orange" title={t('agenda.feed.revokeConfirmTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('agenda.feed.revokeConfirm')}</Text>
              <Group gap="sm">
                <Button color="red.8" onClick={() => void stop()} loading={revoke.isPending}>
                  {t('agenda.feed.revokeYes')}
                </Button>
                <Button variant="default" onClick={() => setConfirmRevoke(false)}>
                  {t('app.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('agenda.feed.privacy')}
        </Text>
      </Stack>
    </Paper>
  );
}
