import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementUrl, type LoanDetail, useLoan } from '../../api/loan-fund.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatNumber } from '../../format.js';
import { Facts } from '../person/Facts.js';
import { type LoanAction, LoanActions } from './LoanActions.js';
import { LoanEvents, LoanPayments } from './LoanHistory.js';
import { LoanSchedule } from './LoanSchedule.js';
import { BucketBadge, LoanStatusBadge, useMoney } from './ui.js';

const route = getRouteApi('/app/loans/$loanId');

export function LoanPage() {
  const { t } = useTranslation();
  const { loanId } = route.useParams();
  const loan = useLoan(loanId);
  const data = loan.data;
  const [action, setAction] = useState<LoanAction | null>(null);
  return (
    <>
      <PageTitle
        title={data ? t('loanFund.loan.pageTitle', { reference: data.reference }) : t('loanFund.loan.title')}
        intro={data ? `${data.fundName} · ${data.productName}` : undefined}
      />
      <QueryState
        isPending={loan.isPending}
        error={loan.error}
        onRetry={() => loan.refetch()}
        missingRouteText={t('loanFund.unavailable')}
      >
        {data ? (
          <Stack gap="lg">
            <LoanHeader loan={data} />
            <LoanActions loan={data} action={action} onAction={setAction} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Terms loan={data} />
              <Balances loan={data} />
            </SimpleGrid>
            <LoanSchedule loan={data} />
            <LoanPayments loan={data} onReverse={(paymentId) => setAction({ kind: 'reverse', paymentId })} />
            <LoanEvents loan={data} />
          </Stack>
        ) : null}
      </QueryState>
    </>
  );
}

function LoanHeader({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap">
      <LoanStatusBadge status={loan.status} />
      <Text>
        {t('loanFund.borrower')}{' '}
        <Anchor
          fw={600}
          renderRoot={(props) => (
            <Link to="/people/$personId" params={{ personId: loan.personId }} search={{}} {...props} />
          )}
        >
          {loan.borrowerName}
        </Anchor>
      </Text>
      <Anchor
        renderRoot={(props) => (
          <Link to="/loan-funds/$fundId" params={{ fundId: loan.fundId }} search={{}} {...props} />
        )}
      >
        {loan.fundName}
      </Anchor>
      {/* Each link names its document in the document's own language, whatever the interface language. */}
      <Anchor href={agreementUrl(loan.id, 'en')} hrefLang="en" lang="en" target="_blank" rel="noopener">
        <IconFileTypePdf size={16} aria-hidden /> Agreement (PDF, English)
      </Anchor>
      <Anchor href={agreementUrl(loan.id, 'fr')} hrefLang="fr" lang="fr" target="_blank" rel="noopener">
        <IconFileTypePdf size={16} aria-hidden /> Contrat (PDF, français)
      </Anchor>
    </Group>
  );
}

function Terms({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const { money, rate } = useMoney();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="terms-title">
      <Title order={2} size="h4" id="terms-title" mb="sm">
        {t('loanFund.loan.terms')}
      </Title>
      <Facts
        items={[
          { label: t('loanFund.product'), value: loan.productName },
          { label: t('loanFund.loan.principal'), value: money(loan.principalCents, loan.currency) },
          {
            label: t('loanFund.loan.rate'),
            value: loan.annualRateBps === 0 ? t('loanFund.interestFree') : rate(loan.annualRateBps),
          },
          { label: t('loanFund.term'), value: t('loanFund.months', { count: loan.termMonths }) },
          { label: t('loanFund.loan.grace'), value: t('loanFund.months', { count: loan.graceMonths }) },
          { label: t('loanFund.loan.fee'), value: money(loan.originationFeeCents, loan.currency) },
          { label: t('loanFund.loan.approvedOn'), value: formatDate(loan.approvedOn) },
          { label: t('loanFund.loan.closedOn'), value: loan.closedOn ? formatDate(loan.closedOn) : '—' },
        ]}
      />
    </Paper>
  );
}

function Balances({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const next = loan.nextInstallment;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="balances-title">
      <Title order={2} size="h4" id="balances-title" mb="sm">
        {t('loanFund.loan.balances')}
      </Title>
      <Facts
        items={[
          { label: t('loanFund.loan.disbursed'), value: money(loan.disbursedCents, loan.currency) },
          {
            label: t('loanFund.loan.outstanding'),
            value: money(loan.outstandingPrincipalCents, loan.currency),
          },
          { label: t('loanFund.loan.credit'), value: money(loan.creditCents, loan.currency) },
          { label: t('loanFund.loan.pastDue'), value: money(loan.pastDueCents, loan.currency) },
          {
            label: t('loanFund.loan.daysPastDue'),
            value: (
              <Group gap="xs">
                <span>{loan.agingBucket === null ? '—' : formatNumber(loan.daysPastDue)}</span>
                <BucketBadge bucket={loan.agingBucket} />
              </Group>
            ),
          },
          { label: t('loanFund.loan.remainingToPay'), value: money(loan.remainingToPayCents, loan.currency) },
          {
            label: t('loanFund.loan.nextInstallment'),
            value: next
              ? t('loanFund.loan.nextInstallmentValue', {
                  amount: money(next.remainingCents, loan.currency),
                  date: formatDate(next.dueOn),
                })
              : '—',
          },
        ]}
      />
    </Paper>
  );
}
