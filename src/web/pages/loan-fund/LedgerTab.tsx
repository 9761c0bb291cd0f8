import { Anchor, Group, Paper, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FundDetail, ledgerCsvUrl, useTrialBalance } from '../../api/loan-fund.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { okGreen, useMoney } from './ui.js';

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function LedgerTab({ fund }: { fund: FundDetail }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const [asOf, setAsOf] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const balance = useTrialBalance(fund.id, isDate(asOf) ? asOf : undefined);
  const data = balance.data;
  const balanced = data ? data.totalDebitCents === data.totalCreditCents : false;
  return (
    <section aria-labelledby="ledger-title">
      <Title order={2} size="h4" id="ledger-title" mb="sm">
        {t('loanFund.ledger.title')}
      </Title>
      <TextInput
        type="date"
        label={t('loanFund.dashboard.asOf')}
        description={t('loanFund.dashboard.asOfHint')}
        value={asOf}
        maw={280}
        mb="md"
        onChange={(event) => setAsOf(event.currentTarget.value)}
      />
      <QueryState isPending={balance.isPending} error={balance.error} onRetry={() => balance.refetch()}>
        {data ? (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table striped>
                <Table.Caption>{t('loanFund.ledger.caption', { date: formatDate(data.asOf) })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('loanFund.ledger.account')}</Table.Th>
                    <Table.Th scope="col" ta="end">
                      {t('loanFund.ledger.debit')}
                    </Table.Th>
                    <Table.Th scope="col" ta="end">
                      {t('loanFund.ledger.credit')}
                    </Table.Th>
                    <Table.Th scope="col" ta="end">
                      {t('loanFund.ledger.balance')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.accounts.map((row) => (
                    <Table.Tr key={row.account}>
                      <Table.Th scope="row" fw={400}>
                        {t(`loanFund.account.${row.account}`)}
                      </Table.Th>
                      <Table.Td ta="end">{money(row.debitCents, data.currency)}</Table.Td>
                      <Table.Td ta="end">{money(row.creditCents, data.currency)}</Table.Td>
                      <Table.Td ta="end">{money(row.balanceCents, data.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr fw={700}>
                    <Table.Th scope="row">{t('loanFund.ledger.totals')}</Table.Th>
                    <Table.Td ta="end">{money(data.totalDebitCents, data.currency)}</Table.Td>
                    <Table.Td ta="end">{money(data.totalCreditCents, data.currency)}</Table.Td>
                    <Table.Td />
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
            <Group gap="xs" mt="xs" c={balanced ? okGreen : 'red.9'} role="status">
              {balanced ? <IconCheck size={18} aria-hidden /> : <IconX size={18} aria-hidden />}
              <Text fw={600}>
                {balanced ? t('loanFund.ledger.balanced') : t('loanFund.ledger.unbalanced')}
              </Text>
            </Group>
          </>
        ) : null}
      </QueryState>
      <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="export-title">
        <Title order={3} size="h5" id="export-title" mb="sm">
          {t('loanFund.ledger.exportTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
          <TextInput
            type="date"
            label={t('loanFund.ledger.from')}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('loanFund.ledger.to')}
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
          <Anchor
            href={ledgerCsvUrl(fund.id, isDate(from) ? from : '', isDate(to) ? to : '')}
            download
            display="inline-flex"
            style={{ alignItems: 'center', gap: 6, minHeight: 36 }}
          >
            <IconDownload size={18} aria-hidden />
            {t('loanFund.ledger.download')}
          </Anchor>
        </SimpleGrid>
      </Paper>
    </section>
  );
}
