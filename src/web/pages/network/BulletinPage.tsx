import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBulletins } from '../../api/network.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDateTime } from '../../format.js';
import { Dialog } from '../caseload/Dialog.js';
import { ImportSubscribers } from './ImportSubscribers.js';
import { NetworkTabs } from './NetworkTabs.js';
import { SendBulletin } from './SendBulletin.js';
import { AddSubscriber, Subscribers } from './Subscribers.js';

/** The bulletin: its mailing list with each consent, sending an issue, and the issues sent. */
export function BulletinPage() {
  const { t } = useTranslation();
  const bulletins = useBulletins();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  return (
    <>
      <PageTitle
        title={t('network.tabs.bulletin')}
        intro={t('network.intro')}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('network.bulletin.import')}
            </Button>
            <Button onClick={() => setAdding(true)}>{t('network.bulletin.add')}</Button>
          </Group>
        }
      />
      <NetworkTabs />
      <Stack gap="xl">
        <SendBulletin />
        <Stack component="section" aria-labelledby="bulletins-sent" gap="sm">
          <Title order={2} size="h3" id="bulletins-sent">
            {t('network.bulletin.sentTitle')}
          </Title>
          <QueryState
            isPending={bulletins.isPending}
            error={bulletins.error}
            onRetry={() => bulletins.refetch()}
          >
            {bulletins.data ? (
              bulletins.data.items.length === 0 ? (
                <Text c="dimmed">{t('network.bulletin.noneSent')}</Text>
              ) : (
                <ScrollTable label={t('network.bulletin.sentLabel')}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('network.bulletin.sentColumns.subject')}</Table.Th>
                        <Table.Th scope="col">{t('network.bulletin.sentColumns.sentAt')}</Table.Th>
                        <Table.Th scope="col">{t('network.bulletin.sentColumns.by')}</Table.Th>
                        <Table.Th scope="col">{t('network.bulletin.sentColumns.delivered')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {bulletins.data.items.map((b) => (
                        <Table.Tr key={b.id}>
                          <Table.Th scope="row">{b.subject}</Table.Th>
                          <Table.Td>{formatDateTime(b.sentAt)}</Table.Td>
                          <Table.Td>{b.sentBy.name ?? '—'}</Table.Td>
                          <Table.Td>
                            {t('network.bulletin.delivered', {
                              delivered: b.delivered,
                              recipients: b.recipients,
                            })}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )
            ) : null}
          </QueryState>
        </Stack>
        <Subscribers />
      </Stack>
      <Dialog
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('network.bulletin.addTitle')}
        size="lg"
      >
        <AddSubscriber onDone={() => setAdding(false)} />
      </Dialog>
      <Dialog
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('network.bulletin.importTitle')}
        size="lg"
      >
        <ImportSubscribers onDone={() => setImporting(false)} />
      </Dialog>
    </>
  );
}
