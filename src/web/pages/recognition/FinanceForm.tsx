import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { usePersonLoans } from '../../api/loan-fund.js';
import { type CaseView, useFinanceSteps } from '../../api/recognition.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';
import { financeableSteps, financingSum, stepCostCents } from './recognition-format.js';
import { useRecognitionFormat } from './ui.js';

/**
 * "Finance through the fund": the steps chosen (each at its actual or typical cost), the sum asked,
 * the fund and product, and the term; the server files the loan application and marks the steps.
 */
export function FinanceForm({
  personId,
  recognitionCase,
  onDone,
}: {
  personId: string;
  recognitionCase: CaseView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const loans = usePersonLoans(personId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`finance-${recognitionCase.id}`}>
      <Stack gap="sm">
        <Title order={4} size="h5" id={`finance-${recognitionCase.id}`}>
          {t('recognition.finance.title')}
        </Title>
        <Text size="sm">{t('recognition.finance.intro')}</Text>
        <QueryState
          isPending={loans.isPending}
          error={loans.error}
          onRetry={() => loans.refetch()}
          missingRouteText={t('loanFund.unavailable')}
        >
          {loans.data && loans.data.funds.length === 0 ? (
            <>
              <Text>{t('recognition.finance.noFund')}</Text>
              <Button variant="subtle" onClick={onDone} style={{ alignSelf: 'flex-start' }}>
                {t('app.cancel')}
              </Button>
            </>
          ) : null}
          {loans.data && loans.data.funds.length > 0 ? (
            <FinanceFields
              personId={personId}
              recognitionCase={recognitionCase}
              funds={loans.data.funds}
              onDone={onDone}
            />
          ) : null}
        </QueryState>
      </Stack>
    </Paper>
  );
}

type Funds = NonNullable<ReturnType<typeof usePersonLoans>['data']>['funds'];

function FinanceFields({
  personId,
  recognitionCase,
  funds,
  onDone,
}: {
  personId: string;
  recognitionCase: CaseView;
  funds: Funds;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const finance = useFinanceSteps(personId, recognitionCase.id);
  const [fundId, setFundId] = useState(funds[0]?.id ?? '');
  const fund = funds.find((candidate) => candidate.id === fundId);
  const products = (fund?.products ?? []).filter((product) => product.active);
  const [productId, setProductId] = useState(products[0]?.id ?? '');
  const product = products.find((candidate) => candidate.id === productId);
  const [term, setTerm] = useState<number | string>(product?.maxTermMonths ?? 12);
  const currency = fund?.currency ?? recognitionCase.costs.currency;
  const steps = financeableSteps(recognitionCase.steps, currency);
  const [chosen, setChosen] = useState<string[]>([]);
  const sum = financingSum(steps, new Set(chosen));
  const termMonths = typeof term === 'number' ? term : Number.parseInt(term, 10);
  const chooseFund = (id: string) => {
    setFundId(id);
    const first = funds.find((candidate) => candidate.id === id)?.products.find((p) => p.active);
    setProductId(first?.id ?? '');
    if (first) setTerm(first.maxTermMonths);
    setChosen([]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await finance.mutateAsync({ stepIds: chosen, fundId, productId, termMonths });
      notify({
        color: 'green',
        message: t('recognition.finance.filed', { amount: format.money(sum, currency) }),
      });
      onDone();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {finance.error ? (
          <Alert color="red" role="alert">
            {errorMessage(finance.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('recognition.finance.fund')}
            value={fundId}
            onChange={(e) => chooseFund(e.currentTarget.value)}
            data={funds.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          />
          <NativeSelect
            label={t('recognition.finance.product')}
            value={productId}
            onChange={(e) => setProductId(e.currentTarget.value)}
            data={products.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          />
          <NumberInput
            label={t('recognition.finance.term')}
            value={term}
            min={1}
            max={product?.maxTermMonths ?? 600}
            allowDecimal={false}
            onChange={setTerm}
          />
        </SimpleGrid>
        {steps.length === 0 ? (
          <Text>{t('recognition.finance.noSteps')}</Text>
        ) : (
          <Checkbox.Group label={t('recognition.finance.steps')} value={chosen} onChange={setChosen}>
            <Stack gap={6} mt={6}>
              {steps.map((step) => (
                <Checkbox
                  key={step.id}
                  value={step.id}
                  label={`${step.position}. ${format.label(step)} — ${format.money(stepCostCents(step), step.currency)}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Text fw={700} role="status" aria-live="polite">
          {t('recognition.finance.sum', { amount: format.money(sum, currency) })}
        </Text>
        <Group gap="sm">
          <Button
            type="submit"
            loading={finance.isPending}
            disabled={chosen.length === 0 || !productId || !Number.isInteger(termMonths)}
          >
            {t('recognition.finance.submit')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
