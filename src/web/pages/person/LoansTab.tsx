import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersonLoans, usePersonLoans } from '../../api/loan-fund.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatNumber } from '../../format.js';
import { ApplicationForm } from '../loan-fund/ApplicationForm.js';
import { ApplicationStatusBadge, BucketBadge, LoanStatusBadge, useMoney } from '../loan-fund/ui.js';
import { MergedFileBadge } from './MergedFileBadge.js';

export function LoansTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [applying, setApplying] = useState(false);
  const loans = usePersonLoans(personId);
  const data = loans.data;
  return (
    <QueryState
      isPending={loans.isPending}
      error={loans.error}
      onRetry={() => loans.refetch()}
      missingRouteText={t('loanFund.unavailable')}
    >
      {data ? (
        <Stack gap="lg">
          <LoansTable loans={data.loans} />
          <ApplicationsTable data={data} />
          {applying ? (
            <ApplicationForm personId={personId} funds={data.funds} onDone={() => setApplying(false)} />
          ) : data.funds.length > 0 ? (
            <Button variant="light" onClick={() => setApplying(true)} style={{ alignSelf: 'flex-start' }}>
              {t('loanFund.application.new')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('loanFund.person.noFund')}
            </Text>
          )}
        </Stack>
      ) : null}
    </QueryState>
  );
}

function LoansTable({ loans }: { loans: PersonLoans['loans'] }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (
    <section aria-labelledby="person-loans-title">
      <Title order={3} size="h5" id="person-loans-title" mb="xs">
        {t('loanFund.person.loans')}
      </Title>
      {loans.length === 0 ? (
        <Text>{t('loanFund.person.noLoans')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Caption>{t('loanFund.person.loansCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('loanFund.reference')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.application.fund')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.loans.status')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.loan.outstanding')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.loan.remainingToPay')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.loan.nextInstallment')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.loan.daysPastDue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loans.map((loan) => (
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
                    {loan.fromMergedFile ? <MergedFileBadge file={loan.fromMergedFile} /> : null}
                  </Table.Td>
                  <Table.Td>{loan.fundName}</Table.Td>
                  <Table.Td>
                    <LoanStatusBadge status={loan.status} />
                  </Table.Td>
                  <Table.Td>{money(loan.outstandingPrincipalCents, loan.currency)}</Table.Td>
                  <Table.Td>{money(loan.remainingToPayCents, loan.currency)}</Table.Td>
                  <Table.Td>
                    {loan.nextInstallmentCents !== null && loan.nextDueOn
                      ? t('loanFund.loan.nextInstallmentValue', {
                          amount: money(loan.nextInstallmentCents, loan.currency),
                          date: formatDate(loan.nextDueOn),
                        })
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    {loan.agingBucket === null ? '—' : formatNumber(loan.daysPastDue)}{' '}
                    <BucketBadge bucket={loan.agingBucket} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function ApplicationsTable({ data }: { data: PersonLoans }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const fundOf = (fundId: string) => data.funds.find((fund) => fund.id === fundId);
  return (
    <section aria-labelledby="person-applications-title">
      <Title order={3} size="h5" id="person-applications-title" mb="xs">
        {t('loanFund.person.applications')}
      </Title>
      {data.applications.length === 0 ? (
        <Text>{t('loanFund.person.noApplications')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('loanFund.person.applicationsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('loanFund.reference')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.product')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.applications.requested')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.applications.filedOn')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.applications.status')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.person.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.applications.map((application) => {
                const fund = fundOf(application.fundId);
                const currency = fund?.currency ?? 'USD';
                return (
                  <Table.Tr key={application.id}>
                    <Table.Td>
                      {application.reference}
                      {application.fromMergedFile ? (
                        <MergedFileBadge file={application.fromMergedFile} />
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {application.productName}
                      {fund ? <Text size="xs">{fund.name}</Text> : null}
                    </Table.Td>
                    <Table.Td>{money(application.requestedCents, currency)}</Table.Td>
                    <Table.Td>{formatDate(application.filedOn)}</Table.Td>
                    <Table.Td>
                      <ApplicationStatusBadge status={application.status} />
                    </Table.Td>
                    <Table.Td>
                      {application.decidedOn ? (
                        <>
                          <Text size="sm">
                            {application.approvedCents !== null
                              ? t('loanFund.person.approvedOn', {
                                  amount: money(application.approvedCents, currency),
                                  date: formatDate(application.decidedOn),
                                })
                              : t('loanFund.person.decidedOn', { date: formatDate(application.decidedOn) })}
                          </Text>
                          {application.decisionReasons ? (
                            <Text size="xs">{application.decisionReasons}</Text>
                          ) : null}
                          {application.loanId ? (
                            <Anchor
                              size="sm"
                              renderRoot={(props) => (
                                <Link
                                  to="/loans/$loanId"
                                  params={{ loanId: application.loanId as string }}
                                  {...props}
                                />
                              )}
                            >
                              {t('loanFund.applications.openLoan')}
                            </Anchor>
                          ) : null}
                        </>
                      ) : (
                        t('loanFund.applications.waiting')
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
