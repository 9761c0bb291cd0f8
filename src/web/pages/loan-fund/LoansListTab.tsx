import { Anchor, NativeSelect, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agingBuckets,
  type FundDetail,
  type LoanDetail,
  loanStatuses,
  useFundLoans,
} from '../../api/loan-fund.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatNumber } from '../../format.js';
import { BucketBadge, LoanStatusBadge, useMoney } from './ui.js';

const pageSize = 25;

export function LoansListTab({ fund }: { fund: FundDetail }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const [status, setStatus] = useState<LoanDetail['status'] | ''>('');
  const [bucket, setBucket] = useState<NonNullable<LoanDetail['agingBucket']> | ''>('');
  const [page, setPage] = useState(1);
  const loans = useFundLoans(fund.id, {
    status: status || undefined,
    bucket: bucket || undefined,
    page,
    pageSize,
  });
  const items = loans.data?.items ?? [];
  return (
    <section aria-labelledby="loans-title">
      <Title order={2} size="h4" id="loans-title" mb="sm">
        {t('loanFund.tab.loans')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={600} mb="md">
        <NativeSelect
          label={t('loanFund.loans.status')}
          value={status}
          onChange={(event) => {
            setStatus(event.currentTarget.value as LoanDetail['status'] | '');
            setPage(1);
          }}
          data={[
            { value: '', label: t('loanFund.loans.allStatuses') },
            ...loanStatuses.map((value) => ({ value, label: t(`loanFund.loanStatus.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t('loanFund.loans.bucket')}
          value={bucket}
          onChange={(event) => {
            setBucket(event.currentTarget.value as NonNullable<LoanDetail['agingBucket']> | '');
            setPage(1);
          }}
          data={[
            { value: '', label: t('loanFund.loans.allBuckets') },
            ...agingBuckets.map((value) => ({ value, label: t(`loanFund.bucket.${value}`) })),
          ]}
        />
      </SimpleGrid>
      <QueryState isPending={loans.isPending} error={loans.error} onRetry={() => loans.refetch()}>
        {items.length === 0 ? (
          <Text role="status">{t('loanFund.loans.empty')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('loanFund.loans.caption', { fund: fund.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('loanFund.reference')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.borrower')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.loans.status')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.loan.principal')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.loan.outstanding')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.loan.daysPastDue')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.loans.bucket')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.loans.nextDue')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((loan) => (
                    <Table.Tr key={loan.id}>
                      <Table.Td>
                        <Anchor
                          fw={600}
                          renderRoot={(props) => (
                            <Link to="/loans/$loanId" params={{ loanId: loan.id }} {...props} />
                          )}
                        >
                          {loan.reference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{loan.borrowerName}</Table.Td>
                      <Table.Td>
                        <LoanStatusBadge status={loan.status} />
                      </Table.Td>
                      <Table.Td>{money(loan.principalCents, fund.currency)}</Table.Td>
                      <Table.Td>{money(loan.outstandingPrincipalCents, fund.currency)}</Table.Td>
                      <Table.Td>{loan.agingBucket === null ? '—' : formatNumber(loan.daysPastDue)}</Table.Td>
                      <Table.Td>
                        <BucketBadge bucket={loan.agingBucket} />
                      </Table.Td>
                      <Table.Td>{loan.nextDueOn ? formatDate(loan.nextDueOn) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={pageSize} total={loans.data?.total ?? 0} onChange={setPage} />
          </>
        )}
      </QueryState>
    </section>
  );
}
