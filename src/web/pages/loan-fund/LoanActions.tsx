import { Button, Group, Paper, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '../../api/loan-fund.js';
import { DisburseForm, RefundForm, RestructureForm, ReverseForm, WriteOffForm } from './LoanActionForms.js';
import { PaymentForm } from './PaymentForm.js';

export type LoanAction =
  | { kind: 'disburse' | 'payment' | 'restructure' | 'writeOff' | 'refund' }
  | { kind: 'reverse'; paymentId: string };

type ButtonAction = Exclude<LoanAction['kind'], 'reverse'>;

/** What this staff member may do to this loan now: the API's `can` and the loan's state decide. */
export function availableLoanActions(loan: LoanDetail): ButtonAction[] {
  const open = loan.status === 'approved' || loan.status === 'active';
  const shown: Record<ButtonAction, boolean> = {
    disburse: loan.can.service && open && loan.disbursedCents < loan.principalCents,
    payment: loan.can.service && loan.status === 'active',
    restructure: loan.can.manage && loan.status === 'active',
    writeOff: loan.can.manage && loan.status === 'active',
    refund: loan.can.service && loan.creditCents > 0,
  };
  return (Object.keys(shown) as ButtonAction[]).filter((action) => shown[action]);
}

export function LoanActions({
  loan,
  action,
  onAction,
}: {
  loan: LoanDetail;
  action: LoanAction | null;
  onAction: (action: LoanAction | null) => void;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLDivElement>(null);
  const actions = availableLoanActions(loan);
  const close = () => onAction(null);

  // The form opens below the buttons (or far from the payment's row): focus goes to its first field.
  useEffect(() => {
    if (!action) return;
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, [action]);

  const reversing =
    action?.kind === 'reverse' ? loan.payments.find((payment) => payment.id === action.paymentId) : undefined;
  if (actions.length === 0 && !reversing) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-title">
      <Title order={2} size="h4" id="actions-title" mb="sm">
        {t('app.actions')}
      </Title>
      <Group gap="xs">
        {actions.map((kind) => (
          <Button
            key={kind}
            variant={action?.kind === kind ? 'filled' : 'light'}
            color={kind === 'writeOff' ? 'red.8' : undefined}
            onClick={() => onAction({ kind })}
          >
            {t(`loanFund.action.${kind}`)}
          </Button>
        ))}
      </Group>
      <div ref={formRef}>
        {action?.kind === 'disburse' ? <DisburseForm loan={loan} onDone={close} /> : null}
        {action?.kind === 'payment' ? <PaymentForm loan={loan} onDone={close} /> : null}
        {action?.kind === 'restructure' ? <RestructureForm loan={loan} onDone={close} /> : null}
        {action?.kind === 'writeOff' ? <WriteOffForm loan={loan} onDone={close} /> : null}
        {action?.kind === 'refund' ? <RefundForm loan={loan} onDone={close} /> : null}
        {reversing ? <ReverseForm key={reversing.id} loan={loan} payment={reversing} onDone={close} /> : null}
      </div>
    </Paper>
  );
}
