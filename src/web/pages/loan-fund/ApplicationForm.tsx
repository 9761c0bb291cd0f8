import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { loanPurposes, type PersonLoans, useFileApplication } from '../../api/loan-fund.js';
import { notify } from '../../notify.js';
import { toCents } from './money.js';
import { SchedulePreview } from './SchedulePreview.js';
import { MoneyInput, todayIso, useMoney } from './ui.js';

type Purpose = (typeof loanPurposes)[number];
interface CostDraft {
  purpose: Purpose;
  description: string;
  amount: number | string;
  payee: string;
}

const emptyCost = (purpose: Purpose): CostDraft => ({ purpose, description: '', amount: '', payee: '' });

/** A loan application: what the costs are, who is paid, over how long; the schedule shows before filing. */
export function ApplicationForm({
  personId,
  funds,
  onDone,
}: {
  personId: string;
  funds: PersonLoans['funds'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const file = useFileApplication();
  const [fundId, setFundId] = useState(funds[0]?.id ?? '');
  const fund = funds.find((candidate) => candidate.id === fundId);
  const products = (fund?.products ?? []).filter((product) => product.active);
  const [productId, setProductId] = useState(products[0]?.id ?? '');
  const product = products.find((candidate) => candidate.id === productId);
  const purposes: readonly Purpose[] = product?.eligiblePurposes ?? loanPurposes;
  const [term, setTerm] = useState<number | string>(product?.maxTermMonths ?? 12);
  const [costs, setCosts] = useState<CostDraft[]>([emptyCost(purposes[0] ?? 'exam_fee')]);
  const [planReference, setPlanReference] = useState('');
  const errors = fieldErrorsOf(file.error);

  const currency = fund?.currency ?? 'USD';
  const totalCents = costs.reduce((total, cost) => total + (toCents(cost.amount) ?? 0), 0);
  const termMonths = typeof term === 'number' ? term : Number.parseInt(term, 10);
  const termValid = Number.isInteger(termMonths) && termMonths >= 1;
  const overMaximum = product ? totalCents > product.maxAmountCents : false;

  const change = (index: number, patch: Partial<CostDraft>) =>
    setCosts((rows) => rows.map((row, position) => (position === index ? { ...row, ...patch } : row)));
  const chooseFund = (id: string) => {
    setFundId(id);
    const first = funds.find((candidate) => candidate.id === id)?.products.find((p) => p.active);
    setProductId(first?.id ?? '');
    if (first) setTerm(first.maxTermMonths);
  };
  const chooseProduct = (id: string) => {
    setProductId(id);
    const chosen = products.find((candidate) => candidate.id === id);
    if (chosen && termValid && termMonths > chosen.maxTermMonths) setTerm(chosen.maxTermMonths);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const application = await file.mutateAsync({
        fundId,
        productId,
        personId,
        termMonths: termValid ? termMonths : 0,
        costs: costs.map((cost) => ({
          purpose: cost.purpose,
          description: cost.description,
          amountCents: toCents(cost.amount) ?? 0,
          payee: cost.payee.trim() || null,
        })),
        planReference: planReference.trim() || null,
      });
      notify({
        color: 'green',
        message: t('loanFund.application.filed', { reference: application.reference }),
      });
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      mt="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="apply-title"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="apply-title">
          {t('loanFund.application.new')}
        </Title>
        {file.error ? (
          <Alert color="red" role="alert">
            {errorMessage(file.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
          <NativeSelect
            label={t('loanFund.application.fund')}
            required
            value={fundId}
            error={errors.fundId}
            onChange={(event) => chooseFund(event.currentTarget.value)}
            data={funds.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          />
          <NativeSelect
            label={t('loanFund.product')}
            required
            value={productId}
            error={errors.productId}
            onChange={(event) => chooseProduct(event.currentTarget.value)}
            data={
              products.length === 0
                ? [{ value: '', label: t('loanFund.application.noProduct') }]
                : products.map((candidate) => ({ value: candidate.id, label: candidate.name }))
            }
          />
          <NumberInput
            label={t('loanFund.application.term')}
            description={
              product ? t('loanFund.application.termMax', { count: product.maxTermMonths }) : undefined
            }
            required
            min={1}
            max={product?.maxTermMonths ?? 600}
            allowDecimal={false}
            value={term}
            error={errors.termMonths}
            onChange={setTerm}
          />
        </SimpleGrid>
        {product ? (
          <Text size="sm" c="dimmed">
            {t('loanFund.application.productTerms', {
              max: money(product.maxAmountCents, currency),
              purposes: product.eligiblePurposes
                .map((purpose) => t(`loanFund.purpose.${purpose}`))
                .join(', '),
            })}
          </Text>
        ) : null}
        <Title order={4} size="h6">
          {t('loanFund.applications.costs')}
        </Title>
        {costs.map((cost, index) => (
          <Group
            // biome-ignore lint/suspicious/noArrayIndexKey: cost lines being typed have no identity yet
            key={index}
            align="flex-end"
            gap="xs"
            wrap="wrap"
          >
            <NativeSelect
              label={`${t('loanFund.costs.purpose')} ${index + 1}`}
              value={cost.purpose}
              error={errors[`costs.${index}.purpose`]}
              onChange={(event) => change(index, { purpose: event.currentTarget.value as Purpose })}
              data={purposes.map((value) => ({ value, label: t(`loanFund.purpose.${value}`) }))}
            />
            <TextInput
              label={`${t('loanFund.costs.description')} ${index + 1}`}
              required
              value={cost.description}
              error={errors[`costs.${index}.description`]}
              onChange={(event) => change(index, { description: event.currentTarget.value })}
            />
            <MoneyInput
              label={`${t('loanFund.costs.amount')} ${index + 1}`}
              currency={currency}
              required
              value={cost.amount}
              error={errors[`costs.${index}.amountCents`]}
              onChange={(value) => change(index, { amount: value })}
            />
            <TextInput
              label={`${t('loanFund.costs.payee')} ${index + 1}`}
              placeholder={t('loanFund.costs.payeeBorrower')}
              value={cost.payee}
              error={errors[`costs.${index}.payee`]}
              onChange={(event) => change(index, { payee: event.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red.8"
              size="lg"
              disabled={costs.length === 1}
              aria-label={`${t('loanFund.costs.remove')} ${index + 1}`}
              onClick={() => setCosts(costs.filter((_, position) => position !== index))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {errors.costs ? (
          <Text c="red.9" size="sm">
            {errors.costs}
          </Text>
        ) : null}
        <Group justify="space-between" wrap="wrap">
          <Button
            variant="light"
            disabled={costs.length >= 20}
            onClick={() => setCosts([...costs, emptyCost(purposes[0] ?? 'other')])}
          >
            {t('loanFund.costs.add')}
          </Button>
          <Text fw={600} aria-live="polite">
            {t('loanFund.application.total', { amount: money(totalCents, currency) })}
          </Text>
        </Group>
        {overMaximum && product ? (
          <Alert color="orange.9">
            {t('loanFund.application.overMaximum', { max: money(product.maxAmountCents, currency) })}
          </Alert>
        ) : null}
        <TextInput
          label={t('loanFund.applications.planReference')}
          description={t('loanFund.application.planHint')}
          value={planReference}
          error={errors.planReference}
          onChange={(event) => setPlanReference(event.currentTarget.value)}
        />
        {fund ? (
          <SchedulePreview
            fundId={fund.id}
            currency={currency}
            body={
              product && totalCents > 0 && termValid && !overMaximum
                ? { productId: product.id, principalCents: totalCents, termMonths, startOn: todayIso() }
                : null
            }
          />
        ) : null}
        <Group>
          <Button type="submit" loading={file.isPending} disabled={!product}>
            {t('loanFund.application.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
