import { Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { useAidBudget, useRecordAidAllocation } from '../../api/relocation-aid.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Figure } from './AidFigure.js';
import { centsOf, formatCad } from './aid-format.js';

/** The budget of the year: its position, the accounts' balances, the allocations and every journal entry. */
export function AidBudgetPanel({
  programId,
  year,
  canAllocate,
}: {
  programId: string;
  year: number;
  canAllocate: boolean;
}) {
  const { t } = useTranslation();
  const budget = useAidBudget(programId, year);
  const notOpened = budget.error && 'code' in budget.error && budget.error.code === 'AID_BUDGET_NOT_FOUND';
  return (
    <Stack>
      {notOpened ? <Text>{t('relocationAid.budget.none')}</Text> : null}
      <QueryState
        isPending={budget.isPending}
        error={notOpened ? null : budget.error}
        onRetry={() => budget.refetch()}
      >
        {budget.data ? (
          <Stack>
            <section aria-labelledby="aid-position">
              <Title order={3} size="h5" id="aid-position">
                {t('relocationAid.budget.position')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 5 }}>
                <Figure
                  label={t('relocationAid.budget.allocated')}
                  cents={budget.data.position.allocatedCents}
                />
                <Figure label={t('relocationAid.budget.cash')} cents={budget.data.position.cashCents} />
                <Figure
                  label={t('relocationAid.budget.committed')}
                  cents={budget.data.position.committedCents}
                />
                <Figure label={t('relocationAid.budget.paid')} cents={budget.data.position.paidCents} />
                <Figure
                  label={t('relocationAid.budget.available')}
                  cents={budget.data.position.availableCents}
                />
              </SimpleGrid>
            </section>
            <ScrollTable label={t('relocationAid.budget.balances')}>
              <Table striped>
                <Table.Caption>{t('relocationAid.budget.balances')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('relocationAid.budget.account')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.debit')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.credit')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.balance')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {budget.data.balances.map((b) => (
                    <Table.Tr key={b.account}>
                      <Table.Th scope="row">{t(`relocationAid.budget.accountName.${b.account}`)}</Table.Th>
                      <Table.Td>{formatCad(b.debitCents)}</Table.Td>
                      <Table.Td>{formatCad(b.creditCents)}</Table.Td>
                      <Table.Td>{formatCad(b.balanceCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <ScrollTable label={t('relocationAid.budget.allocations')}>
              <Table striped>
                <Table.Caption>{t('relocationAid.budget.allocations')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('relocationAid.budget.day')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.funder')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {budget.data.allocations.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{formatDate(a.allocatedOn)}</Table.Td>
                      <Table.Td>{a.funder}</Table.Td>
                      <Table.Td>{formatCad(a.amountCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <ScrollTable label={t('relocationAid.budget.journal')}>
              <Table striped>
                <Table.Caption>{t('relocationAid.budget.journal')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('relocationAid.budget.entry')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.day')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.kind')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.account')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.debit')}</Table.Th>
                    <Table.Th scope="col">{t('relocationAid.budget.credit')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {budget.data.journal.flatMap((entry) =>
                    entry.lines.map((line, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: an entry's lines are fixed, in their order
                      <Table.Tr key={`${entry.entryId}-${line.account}-${index}`}>
                        <Table.Td>{index === 0 ? entry.sequence : ''}</Table.Td>
                        <Table.Td>{index === 0 ? formatDate(entry.occurredOn) : ''}</Table.Td>
                        <Table.Td>
                          {index === 0 ? t(`relocationAid.budget.entryKind.${entry.kind}`) : ''}
                        </Table.Td>
                        <Table.Td>{t(`relocationAid.budget.accountName.${line.account}`)}</Table.Td>
                        <Table.Td>{line.debitCents ? formatCad(line.debitCents) : ''}</Table.Td>
                        <Table.Td>{line.creditCents ? formatCad(line.creditCents) : ''}</Table.Td>
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        ) : null}
      </QueryState>
      {canAllocate ? <AllocationForm programId={programId} year={year} /> : null}
    </Stack>
  );
}

function AllocationForm({ programId, year }: { programId: string; year: number }) {
  const { t } = useTranslation();
  const record = useRecordAidAllocation(programId);
  const [funder, setFunder] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [allocatedOn, setAllocatedOn] = useState(todayInOrganization());
  const errors = fieldErrorsOf(record.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await record.mutateAsync({ year, funder: funder.trim(), amountCents: centsOf(amount), allocatedOn });
    setFunder('');
    setAmount('');
    notify({ color: 'green', message: t('relocationAid.budget.allocateDone') });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="aid-allocate">
      <Stack gap="xs">
        <Title order={3} size="h5" id="aid-allocate">
          {t('relocationAid.budget.allocate')}
        </Title>
        <FormErrorAlert error={record.error} />
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('relocationAid.budget.funder')}
            value={funder}
            onChange={(event) => setFunder(event.currentTarget.value)}
            maxLength={200}
            error={errors.funder}
            required
          />
          <NumberInput
            label={t('relocationAid.form.amount')}
            value={amount}
            onChange={setAmount}
            min={0.01}
            decimalScale={2}
            error={errors.amountCents}
            required
          />
          <TextInput
            type="date"
            label={t('relocationAid.budget.allocatedOn')}
            value={allocatedOn}
            onChange={(event) => setAllocatedOn(event.currentTarget.value)}
            error={errors.allocatedOn}
            required
          />
          <Button type="submit" loading={record.isPending} disabled={!funder.trim() || !amount}>
            {t('relocationAid.budget.allocate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export { AidReportPanel } from './AidReportPanel.js';
export { AidRulesPanel } from './AidRulesPanel.js';
