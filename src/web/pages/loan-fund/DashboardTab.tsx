import { Group, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FundDashboard, type FundDetail, useFundDashboard } from '../../api/loan-fund.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatNumber } from '../../format.js';
import { AgingTable, BorrowersTable, SeriesChart, StatusTable } from './DashboardTables.js';
import { useMoney } from './ui.js';

export function DashboardTab({ fund }: { fund: FundDetail }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState('');
  const validAsOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined;
  const dashboard = useFundDashboard(fund.id, validAsOf);
  const data = dashboard.data;
  return (
    <section aria-labelledby="dashboard-title">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <div>
          <Title order={2} size="h4" id="dashboard-title">
            {t('loanFund.tab.dashboard')}
          </Title>
          {data ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('loanFund.dashboard.asOfShown', { date: formatDate(data.asOf) })}
            </Text>
          ) : null}
        </div>
        <TextInput
          type="date"
          label={t('loanFund.dashboard.asOf')}
          description={t('loanFund.dashboard.asOfHint')}
          value={asOf}
          onChange={(event) => setAsOf(event.currentTarget.value)}
        />
      </Group>
      <QueryState isPending={dashboard.isPending} error={dashboard.error} onRetry={() => dashboard.refetch()}>
        {data ? (
          <>
            <HeadlineFigures data={data} />
            <SeriesChart data={data} />
            <SimpleGrid cols={{ base: 1, md: 2 }} mt="lg">
              <AgingTable data={data} />
              <StatusTable data={data} />
            </SimpleGrid>
            <BorrowersTable data={data} />
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

function HeadlineFigures({ data }: { data: FundDashboard }) {
  const { t } = useTranslation();
  const { money, percent } = useMoney();
  const amount = (cents: number) => money(cents, data.currency);
  const figures: { label: string; value: string; detail?: string }[] = [
    {
      label: t('loanFund.dashboard.fundSize'),
      value: amount(data.fundSizeCents),
      detail: t('loanFund.dashboard.fundSizeHint'),
    },
    { label: t('loanFund.dashboard.cash'), value: amount(data.cashCents) },
    { label: t('loanFund.dashboard.contributedCapital'), value: amount(data.contributedCapitalCents) },
    { label: t('loanFund.dashboard.loansPayable'), value: amount(data.loansPayableCents) },
    { label: t('loanFund.dashboard.netIncome'), value: amount(data.netIncomeCents) },
    { label: t('loanFund.dashboard.amountLent'), value: amount(data.amountLentCents) },
    { label: t('loanFund.dashboard.outstanding'), value: amount(data.outstandingPrincipalCents) },
    {
      label: t('loanFund.dashboard.repaymentRate'),
      value: percent(data.repaymentRate.rate),
      detail: t('loanFund.dashboard.repaymentRateDetail', {
        repaid: amount(data.repaymentRate.numerator),
        due: amount(data.repaymentRate.denominator),
      }),
    },
    {
      label: t('loanFund.dashboard.loansRepaidRate'),
      value: percent(data.loansRepaidRate.rate),
      detail: t('loanFund.dashboard.loansRepaidRateDetail', {
        repaid: formatNumber(data.loansRepaidRate.numerator),
        closed: formatNumber(data.loansRepaidRate.denominator),
      }),
    },
    {
      label: t('loanFund.dashboard.portfolioAtRisk'),
      value: percent(data.portfolioAtRisk30.rate),
      detail: t('loanFund.dashboard.portfolioAtRiskDetail', {
        atRisk: amount(data.portfolioAtRisk30.numerator),
        outstanding: amount(data.portfolioAtRisk30.denominator),
      }),
    },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {figure.value}
          </Text>
          {figure.detail ? (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {figure.detail}
            </Text>
          ) : null}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
