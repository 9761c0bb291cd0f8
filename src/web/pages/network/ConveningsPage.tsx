import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConvenings, useCreateConvening } from '../../api/network.js';
import { useTimeZone } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { ConveningForm } from './ConveningForm.js';
import { NetworkTabs } from './NetworkTabs.js';

/** The organization's convenings (forums, partners' meetings), latest first, with who registered and came. */
export function ConveningsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeZone = useTimeZone();
  const convenings = useConvenings();
  const create = useCreateConvening();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        title={t('network.tabs.convenings')}
        intro={t('network.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('network.convenings.new')}</Button>}
      />
      <NetworkTabs />
      <QueryState
        isPending={convenings.isPending}
        error={convenings.error}
        onRetry={() => convenings.refetch()}
      >
        {convenings.data ? (
          convenings.data.items.length === 0 ? (
            <Text>{t('network.convenings.empty')}</Text>
          ) : (
            <ScrollTable label={t('network.convenings.listLabel')}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('network.convenings.columns.title')}</Table.Th>
                    <Table.Th scope="col">{t('network.convenings.columns.startsAt')}</Table.Th>
                    <Table.Th scope="col">{t('network.convenings.columns.place')}</Table.Th>
                    <Table.Th scope="col">{t('network.convenings.columns.registered')}</Table.Th>
                    <Table.Th scope="col">{t('network.convenings.columns.present')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {convenings.data.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Th scope="row">
                        <Anchor
                          renderRoot={(props) => (
                            <Link
                              to="/network/convenings/$conveningId"
                              params={{ conveningId: c.id }}
                              {...props}
                            />
                          )}
                        >
                          {c.title}
                        </Anchor>
                        {c.publicRegistration ? (
                          <Badge ml="xs" variant="light" color="blue.9">
                            {t('network.convenings.publicLink')}
                          </Badge>
                        ) : null}
                      </Table.Th>
                      <Table.Td>{formatDateTime(c.startsAt)}</Table.Td>
                      <Table.Td>{c.place ?? '—'}</Table.Td>
                      <Table.Td>
                        {c.registered}
                        {c.capacity !== null ? ` / ${c.capacity}` : ''}
                      </Table.Td>
                      <Table.Td>{c.present}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        ) : null}
      </QueryState>
      <Dialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('network.convenings.newTitle')}
        size="lg"
      >
        <ConveningForm
          timeZone={timeZone}
          submitLabel={t('network.convenings.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={async (body) => {
            const { id } = await create.mutateAsync(body);
            notify({ color: 'green', message: t('network.convenings.created') });
            setCreating(false);
            await navigate({ to: '/network/convenings/$conveningId', params: { conveningId: id } });
          }}
        />
      </Dialog>
    </>
  );
}
