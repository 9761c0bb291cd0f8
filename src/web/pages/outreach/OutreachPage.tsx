import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type LeadSummary,
  type LeadsFilters,
  leadSources,
  useLeads,
  useRecordLead,
} from '../../api/outreach.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { emptyLeadDraft, LeadForm } from './LeadForm.js';

type State = 'open' | 'closed' | 'all';

/**
 * Repérage: the organization's leads — to follow up (never tried first, then the least recently tried),
 * closed, or all — filtered by source and by who follows them up; a lead is recorded in a dialog.
 */
export function OutreachPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState<State>('open');
  const [source, setSource] = useState('');
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const filters: LeadsFilters = {
    state,
    ...(source ? { source: source as LeadsFilters['source'] } : {}),
    mine: mine ? 'true' : 'false',
    page,
  };
  const leads = useLeads(filters);
  const record = useRecordLead();
  return (
    <>
      <PageTitle
        title={t('outreach.title')}
        intro={t('outreach.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('outreach.newLead')}</Button>}
      />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('outreach.stateLabel')}
            value={state}
            onChange={(value) => {
              setState(value as State);
              setPage(1);
            }}
            data={(['open', 'closed', 'all'] as const).map((value) => ({
              value,
              label: t(`outreach.state.${value}`),
            }))}
          />
          <NativeSelect
            label={t('outreach.sourceFilter')}
            value={source}
            onChange={(event) => {
              setSource(event.currentTarget.value);
              setPage(1);
            }}
            data={[
              { value: '', label: t('outreach.anySource') },
              ...leadSources.map((value) => ({ value, label: t(`outreach.source.${value}`) })),
            ]}
          />
          <Switch
            label={t('outreach.mine')}
            checked={mine}
            onChange={(event) => {
              setMine(event.currentTarget.checked);
              setPage(1);
            }}
          />
        </Group>
        <QueryState isPending={leads.isPending} error={leads.error} onRetry={() => leads.refetch()}>
          {leads.data ? (
            leads.data.items.length === 0 ? (
              <Text>{t('outreach.empty')}</Text>
            ) : (
              <>
                <LeadsTable items={leads.data.items} />
                <Pager
                  page={leads.data.page}
                  pageSize={leads.data.pageSize}
                  total={leads.data.total}
                  onChange={setPage}
                />
              </>
            )
          ) : null}
        </QueryState>
      </Stack>
      <Dialog opened={creating} onClose={() => setCreating(false)} title={t('outreach.newTitle')} size="lg">
        <LeadForm
          initial={emptyLeadDraft()}
          submitLabel={t('outreach.create')}
          pending={record.isPending}
          error={record.error}
          onSubmit={async (body) => {
            const { id } = await record.mutateAsync(body);
            notify({ color: 'green', message: t('outreach.created') });
            setCreating(false);
            await navigate({ to: '/outreach/$leadId', params: { leadId: id } });
          }}
        />
      </Dialog>
    </>
  );
}

export function leadName(lead: Pick<LeadSummary, 'givenName' | 'familyName'>, anonymized: string): string {
  return lead.givenName === null ? anonymized : [lead.givenName, lead.familyName].filter(Boolean).join(' ');
}

function LeadsTable({ items }: { items: LeadSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('outreach.listLabel')}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('outreach.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('outreach.columns.source')}</Table.Th>
            <Table.Th scope="col">{t('outreach.columns.metOn')}</Table.Th>
            <Table.Th scope="col">{t('outreach.columns.attempts')}</Table.Th>
            <Table.Th scope="col">{t('outreach.columns.assigned')}</Table.Th>
            <Table.Th scope="col">{t('outreach.columns.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((lead) => (
            <Table.Tr key={lead.id}>
              <Table.Th scope="row">
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/outreach/$leadId" params={{ leadId: lead.id }} {...props} />
                  )}
                >
                  {leadName(lead, t('outreach.anonymized'))}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {t(`outreach.source.${lead.source}`)}
                {lead.partnerName || lead.eventName ? (
                  <Text size="xs" c="dimmed">
                    {lead.partnerName ?? lead.eventName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{formatDate(lead.metOn)}</Table.Td>
              <Table.Td>
                {lead.attempts}
                <Text size="xs" c="dimmed">
                  {lead.lastAttemptAt ? formatDateTime(lead.lastAttemptAt) : t('outreach.never')}
                </Text>
              </Table.Td>
              <Table.Td>{lead.assigned?.name ?? '—'}</Table.Td>
              <Table.Td>
                {lead.outcome ? (
                  <Badge variant="light" color={lead.outcome === 'enrolled' ? 'green.9' : 'gray.8'}>
                    {t(`outreach.outcome.${lead.outcome}`)}
                  </Badge>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
