import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '../../api/loan-fund.js';
import { formatDate } from '../../format.js';
import { InstallmentStateBadge, useMoney } from './ui.js';

export function LoanSchedule({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const amount = (cents: number) => money(cents, loan.currency);
  const sum = (pick: (row: LoanDetail['schedule'][number]) => number) =>
    loan.schedule.reduce((total, row) => total + pick(row), 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="schedule-title">
      <Title order={2} size="h4" id="schedule-title" mb="sm">
        {t('loanFund.schedule.title', { version: loan.scheduleVersion })}
      </Title>
      {loan.schedule.length === 0 ? (
        <Text>{t('loanFund.schedule.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table striped>
            <Table.Caption>{t('loanFund.schedule.caption', { version: loan.scheduleVersion })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('loanFund.schedule.number')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.schedule.dueOn')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('loanFund.component.principal')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('loanFund.component.interest')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('loanFund.component.fee')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('loanFund.schedule.total')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('loanFund.schedule.paid')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('loanFund.schedule.remaining')}
                </Table.Th>
                <Table.Th scope="col">{t('loanFund.schedule.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loan.schedule.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{row.number}</Table.Td>
                  <Table.Td>{formatDate(row.dueOn)}</Table.Td>
                  <Table.Td ta="end">{amount(row.principalCents)}</Table.Td>
                  <Table.Td ta="end">{amount(row.interestCents)}</Table.Td>
                  <Table.Td ta="end">{amount(row.feeCents)}</Table.Td>
                  <Table.Td ta="end">{amount(row.totalCents)}</Table.Td>
                  <Table.Td ta="end">{amount(row.paidCents)}</Table.Td>
                  <Table.Td ta="end">{amount(row.remainingCents)}</Table.Td>
                  <Table.Td>
                    <InstallmentStateBadge state={row.state} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Th scope="row" colSpan={2}>
                  {t('loanFund.ledger.totals')}
                </Table.Th>
                <Table.Td ta="end">{amount(sum((row) => row.principalCents))}</Table.Td>
                <Table.Td ta="end">{amount(sum((row) => row.interestCents))}</Table.Td>
                <Table.Td ta="end">{amount(sum((row) => row.feeCents))}</Table.Td>
                <Table.Td ta="end">{amount(sum((row) => row.totalCents))}</Table.Td>
                <Table.Td ta="end">{amount(sum((row) => row.paidCents))}</Table.Td>
                <Table.Td ta="end">{amount(sum((row) => row.remainingCents))}</Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      {loan.scheduleHistory.length > 0 ? (
        <Table.ScrollContainer minWidth={560} mt="md">
          <Table striped>
            <Table.Caption>{t('loanFund.schedule.historyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('loanFund.schedule.version')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.schedule.reason')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.schedule.effectiveOn')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.term')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.schedule.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loan.scheduleHistory.map((version) => (
                <Table.Tr key={version.version}>
                  <Table.Td>
                    {version.version}
                    {version.version === loan.scheduleVersion ? ` (${t('loanFund.schedule.inForce')})` : ''}
                  </Table.Td>
                  <Table.Td>{t(`loanFund.scheduleReason.${version.reason}`, version.reason)}</Table.Td>
                  <Table.Td>{formatDate(version.effectiveOn)}</Table.Td>
                  <Table.Td>{t('loanFund.months', { count: version.termMonths })}</Table.Td>
                  <Table.Td>{version.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}
