import { Accordion, Text } from '@mantine/core';
import { IconMessage } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { outboxRoute } from '../../../contracts/accounts.js';
import { call } from '../../api/client.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';

/** Whether SMS really leave: said plainly above the messages. */
const smsDeliveryText = {
  outbox: 'outbox.smsOutbox',
  provider: 'outbox.smsProvider',
  disabled: 'outbox.smsDisabled',
} as const;

export function OutboxPage() {
  const { t } = useTranslation();
  const outbox = useQuery({
    queryKey: ['outbox'],
    queryFn: ({ signal }) => call(outboxRoute, { signal }),
    meta: { inlineErrors: true },
  });
  const items = outbox.data?.items ?? [];
  return (
    <>
      <PageTitle title={t('outbox.title')} intro={t('outbox.intro')} />
      <QueryState
        isPending={outbox.isPending}
        error={outbox.error}
        onRetry={() => outbox.refetch()}
        missingRouteText={t('outbox.unavailable')}
      >
        {outbox.data ? (
          <Text size="sm" c="dimmed" mb="sm">
            {t(smsDeliveryText[outbox.data.sms])}
          </Text>
        ) : null}
        {items.length === 0 ? <Text>{t('outbox.empty')}</Text> : null}
        <Accordion variant="separated">
          {items.map((message) => (
            <Accordion.Item key={message.id} value={message.id}>
              <Accordion.Control
                icon={message.channel === 'sms' ? <IconMessage size={18} aria-hidden /> : undefined}
              >
                <Text fw={600}>
                  {message.channel === 'sms' ? t('outbox.smsTitle', { to: message.to }) : message.subject}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('outbox.to')}: {message.to} — {formatDateTime(message.sentAt)}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                {/* An SMS in Arabic or Persian lays out each line by its first letter, as a phone does. */}
                <Text
                  component="pre"
                  dir={message.channel === 'sms' ? 'auto' : undefined}
                  style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', unicodeBidi: 'plaintext' }}
                >
                  {message.text}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </QueryState>
    </>
  );
}
