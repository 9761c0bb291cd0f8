import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrograms } from '../../api/programs.js';
import {
  type AidRequestView,
  mayAdministerAid,
  mayDecideAid,
  useAidQueue,
} from '../../api/relocation-aid.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { AidBudgetPanel, AidReportPanel, AidRulesPanel } from './AidBudgetPanels.js';
import {
  CancelAidApprovalDialog,
  DecideAidDialog,
  PayAidDialog,
  ReverseAidDialog,
} from './AidRequestDialogs.js';
import { formatCad, regionName } from './aid-format.js';

type Tab = 'requests' | 'budget' | 'rules' | 'report';
type StatusFilter = 'submitted' | 'approved' | 'paid' | 'cancelled' | 'all';

/**
 * The relocation aid of the programs the organization steers: the members' requests to decide and pay,
 * the budget of a year with its journal, the versions of the rules, and the aid report.
 */
export function RelocationAidPage() {
  const { t } = useTranslation();
  const session = useSession();
  const programs = usePrograms();
  const steered = (programs.data ?? []).filter((p) => p.steeredByMe);
  const [programId, setProgramId] = useState('');
  // The organization's year, not the browser's (they differ on New Year's Eve across zones).
  const thisYear = Number(todayInOrganization().slice(0, 4));
  const [year, setYear] = useState<number>(thisYear);
  const [tab, setTab] = useState<Tab>(mayDecideAid(session.role) ? 'requests' : 'budget');
  const chosen = programId || steered[0]?.id || '';
  const tabs: Tab[] = mayDecideAid(session.role)
    ? ['requests', 'budget', 'rules', 'report']
    : ['budget', 'rules', 'report'];
  return (
    <>
      <PageTitle title={t('relocationAid.title')} intro={t('relocationAid.intro')} />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('relocationAid.program')}
            value={chosen}
            onChange={(event) => setProgramId(event.currentTarget.value)}
            data={steered.map((p) => ({ value: p.id, label: p.name }))}
          />
          <NumberInput
            label={t('relocationAid.year')}
            value={year}
            onChange={(value) => setYear(Number(value) || thisYear)}
            min={2000}
            max={2100}
            allowDecimal={false}
            w={120}
          />
        </Group>
        {programs.data && steered.length === 0 ? <Text>{t('relocationAid.noProgram')}</Text> : null}
        <SegmentedControl
          aria-label={t('relocationAid.title')}
          value={tab}
          onChange={(value) => setTab(value as Tab)}
          data={tabs.map((value) => ({ value, label: t(`relocationAid.tabs.${value}`) }))}
        />
        {chosen && tab === 'requests' ? <RequestsPanel programId={chosen} /> : null}
        {chosen && tab === 'budget' ? (
          <AidBudgetPanel programId={chosen} year={year} canAllocate={mayAdministerAid(session.role)} />
        ) : null}
        {chosen && tab === 'rules' ? <AidRulesPanel programId={chosen} /> : null}
        {chosen && tab === 'report' ? <AidReportPanel programId={chosen} year={year} /> : null}
      </Stack>
    </>
  );
}

function RequestsPanel({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [status, setStatus] = useState<StatusFilter>('submitted');
  const queue = useAidQueue({ side: 'to_decide', programId, status: status === 'all' ? undefined : status });
  const [deciding, setDeciding] = useState<AidRequestView | null>(null);
  const [paying, setPaying] = useState<AidRequestView | null>(null);
  const [reversing, setReversing] = useState<AidRequestView | null>(null);
  const [cancelling, setCancelling] = useState<AidRequestView | null>(null);
  return (
    <Stack>
      <SegmentedControl
        aria-label={t('relocationAid.queue.status')}
        value={status}
        onChange={(value) => setStatus(value as StatusFilter)}
        data={(['submitted', 'approved', 'paid', 'cancelled', 'all'] as const).map((value) => ({
          value,
          label: value === 'all' ? t('relocationAid.tabs.requests') : t(`relocationAid.status.${value}`),
        }))}
      />
      <QueryState isPending={queue.isPending} error={queue.error} onRetry={() => queue.refetch()}>
        {queue.data ? (
          queue.data.items.length === 0 ? (
            <Text>{t('relocationAid.queue.empty')}</Text>
          ) : (
            <ScrollTable label={t('relocationAid.queue.label')}>
              <Table striped>
                <Table.Caption>{t('relocationAid.queue.label')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {(
                      [
                        'person',
                        'household',
                        'organization',
                        'purpose',
                        'region',
                        'asked',
                        'allowed',
                        'status',
                        'actions',
                      ] as const
                    ).map((c) => (
                      <Table.Th key={c} scope="col">
                        {t(`relocationAid.queue.columns.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {queue.data.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        {r.person && r.organization.id === session.organization.id ? (
                          <Anchor
                            renderRoot={(props) => (
                              <Link to="/people/$personId" params={{ personId: r.personId }} {...props} />
                            )}
                          >
                            {`${r.person.givenName} ${r.person.familyName}`}
                          </Anchor>
                        ) : r.person ? (
                          <Text size="sm">{`${r.person.givenName} ${r.person.familyName}`}</Text>
                        ) : null}
                        <Text size="xs" c="dimmed">
                          {formatDate(r.filedOn)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t('relocationAid.queue.householdOf', { count: r.householdSize })}</Table.Td>
                      <Table.Td>{r.organization.name}</Table.Td>
                      <Table.Td>{t(`relocationAid.purpose.${r.purpose}`)}</Table.Td>
                      <Table.Td>{regionName(r.regionCode)}</Table.Td>
                      <Table.Td>{formatCad(r.askedCents)}</Table.Td>
                      <Table.Td>
                        {formatCad(r.approvedCents ?? r.assessment.allowedCents)}
                        {r.approvedCents !== null && r.paidCents > 0 && r.remainderCents ? (
                          <Text size="xs">
                            {t('relocationAid.queue.paidSoFar', {
                              paid: formatCad(r.paidCents),
                              remainder: formatCad(r.remainderCents),
                            })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light">{t(`relocationAid.status.${r.status}`)}</Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {r.actions.includes('decide') ? (
                            <Button size="xs" onClick={() => setDeciding(r)}>
                              {t('relocationAid.queue.decide')}
                            </Button>
                          ) : null}
                          {r.actions.includes('pay') ? (
                            <Button size="xs" onClick={() => setPaying(r)}>
                              {t('relocationAid.queue.pay')}
                            </Button>
                          ) : null}
                          {r.actions.includes('cancel') ? (
                            <Button size="xs" variant="default" onClick={() => setCancelling(r)}>
                              {t('relocationAid.queue.cancel')}
                            </Button>
                          ) : null}
                          {r.actions.includes('reverse') ? (
                            <Button size="xs" variant="default" onClick={() => setReversing(r)}>
                              {t('relocationAid.queue.reverse')}
                            </Button>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        ) : null}
      </QueryState>
      <DecideAidDialog
        key={`decide-${deciding?.id ?? 'none'}`}
        request={deciding}
        onClose={() => setDeciding(null)}
      />
      <PayAidDialog key={`pay-${paying?.id ?? 'none'}`} request={paying} onClose={() => setPaying(null)} />
      <CancelAidApprovalDialog
        key={`cancel-${cancelling?.id ?? 'none'}`}
        request={cancelling}
        onClose={() => setCancelling(null)}
      />
      <ReverseAidDialog
        key={`reverse-${reversing?.id ?? 'none'}`}
        request={reversing}
        onClose={() => setReversing(null)}
      />
    </Stack>
  );
}
