import { Accordion, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { outboxRoute } from '../../../contracts/accounts.js';
import { call } from '../../api/client.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';

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
        {items.length === 0 ? <Text>{t('outbox.empty')}</Text> : null}
        <Accordion variant="separated">
          {items.map((mail) => (
            <Accordion.Item key={mail.id} value={mail.id}>
              <Accordion.Control>
                <Text fw={600}>{mail.subject}</Text>
                <Text size="sm" c="dimmed">
                  {t('outbox.to')}: {mail.to} — {formatDateTime(mail.sentAt)}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <Text component="pre" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
                  {mail.text}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </QueryState>
    </>
  );
}
