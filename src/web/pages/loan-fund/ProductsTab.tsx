import { Badge, Button, MultiSelect, NumberInput, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FundDetail, loanPurposes, useAddProduct } from '../../api/loan-fund.js';
import { EntryForm } from '../../components/EntryForm.js';
import { notify } from '../../notify.js';
import { percentToBps, toCents } from './money.js';
import { MoneyInput, useMoney } from './ui.js';

type Purpose = (typeof loanPurposes)[number];

export function ProductsTab({ fund }: { fund: FundDetail }) {
  const { t } = useTranslation();
  const { money, rate } = useMoney();
  const [adding, setAdding] = useState(false);
  const add = useAddProduct(fund.id);
  const purposeOptions = loanPurposes.map((value) => ({ value, label: t(`loanFund.purpose.${value}`) }));
  return (
    <section aria-labelledby="products-title">
      <Title order={2} size="h4" id="products-title" mb="sm">
        {t('loanFund.tab.products')}
      </Title>
      {fund.products.length === 0 ? (
        <Text>{t('loanFund.products.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped>
            <Table.Caption>{t('loanFund.products.caption', { fund: fund.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('loanFund.products.name')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.products.maxAmount')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.products.maxTerm')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.products.rate')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.products.grace')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.products.fee')}</Table.Th>
                <Table.Th scope="col">{t('loanFund.products.purposes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fund.products.map((product) => (
                <Table.Tr key={product.id}>
                  <Table.Th scope="row" fw={600}>
                    {product.name}
                    {product.active ? null : (
                      <Badge ms="xs" color="gray.7" variant="filled">
                        {t('loanFund.products.inactive')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{money(product.maxAmountCents, fund.currency)}</Table.Td>
                  <Table.Td>{t('loanFund.months', { count: product.maxTermMonths })}</Table.Td>
                  <Table.Td>
                    {product.annualRateBps === 0 ? t('loanFund.interestFree') : rate(product.annualRateBps)}
                  </Table.Td>
                  <Table.Td>{t('loanFund.months', { count: product.graceMonths })}</Table.Td>
                  <Table.Td>{money(product.originationFeeCents, fund.currency)}</Table.Td>
                  <Table.Td>
                    {product.eligiblePurposes.map((purpose) => t(`loanFund.purpose.${purpose}`)).join(', ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {fund.can.manage && adding ? (
        <EntryForm
          title={t('loanFund.products.add')}
          initial={{ graceMonths: 0, rate: 0, fee: 0, purposes: [] }}
          fields={[
            { name: 'name', label: t('loanFund.products.name'), kind: 'text', required: true },
            {
              name: 'maxAmount',
              label: t('loanFund.products.maxAmount'),
              kind: 'custom',
              errorPath: 'maxAmountCents',
              render: (value, set, error) => (
                <MoneyInput
                  label={t('loanFund.products.maxAmount')}
                  currency={fund.currency}
                  value={value as number | string | undefined}
                  onChange={set}
                  error={error}
                  required
                />
              ),
            },
            {
              name: 'maxTermMonths',
              label: t('loanFund.products.maxTermMonths'),
              kind: 'number',
              required: true,
              min: 1,
              max: 600,
            },
            {
              name: 'rate',
              label: t('loanFund.products.ratePercent'),
              kind: 'custom',
              errorPath: 'annualRateBps',
              render: (value, set, error) => (
                <NumberInput
                  label={t('loanFund.products.ratePercent')}
                  description={t('loanFund.products.rateHint')}
                  required
                  min={0}
                  max={100}
                  decimalScale={2}
                  suffix=" %"
                  value={(value as number | string | undefined) ?? ''}
                  error={error}
                  onChange={set}
                />
              ),
            },
            {
              name: 'graceMonths',
              label: t('loanFund.products.graceMonths'),
              kind: 'number',
              required: true,
              min: 0,
              max: 24,
            },
            {
              name: 'fee',
              label: t('loanFund.products.fee'),
              kind: 'custom',
              errorPath: 'originationFeeCents',
              render: (value, set, error) => (
                <MoneyInput
                  label={t('loanFund.products.fee')}
                  currency={fund.currency}
                  value={value as number | string | undefined}
                  onChange={set}
                  error={error}
                />
              ),
            },
            {
              name: 'purposes',
              label: t('loanFund.products.purposes'),
              kind: 'custom',
              errorPath: 'eligiblePurposes',
              render: (value, set, error) => (
                <MultiSelect
                  label={t('loanFund.products.purposes')}
                  required
                  data={purposeOptions}
                  value={(value as string[] | undefined) ?? []}
                  onChange={set}
                  error={error}
                  clearable
                />
              ),
            },
          ]}
          submitLabel={t('loanFund.products.submit')}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            await add.mutateAsync({
              name: String(values.name ?? ''),
              maxAmountCents: toCents(values.maxAmount as number | string | undefined) ?? 0,
              maxTermMonths: Number(values.maxTermMonths ?? 0),
              annualRateBps: percentToBps(values.rate as number | string | undefined) ?? 0,
              graceMonths: Number(values.graceMonths ?? 0),
              originationFeeCents: toCents(values.fee as number | string | undefined) ?? 0,
              eligiblePurposes: (values.purposes as Purpose[] | undefined) ?? [],
            });
            notify({ color: 'green', message: t('loanFund.products.added', { name: String(values.name) }) });
            setAdding(false);
          }}
        />
      ) : null}
      {fund.can.manage && !adding ? (
        <Button mt="md" variant="light" onClick={() => setAdding(true)}>
          {t('loanFund.products.add')}
        </Button>
      ) : null}
    </section>
  );
}
