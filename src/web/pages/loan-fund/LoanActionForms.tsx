import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type LoanDetail,
  useDisburse,
  useRefundCredit,
  useRestructure,
  useReversePayment,
  useWriteOff,
} from '../../api/loan-fund.js';
import { EntryForm, type EntryValues } from '../../components/EntryForm.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { fromCents, percentToBps, toCents } from './money.js';
import { MoneyInput, todayIso, useMoney } from './ui.js';

interface FormProps {
  loan: LoanDetail;
  onDone: () => void;
}

const text = (values: EntryValues, name: string) => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};
const cents = (values: EntryValues, name: string) =>
  toCents(values[name] as number | string | undefined) ?? 0;

function moneyField(name: string, errorPath: string, label: string, currency: string) {
  return {
    name,
    label,
    kind: 'custom' as const,
    errorPath,
    render: (value: unknown, set: (value: unknown) => void, error?: string) => (
      <MoneyInput
        label={label}
        currency={currency}
        value={value as number | string | undefined}
        onChange={set}
        error={error}
        required
      />
    ),
  };
}

export function DisburseForm({ loan, onDone }: FormProps) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const disburse = useDisburse(loan.id);
  const first = loan.disbursements.length === 0;
  const left = loan.principalCents - loan.disbursedCents;
  return (
    <EntryForm
      title={t('loanFund.action.disburse')}
      initial={{
        amount: left > 0 ? fromCents(left) : undefined,
        payeeKind: 'vendor',
        paidOn: todayIso(),
      }}
      fields={[
        moneyField('amount', 'amountCents', t('loanFund.disbursement.amount'), loan.currency),
        {
          name: 'payeeKind',
          label: t('loanFund.disbursement.payeeKind'),
          kind: 'select',
          required: true,
          options: (['borrower', 'vendor'] as const).map((value) => ({
            value,
            label: t(`loanFund.payeeKind.${value}`),
          })),
        },
        { name: 'payeeName', label: t('loanFund.disbursement.payeeName'), kind: 'text', required: true },
        { name: 'purpose', label: t('loanFund.disbursement.purpose'), kind: 'text', required: true },
        { name: 'paidOn', label: t('loanFund.disbursement.paidOn'), kind: 'date', required: true },
        ...(first
          ? [{ name: 'firstDueOn', label: t('loanFund.disbursement.firstDueOn'), kind: 'date' as const }]
          : []),
      ]}
      submitLabel={t('loanFund.disbursement.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const amountCents = cents(values, 'amount');
        await disburse.mutateAsync({
          amountCents,
          payeeKind: values.payeeKind === 'borrower' ? 'borrower' : 'vendor',
          payeeName: text(values, 'payeeName'),
          purpose: text(values, 'purpose'),
          paidOn: text(values, 'paidOn'),
          firstDueOn: text(values, 'firstDueOn') || undefined,
        });
        notify({
          color: 'green',
          message: t('loanFund.disbursement.recorded', { amount: money(amountCents, loan.currency) }),
        });
        onDone();
      }}
    />
  );
}

export function RestructureForm({ loan, onDone }: FormProps) {
  const { t } = useTranslation();
  const restructure = useRestructure(loan.id);
  return (
    <EntryForm
      title={t('loanFund.action.restructure')}
      initial={{ termMonths: loan.termMonths, effectiveOn: todayIso() }}
      fields={[
        { name: 'termMonths', label: t('loanFund.restructure.term'), kind: 'number', required: true, min: 1 },
        {
          name: 'rate',
          label: t('loanFund.restructure.rate'),
          kind: 'custom',
          errorPath: 'annualRateBps',
          render: (value, set, error) => (
            <NumberInput
              label={t('loanFund.restructure.rate')}
              description={t('loanFund.restructure.rateHint')}
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
        { name: 'firstDueOn', label: t('loanFund.restructure.firstDueOn'), kind: 'date', required: true },
        { name: 'effectiveOn', label: t('loanFund.restructure.effectiveOn'), kind: 'date', required: true },
        { name: 'note', label: t('loanFund.restructure.note'), kind: 'textarea', required: true },
      ]}
      submitLabel={t('loanFund.restructure.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const rate = percentToBps(values.rate as number | string | undefined);
        const result = await restructure.mutateAsync({
          termMonths: Number(values.termMonths ?? 0),
          annualRateBps: rate ?? undefined,
          firstDueOn: text(values, 'firstDueOn'),
          effectiveOn: text(values, 'effectiveOn'),
          note: text(values, 'note'),
        });
        notify({
          color: 'green',
          message: t('loanFund.restructure.done', { version: result.scheduleVersion }),
        });
        onDone();
      }}
    />
  );
}

export function WriteOffForm({ loan, onDone }: FormProps) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const writeOff = useWriteOff(loan.id);
  const amount = money(loan.outstandingPrincipalCents, loan.currency);
  return (
    <EntryForm
      title={t('loanFund.action.writeOff')}
      initial={{ writtenOffOn: todayIso(), confirm: false }}
      fields={[
        { name: 'writtenOffOn', label: t('loanFund.writeOff.date'), kind: 'date', required: true },
        { name: 'reason', label: t('loanFund.writeOff.reason'), kind: 'textarea', required: true },
        { name: 'confirm', label: t('loanFund.writeOff.confirm', { amount }), kind: 'checkbox' },
      ]}
      submitLabel={t('loanFund.writeOff.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        // Writing off cannot be undone from this screen: the box must be ticked first.
        if (values.confirm !== true) throw new Error(t('loanFund.writeOff.confirmRequired'));
        await writeOff.mutateAsync({
          writtenOffOn: text(values, 'writtenOffOn'),
          reason: text(values, 'reason'),
        });
        notify({ color: 'green', message: t('loanFund.writeOff.done', { amount }) });
        onDone();
      }}
    />
  );
}

export function RefundForm({ loan, onDone }: FormProps) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const refund = useRefundCredit(loan.id);
  return (
    <EntryForm
      title={t('loanFund.action.refund')}
      initial={{ amount: fromCents(loan.creditCents), refundedOn: todayIso() }}
      fields={[
        moneyField('amount', 'amountCents', t('loanFund.refund.amount'), loan.currency),
        { name: 'refundedOn', label: t('loanFund.refund.date'), kind: 'date', required: true },
      ]}
      submitLabel={t('loanFund.refund.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const amountCents = cents(values, 'amount');
        await refund.mutateAsync({ amountCents, refundedOn: text(values, 'refundedOn') });
        notify({
          color: 'green',
          message: t('loanFund.refund.done', { amount: money(amountCents, loan.currency) }),
        });
        onDone();
      }}
    />
  );
}

export function ReverseForm({
  loan,
  payment,
  onDone,
}: FormProps & { payment: LoanDetail['payments'][number] }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const reverse = useReversePayment(loan.id);
  const what = t('loanFund.payment.reverseOf', {
    amount: money(payment.amountCents, loan.currency),
    date: formatDate(payment.receivedOn),
  });
  return (
    <EntryForm
      title={what}
      initial={{ reversedOn: todayIso() }}
      fields={[
        { name: 'reason', label: t('loanFund.reversal.reason'), kind: 'textarea', required: true },
        { name: 'reversedOn', label: t('loanFund.reversal.date'), kind: 'date', required: true },
      ]}
      submitLabel={t('loanFund.reversal.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        await reverse.mutateAsync({
          paymentId: payment.id,
          body: { reason: text(values, 'reason'), reversedOn: text(values, 'reversedOn') },
        });
        notify({ color: 'green', message: t('loanFund.reversal.done') });
        onDone();
      }}
    />
  );
}
