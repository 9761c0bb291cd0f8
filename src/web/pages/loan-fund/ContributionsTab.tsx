import { Button, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contributionKinds,
  type FundDetail,
  useContributions,
  useRecordContribution,
} from '../../api/loan-fund.js';
import { EntryForm } from '../../components/EntryForm.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { toCents } from './money.js';
import { MoneyInput, todayIso, useMoney } from './ui.js';

const pageSize = 25;
type Kind = (typeof contributionKinds)[number];

export function ContributionsTab({ fund }: { fund: FundDetail }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const contributions = useContributions(fund.id, page, pageSize);
  const record = useRecordContribution(fund.id);
  const items = contributions.data?.items ?? [];
  return (
    <section aria-labelledby="contributions-title">
      <Title order={2} size="h4" id="contributions-title" mb="sm">
        {t('loanFund.tab.contributions')}
      </Title>
      <QueryState
        isPending={contributions.isPending}
        error={contributions.error}
        onRetry={() => contributions.refetch()}
      >
        {items.length === 0 ? (
          <Text>{t('loanFund.contributions.empty')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Caption>{t('loanFund.contributions.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('loanFund.contributions.receivedOn')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.contributions.kind')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.contributions.contributor')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.contributions.amount')}</Table.Th>
                    <Table.Th scope="col">{t('loanFund.contributions.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((contribution) => (
                    <Table.Tr key={contribution.id}>
                      <Table.Td>{formatDate(contribution.receivedOn)}</Table.Td>
                      <Table.Td>{t(`loanFund.contributionKind.${contribution.kind}`)}</Table.Td>
                      <Table.Td>{contribution.contributor}</Table.Td>
                      <Table.Td>{money(contribution.amountCents, fund.currency)}</Table.Td>
                      <Table.Td>{contribution.note ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              pageSize={pageSize}
              total={contributions.data?.total ?? 0}
              onChange={setPage}
            />
          </>
        )}
      </QueryState>
      {fund.can.manage && adding ? (
        <EntryForm
          title={t('loanFund.contributions.add')}
          initial={{ kind: 'grant', receivedOn: todayIso() }}
          fields={[
            {
              name: 'kind',
              label: t('loanFund.contributions.kind'),
              kind: 'select',
              required: true,
              options: contributionKinds.map((value) => ({
                value,
                label: t(`loanFund.contributionKind.${value}`),
              })),
            },
            {
              name: 'contributor',
              label: t('loanFund.contributions.contributor'),
              kind: 'text',
              required: true,
            },
            {
              name: 'amount',
              label: t('loanFund.contributions.amount'),
              kind: 'custom',
              errorPath: 'amountCents',
              render: (value, set, error) => (
                <MoneyInput
                  label={t('loanFund.contributions.amount')}
                  currency={fund.currency}
                  value={value as number | string | undefined}
                  onChange={set}
                  error={error}
                  required
                />
              ),
            },
            {
              name: 'receivedOn',
              label: t('loanFund.contributions.receivedOn'),
              kind: 'date',
              required: true,
            },
            { name: 'note', label: t('loanFund.contributions.note'), kind: 'textarea' },
          ]}
          submitLabel={t('loanFund.contributions.submit')}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            const amountCents = toCents(values.amount as number | string | undefined) ?? 0;
            await record.mutateAsync({
              kind: (values.kind as Kind | undefined) ?? 'grant',
              contributor: String(values.contributor ?? ''),
              amountCents,
              receivedOn: String(values.receivedOn ?? ''),
              note: typeof values.note === 'string' && values.note.trim() ? values.note.trim() : null,
            });
            notify({
              color: 'green',
              message: t('loanFund.contributions.recorded', { amount: money(amountCents, fund.currency) }),
            });
            setAdding(false);
          }}
        />
      ) : null}
      {fund.can.manage && !adding ? (
        <Button mt="md" variant="light" onClick={() => setAdding(true)}>
          {t('loanFund.contributions.add')}
        </Button>
      ) : null}
    </section>
  );
}
