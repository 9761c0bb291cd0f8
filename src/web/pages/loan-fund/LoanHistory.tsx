import { Badge, Button, List, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '../../api/loan-fund.js';
import { formatDate } from '../../format.js';
import { useMoney } from './ui.js';

type Payment = LoanDetail['payments'][number];

export function LoanPayments({
  loan,
  onReverse,
}: {
  loan: LoanDetail;
  onReverse: (paymentId: string) => void;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="movements-title">
      <Title order={2} size="h4" id="movements-title" mb="sm">
        {t('loanFund.loan.movements')}
      </Title>
      {loan.disbursements.length === 0 ? (
        <Text mb="md">{t('loanFund.disbursement.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={620}>
          <Table striped>
            <Table.Caption>{t('loanFund.disbursement.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('loanFund.disbursement.tranche')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.disbursement.paidOn')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.disbursement.amount')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.disbursement.payee')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.disbursement.purpose')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loan.disbursements.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{row.tranche}</Table.Td>
                  <Table.Td>{formatDate(row.paidOn)}</Table.Td>
                  <Table.Td>{money(row.amountCents, loan.currency)}</Table.Td>
                  <Table.Td>
                    {row.payeeName} ({t(`loanFund.payeeKind.${row.payeeKind}`)})
                  </Table.Td>
                  <Table.Td>{row.purpose}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {loan.payments.length === 0 ? (
        <Text mt="md">{t('loanFund.payment.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760} mt="md">
          <Table striped>
            <Table.Caption>{t('loanFund.payment.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('loanFund.payment.receivedOn')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.payment.amount')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.payment.method')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.payment.allocation')}</Table.Th>
                <Table.Th scope="col">{t('app.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loan.payments.map((payment) => (
                <Table.Tr key={payment.id}>
                  <Table.Td>{formatDate(payment.receivedOn)}</Table.Td>
                  <Table.Td>
                    <Text span td={payment.reversedOn ? 'line-through' : undefined}>
                      {money(payment.amountCents, loan.currency)}
                    </Text>
                    {payment.reversedOn ? (
                      <>
                        {' '}
                        <Badge color="red.9" variant="filled">
                          {t('loanFund.payment.reversed')}
                        </Badge>
                        <Text size="xs">
                          {t('loanFund.payment.reversedOn', {
                            date: formatDate(payment.reversedOn),
                            reason: payment.reversalReason ?? '',
                          })}
                        </Text>
                      </>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {t(`loanFund.paymentMethod.${payment.method}`)}
                    {payment.recordedByName ? <Text size="xs">{payment.recordedByName}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    <Allocation payment={payment} currency={loan.currency} />
                  </Table.Td>
                  <Table.Td>
                    {loan.can.service && !payment.reversedOn ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('loanFund.payment.reverseOf', {
                          amount: money(payment.amountCents, loan.currency),
                          date: formatDate(payment.receivedOn),
                        })}
                        onClick={() => onReverse(payment.id)}
                      >
                        {t('loanFund.payment.reverse')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** Where a payment went, folded away: most readers need only the amount. */
function Allocation({ payment, currency }: { payment: Payment; currency: string }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  if (payment.allocations.length === 0) return <>—</>;
  return (
    <details>
      <summary>{t('loanFund.payment.showAllocation', { count: payment.allocations.length })}</summary>
      <List size="sm" mt={4}>
        {payment.allocations.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: allocation lines are ordered and never move
          <List.Item key={index}>
            {line.installmentNumber !== null
              ? t('loanFund.payment.allocationLine', {
                  number: line.installmentNumber,
                  component: t(`loanFund.component.${line.component}`),
                  amount: money(line.amountCents, currency),
                })
              : t('loanFund.payment.allocationOther', {
                  component: t(`loanFund.component.${line.component}`),
                  amount: money(line.amountCents, currency),
                })}
          </List.Item>
        ))}
      </List>
    </details>
  );
}

export function LoanEvents({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  // One amount per event (what was paid, approved, restructured) and any free text someone wrote;
  // ids and codes tell the reader nothing.
  const describe = (details: Record<string, unknown>) => {
    const amountKey = ['amountCents', 'approvedCents', 'principalCents'].find(
      (key) => typeof details[key] === 'number',
    );
    const parts = amountKey ? [money(details[amountKey] as number, loan.currency)] : [];
    for (const key of ['reason', 'note']) {
      if (typeof details[key] === 'string' && details[key]) parts.push(details[key] as string);
    }
    return parts.join(' · ');
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="events-title">
      <Title order={2} size="h4" id="events-title" mb="sm">
        {t('loanFund.loan.events')}
      </Title>
      {loan.events.length === 0 ? (
        <Text>{t('loanFund.loan.noEvents')}</Text>
      ) : (
        <List spacing="xs">
          {loan.events.map((event, index) => {
            const detail = describe(event.details);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only and keeps its order
              <List.Item key={index}>
                <Text span fw={600}>
                  {formatDate(event.occurredOn)}
                </Text>{' '}
                — {t(`loanFund.event.${event.kind}`, { defaultValue: event.kind.replace(/_/g, ' ') })}
                {detail ? ` (${detail})` : ''}
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
