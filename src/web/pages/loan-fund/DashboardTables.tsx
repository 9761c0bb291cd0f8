import { LineChart } from '@mantine/charts';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FundDashboard, loanStatuses } from '../../api/loan-fund.js';
import { formatNumber } from '../../format.js';
import { BucketBadge, LoanStatusBadge, useMoney } from './ui.js';

/** 'YYYY-MM' or 'YYYY-MM-DD' → 'Mar 2026' / 'mars 2026'. */
function useMonthLabel() {
  const { locale } = useMoney();
  return (month: string) => {
    const match = /^(\d{4})-(\d{2})/.exec(month);
    if (!match) return month;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  };
}

export function SeriesChart({ data }: { data: FundDashboard }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const monthLabel = useMonthLabel();
  const cash = t('loanFund.dashboard.cash');
  const outstanding = t('loanFund.dashboard.outstanding');
  const fundSize = t('loanFund.dashboard.fundSize');
  return (
    <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="series-title">
      <Title order={3} size="h5" id="series-title" mb="sm">
        {t('loanFund.dashboard.seriesTitle')}
      </Title>
      {data.series.length === 0 ? (
        <Text>{t('loanFund.dashboard.noSeries')}</Text>
      ) : (
        <>
          <div aria-hidden="true">
            <LineChart
              h={280}
              data={data.series.map((point) => ({
                month: monthLabel(point.month),
                [cash]: point.cashCents / 100,
                [outstanding]: point.outstandingCents / 100,
                [fundSize]: point.fundSizeCents / 100,
              }))}
              dataKey="month"
              // The table below carries the figures for keyboard and screen reader users.
              lineChartProps={{ accessibilityLayer: false }}
              valueFormatter={(value) => money(Math.round(value * 100), data.currency)}
              yAxisProps={{ width: 90 }}
              withLegend
              series={[
                { name: fundSize, color: 'blue.8' },
                { name: cash, color: 'teal.8' },
                { name: outstanding, color: 'orange.8', strokeDasharray: '5 5' },
              ]}
            />
          </div>
          <details>
            <summary>{t('loanFund.dashboard.seriesAsTable')}</summary>
            <Table.ScrollContainer minWidth={480}>
              <Table striped mt="sm">
                <Table.Caption>{t('loanFund.dashboard.seriesTitle')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('loanFund.dashboard.month')}</Table.Th>
                    <Table.Th scope="col">{cash}</Table.Th>
                    <Table.Th scope="col">{outstanding}</Table.Th>
                    <Table.Th scope="col">{fundSize}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.series.map((point) => (
                    <Table.Tr key={point.month}>
                      <Table.Th scope="row" fw={400}>
                        {monthLabel(point.month)}
                      </Table.Th>
                      <Table.Td>{money(point.cashCents, data.currency)}</Table.Td>
                      <Table.Td>{money(point.outstandingCents, data.currency)}</Table.Td>
                      <Table.Td>{money(point.fundSizeCents, data.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </details>
        </>
      )}
    </Paper>
  );
}

export function AgingTable({ data }: { data: FundDashboard }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped>
        <Table.Caption>{t('loanFund.dashboard.agingTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('loanFund.loans.bucket')}</Table.Th>
            <Table.Th scope="col">{t('loanFund.dashboard.loanCount')}</Table.Th>
            <Table.Th scope="col">{t('loanFund.dashboard.outstanding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.aging.map((row) => (
            <Table.Tr key={row.bucket}>
              <Table.Td>
                <BucketBadge bucket={row.bucket} />
              </Table.Td>
              <Table.Td>{formatNumber(row.loans)}</Table.Td>
              <Table.Td>{money(row.outstandingPrincipalCents, data.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function StatusTable({ data }: { data: FundDashboard }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table striped>
        <Table.Caption>{t('loanFund.dashboard.statusTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('loanFund.loans.status')}</Table.Th>
            <Table.Th scope="col">{t('loanFund.dashboard.loanCount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loanStatuses.map((status) => (
            <Table.Tr key={status}>
              <Table.Td>
                <LoanStatusBadge status={status} />
              </Table.Td>
              <Table.Td>{formatNumber(data.loansByStatus[status] ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function BorrowersTable({ data }: { data: FundDashboard }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (
    <Table.ScrollContainer minWidth={420} mt="lg">
      <Table striped>
        <Table.Caption>{t('loanFund.dashboard.borrowersTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('loanFund.dashboard.year')}</Table.Th>
            <Table.Th scope="col">{t('loanFund.dashboard.borrowers')}</Table.Th>
            <Table.Th scope="col">{t('loanFund.dashboard.loanCount')}</Table.Th>
            <Table.Th scope="col">{t('loanFund.dashboard.amountLent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.borrowersPerYear.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>{t('loanFund.dashboard.noBorrowers')}</Table.Td>
            </Table.Tr>
          ) : (
            data.borrowersPerYear.map((row) => (
              <Table.Tr key={row.year}>
                <Table.Th scope="row" fw={400}>
                  {row.year}
                </Table.Th>
                <Table.Td>{formatNumber(row.borrowers)}</Table.Td>
                <Table.Td>{formatNumber(row.loans)}</Table.Td>
                <Table.Td>{money(row.amountLentCents, data.currency)}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
