import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/loan-fund.js';
import { formatDate } from '../../format.js';
import { Facts } from '../person/Facts.js';
import { ApplicationStatusBadge, useMoney } from './ui.js';

/** What was asked, for what, and what the committee decided. */
export function ApplicationDetails({
  application,
  currency,
}: {
  application: ApplicationView;
  currency: string;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const decided = application.decidedOn !== null;
  return (
    <Stack gap="md">
      <Facts
        items={[
          { label: t('loanFund.borrower'), value: application.borrowerName },
          { label: t('loanFund.product'), value: application.productName },
          {
            label: t('loanFund.applications.requested'),
            value: money(application.requestedCents, currency),
          },
          { label: t('loanFund.term'), value: t('loanFund.months', { count: application.termMonths }) },
          {
            label: t('loanFund.applications.filedOn'),
            value: [formatDate(application.filedOn), application.filedByName].filter(Boolean).join(' — '),
          },
          { label: t('loanFund.applications.planReference'), value: application.planReference },
          {
            label: t('loanFund.applications.status'),
            value: <ApplicationStatusBadge status={application.status} />,
          },
        ]}
      />
      <Table.ScrollContainer minWidth={460}>
        <Table striped>
          <Table.Caption>{t('loanFund.applications.costs')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('loanFund.costs.purpose')}</Table.Th>
              <Table.Th scope="col">{t('loanFund.costs.description')}</Table.Th>
              <Table.Th scope="col">{t('loanFund.costs.payee')}</Table.Th>
              <Table.Th scope="col">{t('loanFund.costs.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {application.costs.map((cost, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cost lines have no identity of their own
              <Table.Tr key={index}>
                <Table.Td>{t(`loanFund.purpose.${cost.purpose}`)}</Table.Td>
                <Table.Td>{cost.description}</Table.Td>
                <Table.Td>{cost.payee ?? t('loanFund.costs.payeeBorrower')}</Table.Td>
                <Table.Td>{money(cost.amountCents, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {decided ? (
        <Facts
          items={[
            {
              label: t('loanFund.decision.decidedOn'),
              value: [formatDate(application.decidedOn), application.decidedByName]
                .filter(Boolean)
                .join(' — '),
            },
            {
              label: t('loanFund.decision.approvedAmount'),
              value: application.approvedCents !== null ? money(application.approvedCents, currency) : '—',
            },
            { label: t('loanFund.decision.reasons'), value: application.decisionReasons },
            {
              label: t('loanFund.decision.committee'),
              value: application.committeeMembers.join(', ') || '—',
            },
            {
              label: t('loanFund.loan.title'),
              value: application.loanId ? (
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/loans/$loanId" params={{ loanId: application.loanId as string }} {...props} />
                  )}
                >
                  {t('loanFund.applications.openLoan')}
                </Anchor>
              ) : (
                '—'
              ),
            },
          ]}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('loanFund.applications.waiting')}
        </Text>
      )}
    </Stack>
  );
}
