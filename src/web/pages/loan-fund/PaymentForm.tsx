import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type LoanDetail, paymentMethods, useRecordPayment } from '../../api/loan-fund.js';
import { EntryForm } from '../../components/EntryForm.js';
import { notify } from '../../notify.js';
import { fromCents, toCents } from './money.js';
import { newPaymentKey } from './payment-key.js';
import { MoneyInput, todayIso, useMoney } from './ui.js';

type Method = (typeof paymentMethods)[number];

/**
 * One key per payment, made when the form opens. A second click, or a retry after the network
 * failed, sends the same key, so the server records the payment once; only a success moves on to a
 * new key for the next payment.
 */
export function PaymentForm({ loan, onDone }: { loan: LoanDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const record = useRecordPayment(loan.id);
  const key = useRef<string | null>(null);
  key.current ??= newPaymentKey();
  const suggested = loan.pastDueCents > 0 ? loan.pastDueCents : (loan.nextInstallment?.remainingCents ?? 0);
  return (
    <EntryForm
      title={t('loanFund.action.payment')}
      initial={{
        amount: suggested > 0 ? fromCents(suggested) : undefined,
        receivedOn: todayIso(),
        method: 'bank_transfer',
      }}
      fields={[
        {
          name: 'amount',
          label: t('loanFund.payment.amount'),
          kind: 'custom',
          errorPath: 'amountCents',
          render: (value, set, error) => (
            <MoneyInput
              label={t('loanFund.payment.amount')}
              currency={loan.currency}
              value={value as number | string | undefined}
              onChange={set}
              error={error}
              required
            />
          ),
        },
        { name: 'receivedOn', label: t('loanFund.payment.receivedOn'), kind: 'date', required: true },
        {
          name: 'method',
          label: t('loanFund.payment.method'),
          kind: 'select',
          required: true,
          options: paymentMethods.map((value) => ({ value, label: t(`loanFund.paymentMethod.${value}`) })),
        },
      ]}
      submitLabel={t('loanFund.payment.submit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const amountCents = toCents(values.amount as number | string | undefined) ?? 0;
        const result = await record.mutateAsync({
          idempotencyKey: key.current ?? newPaymentKey(),
          amountCents,
          receivedOn: String(values.receivedOn ?? ''),
          method: (values.method as Method | undefined) ?? 'other',
        });
        key.current = newPaymentKey();
        notify({
          color: 'green',
          message: result.replayed
            ? t('loanFund.payment.replayed')
            : t('loanFund.payment.recorded', { amount: money(amountCents, loan.currency) }),
        });
        onDone();
      }}
    />
  );
}
