import {
  ActionIcon,
  Alert,
  Button,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  type StayCostBody,
  type StayDetail,
  stayCostKinds,
  stayCostPayers,
  useAddStayCost,
  useRemoveStayCost,
} from '../../api/stays.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { notify } from '../../notify.js';
import { formatMoney, moneyLocale, toCents } from '../loan-fund/money.js';

/**
 * What the stay costs, line by line in integer cents, and who pays each (household, program, partner),
 * with the totals the server computed. The accompanying organization keeps them; the host reads them.
 */
export function StayCostsSection({ stay }: { stay: StayDetail }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveStayCost(stay.id);
  const writable = stay.actions.includes('add_cost');
  const money = (cents: number) => formatMoney(cents, 'CAD', moneyLocale(i18n.language));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stay-costs-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="stay-costs-title">
          {t('stays.costs.title')}
        </Title>
        {remove.error ? (
          <Alert color="red" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        ) : null}
        {stay.costs.length === 0 ? (
          <Text size="sm">{t('stays.costs.none')}</Text>
        ) : (
          <ScrollTable label={t('stays.costs.table')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stays.costs.kind')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('stays.costs.amount')}
                  </Table.Th>
                  <Table.Th scope="col">{t('stays.costs.paidBy')}</Table.Th>
                  <Table.Th scope="col">{t('stays.costs.description')}</Table.Th>
                  {writable ? <Table.Th scope="col">{t('app.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stay.costs.map((cost) => (
                  <Table.Tr key={cost.id}>
                    <Table.Th scope="row" fw={400}>
                      {t(`stays.costs.kinds.${cost.kind}`)}
                    </Table.Th>
                    <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                      {money(cost.amountCents)}
                    </Table.Td>
                    <Table.Td>{t(`stays.costs.payers.${cost.paidBy}`)}</Table.Td>
                    <Table.Td>{cost.description ?? ''}</Table.Td>
                    {writable ? (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red.8"
                          aria-label={t('stays.costs.remove', {
                            kind: t(`stays.costs.kinds.${cost.kind}`),
                            amount: money(cost.amountCents),
                          })}
                          loading={remove.isPending && remove.variables === cost.id}
                          onClick={() =>
                            remove.mutate(cost.id, {
                              onSuccess: () => notify({ color: 'green', message: t('stays.costs.removed') }),
                            })
                          }
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <Text size="sm" fw={600}>
          {t('stays.costs.total', { amount: money(stay.totalCostCents) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('stays.costs.byPayer', {
            household: money(stay.costsByPayer.household),
            program: money(stay.costsByPayer.program),
            partner: money(stay.costsByPayer.partner),
          })}
        </Text>
        {writable ? <AddStayCostForm stayId={stay.id} /> : null}
      </Stack>
    </Paper>
  );
}

function AddStayCostForm({ stayId }: { stayId: string }) {
  const { t } = useTranslation();
  const add = useAddStayCost(stayId);
  const [kind, setKind] = useState<StayCostBody['kind']>('transport');
  const [amount, setAmount] = useState('');
  const [paidBy, setPaidBy] = useState<StayCostBody['paidBy']>('program');
  const [description, setDescription] = useState('');
  const errors = fieldErrorsOf(add.error);
  const cents = toCents(amount);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cents === null) return;
    add.mutate(
      { kind, amountCents: cents, paidBy, description: description.trim() || null },
      {
        onSuccess: () => {
          setAmount('');
          setDescription('');
          notify({ color: 'green', message: t('stays.costs.added') });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="stay-costs-add">
      <Stack gap="xs">
        <Title order={3} size="h6" id="stay-costs-add">
          {t('stays.costs.addTitle')}
        </Title>
        <FormErrorAlert error={add.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NativeSelect
            label={t('stays.costs.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as StayCostBody['kind'])}
            error={errors.kind}
            data={stayCostKinds.map((value) => ({ value, label: t(`stays.costs.kinds.${value}`) }))}
          />
          <TextInput
            label={t('stays.costs.amount')}
            description={t('stays.costs.amountHint')}
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={errors.amountCents}
            required
          />
          <NativeSelect
            label={t('stays.costs.paidBy')}
            value={paidBy}
            onChange={(event) => setPaidBy(event.currentTarget.value as StayCostBody['paidBy'])}
            error={errors.paidBy}
            data={stayCostPayers.map((value) => ({ value, label: t(`stays.costs.payers.${value}`) }))}
          />
        </SimpleGrid>
        <TextInput
          label={t('stays.costs.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.description}
          maxLength={500}
        />
        <div>
          <Button
            type="submit"
            variant="light"
            loading={add.isPending}
            disabled={cents === null || cents <= 0}
          >
            {t('stays.costs.add')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
