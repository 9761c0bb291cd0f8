import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PartnerSummary,
  type PartnersQuery,
  partnerKinds,
  partnerSectors,
  useCreatePartner,
  usePartners,
} from '../../api/network.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { NetworkTabs } from './NetworkTabs.js';
import { PartnerForm, partnerDraftOf } from './PartnerForm.js';

/** The partner network: the organization's partners and those its consortium partners share. */
export function PartnersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [sector, setSector] = useState('');
  const [creating, setCreating] = useState(false);
  const query: PartnersQuery = {
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(kind ? { kind: kind as PartnersQuery['kind'] } : {}),
    ...(sector ? { sector: sector as PartnersQuery['sector'] } : {}),
  };
  const partners = usePartners(query);
  const create = useCreatePartner();
  return (
    <>
      <PageTitle
        title={t('network.title')}
        intro={t('network.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('network.partners.new')}</Button>}
      />
      <NetworkTabs />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t('network.partners.search')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('network.partners.kindFilter')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value)}
            data={[
              { value: '', label: t('network.partners.anyKind') },
              ...partnerKinds.map((value) => ({ value, label: t(`network.kind.${value}`) })),
            ]}
          />
          <NativeSelect
            label={t('network.partners.sectorFilter')}
            value={sector}
            onChange={(event) => setSector(event.currentTarget.value)}
            data={[
              { value: '', label: t('network.partners.anySector') },
              ...partnerSectors.map((value) => ({ value, label: t(`network.sector.${value}`) })),
            ]}
          />
        </Group>
        <QueryState isPending={partners.isPending} error={partners.error} onRetry={() => partners.refetch()}>
          {partners.data ? (
            partners.data.items.length === 0 ? (
              <Text>{t('network.partners.empty')}</Text>
            ) : (
              <PartnersTable items={partners.data.items} />
            )
          ) : null}
        </QueryState>
      </Stack>
      <Dialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('network.partners.newTitle')}
        size="lg"
      >
        <PartnerForm
          initial={partnerDraftOf()}
          submitLabel={t('network.partners.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={async (body) => {
            const { id } = await create.mutateAsync(body);
            notify({ color: 'green', message: t('network.partners.created') });
            setCreating(false);
            await navigate({ to: '/network/partners/$partnerId', params: { partnerId: id } });
          }}
        />
      </Dialog>
    </>
  );
}

function PartnersTable({ items }: { items: PartnerSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('network.partners.listLabel')}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('network.partners.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('network.partners.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('network.partners.columns.sectors')}</Table.Th>
            <Table.Th scope="col">{t('network.partners.columns.area')}</Table.Th>
            <Table.Th scope="col">{t('network.partners.columns.contacts')}</Table.Th>
            <Table.Th scope="col">{t('network.partners.columns.lastEngagement')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((partner) => (
            <Table.Tr key={partner.id}>
              <Table.Th scope="row">
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/network/partners/$partnerId" params={{ partnerId: partner.id }} {...props} />
                  )}
                >
                  {partner.name}
                </Anchor>
                {partner.owned ? null : (
                  <Text size="xs" c="dimmed">
                    {t('network.partners.sharedBy', { organization: partner.ownerName })}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{t(`network.kind.${partner.kind}`)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {partner.sectors.map((s) => (
                    <Badge key={s} variant="light" color="gray.8">
                      {t(`network.sector.${s}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{partner.area ?? '—'}</Table.Td>
              <Table.Td>{partner.contacts}</Table.Td>
              <Table.Td>{partner.lastEngagementOn ? formatDate(partner.lastEngagementOn) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
