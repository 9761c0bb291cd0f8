import { Button, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ApplicationView,
  applicationStatuses,
  type FundDetail,
  useFundApplications,
} from '../../api/loan-fund.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { DecisionDrawer } from './DecisionDrawer.js';
import { ApplicationStatusBadge, useMoney } from './ui.js';

const pageSize = 25;
type Status = ApplicationView['status'];

export function ApplicationsTab({ fund }: { fund: FundDetail }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const [status, setStatus] = useState<Status | ''>('');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const applications = useFundApplications(fund.id, { status: status || undefined, page, pageSize });
  const items = applications.data?.items ?? [];
  const open = items.find((item) => item.id === openId) ?? null;
  return (
    <section aria-labelledby="applications-title">
      <Title order={2} size="h4" id="applications-title" mb="sm">
        {t('loanFund.tab.applications')}
      </Title>
      <NativeSelect
        label={t('loanFund.applications.statusFilter')}
        value={status}
        maw={280}
        mb="md"
        onChange={(event) => {
          setStatus(event.currentTarget.value as Status | '');
          setPage(1);
        }}
        data={[
          { value: '', label: t('loanFund.applications.allStatuses') },
          ...applicationStatuses.map((value) => ({
            value,
            label: t(`loanFund.applicationStatus.${value}`),
          })),
        ]}
      />
      <QueryState
        isPending={applications.isPending}
        error={applications.error}
        onRetry={() => applications.refetch()}
      >
        {items.length === 0 ? (
          <Text role="status">{t('loanFund.applications.empty')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('loanFund.applications.caption', { fund: fund.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('loanFund.reference')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.borrower')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.product')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.applications.requested')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.term')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.applications.filedOn')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.applications.status')}</Table.Th>
                    <Table.Th scope="col">{t('app.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((application) => {
                    const deciding = fund.can.manage && application.status === 'submitted';
                    return (
                      <Table.Tr key={application.id}>
                        <Table.Td>{application.reference}</Table.Td>
                        <Table.Td>{application.borrowerName}</Table.Td>
                        <Table.Td>{application.productName}</Table.Td>
                        <Table.Td>{money(application.requestedCents, fund.currency)}</Table.Td>
                        <Table.Td>{t('loanFund.months', { count: application.termMonths })}</Table.Td>
                        <Table.Td>{formatDate(application.filedOn)}</Table.Td>
                        <Table.Td>
                          <ApplicationStatusBadge status={application.status} />
                          {application.approvedCents !== null ? (
                            <Text size="xs">{money(application.approvedCents, fund.currency)}</Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant={deciding ? 'filled' : 'default'}
                            aria-label={`${deciding ? t('loanFund.applications.decide') : t('loanFund.applications.details')}: ${application.reference}`}
                            onClick={() => setOpenId(application.id)}
                          >
                            {deciding
                              ? t('loanFund.applications.decide')
                              : t('loanFund.applications.details')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={pageSize} total={applications.data?.total ?? 0} onChange={setPage} />
          </>
        )}
      </QueryState>
      <DecisionDrawer fund={fund} application={open} onClose={() => setOpenId(null)} />
    </section>
  );
}
