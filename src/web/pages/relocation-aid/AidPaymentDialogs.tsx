import {
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import {
  type AidRequestView,
  paymentMethods,
  useCancelAidApproval,
  usePayAidRequest,
  useReverseAidPayment,
} from '../../api/relocation-aid.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { centsOf, formatCad } from './aid-format.js';

const nameOf = (r: AidRequestView | null) =>
  r?.person ? `${r.person.givenName} ${r.person.familyName}` : '';

/** What was approved, the payments made (reversed ones marked) and what is left to pay. */
function PaymentsSoFar({ request }: { request: AidRequestView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('relocationAid.payments.approved', { amount: formatCad(request.approvedCents) })}
      </Text>
      {request.payments.length > 0 ? (
        <List size="sm" aria-label={t('relocationAid.payments.made')}>
          {request.payments.map((p) => (
            <List.Item key={p.id}>
              {p.reversedOn
                ? t('relocationAid.payments.reversedLine', {
                    amount: formatCad(p.amountCents),
                    date: formatDate(p.paidOn),
                    reversed: formatDate(p.reversedOn),
                  })
                : t('relocationAid.payments.line', {
                    amount: formatCad(p.amountCents),
                    date: formatDate(p.paidOn),
                    method: t(`relocationAid.method.${p.method}`),
                  })}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('relocationAid.payments.none')}</Text>
      )}
      <Text size="sm" fw={600}>
        {t('relocationAid.payments.remainder', { amount: formatCad(request.remainderCents) })}
      </Text>
    </Stack>
  );
}

/** Pay what is left (prefilled), or a part of it (a trip advance), on a day, by transfer or cheque. */
export function PayAidDialog({ request, onClose }: { request: AidRequestView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const pay = usePayAidRequest();
  const [paidOn, setPaidOn] = useState(todayInOrganization());
  const [amount, setAmount] = useState<number | string>(() => (request?.remainderCents ?? 0) / 100);
  const [method, setMethod] = useState<(typeof paymentMethods)[number]>('transfer');
  const [reference, setReference] = useState('');
  const errors = fieldErrorsOf(pay.error);
  if (!request) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await pay.mutateAsync({
      requestId: request.id,
      body: { paidOn, amountCents: centsOf(amount || 0), method, reference: reference.trim() || null },
    });
    notify({ color: 'green', message: t('relocationAid.pay.done') });
    onClose();
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('relocationAid.pay.title', {
        amount: formatCad(request.remainderCents),
        name: nameOf(request),
      })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={pay.error} />
          <PaymentsSoFar request={request} />
          <NumberInput
            label={t('relocationAid.pay.amount')}
            description={t('relocationAid.pay.amountHint')}
            value={amount}
            onChange={setAmount}
            min={0.01}
            max={(request.remainderCents ?? 0) / 100}
            decimalScale={2}
            error={errors.amountCents}
            required
          />
          <TextInput
            type="date"
            label={t('relocationAid.pay.paidOn')}
            value={paidOn}
            onChange={(event) => setPaidOn(event.currentTarget.value)}
            error={errors.paidOn}
            required
          />
          <NativeSelect
            label={t('relocationAid.pay.method')}
            value={method}
            onChange={(event) => setMethod(event.currentTarget.value as (typeof paymentMethods)[number])}
            data={paymentMethods.map((value) => ({ value, label: t(`relocationAid.method.${value}`) }))}
          />
          <TextInput
            label={t('relocationAid.pay.reference')}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            maxLength={100}
            error={errors.reference}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('relocationAid.form.cancel')}
            </Button>
            <Button type="submit" loading={pay.isPending}>
              {t('relocationAid.pay.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** Reverse one payment in force by a compensating entry: which one, a day and why. */
export function ReverseAidDialog({
  request,
  onClose,
}: {
  request: AidRequestView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reverse = useReverseAidPayment();
  const inForce = request?.payments.filter((p) => p.reversedOn === null) ?? [];
  const [paymentId, setPaymentId] = useState(inForce[inForce.length - 1]?.id ?? '');
  const [reversedOn, setReversedOn] = useState(todayInOrganization());
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(reverse.error);
  if (!request) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await reverse.mutateAsync({
      requestId: request.id,
      body: { paymentId: paymentId || null, reversedOn, reason: reason.trim() },
    });
    notify({ color: 'green', message: t('relocationAid.reverse.done') });
    onClose();
  };
  return (
    <Dialog opened onClose={onClose} title={t('relocationAid.reverse.title', { name: nameOf(request) })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('relocationAid.reverse.intro')}</Text>
          <FormErrorAlert error={reverse.error} />
          <NativeSelect
            label={t('relocationAid.reverse.payment')}
            value={paymentId}
            onChange={(event) => setPaymentId(event.currentTarget.value)}
            error={errors.paymentId}
            data={inForce.map((p) => ({
              value: p.id,
              label: t('relocationAid.payments.line', {
                amount: formatCad(p.amountCents),
                date: formatDate(p.paidOn),
                method: t(`relocationAid.method.${p.method}`),
              }),
            }))}
          />
          <TextInput
            type="date"
            label={t('relocationAid.reverse.reversedOn')}
            value={reversedOn}
            onChange={(event) => setReversedOn(event.currentTarget.value)}
            error={errors.reversedOn}
            required
          />
          <Textarea
            label={t('relocationAid.reverse.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            required
            maxLength={500}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('relocationAid.form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={reverse.isPending} disabled={!reason.trim()}>
              {t('relocationAid.reverse.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** Cancel an approval not fully paid: what is left unpaid goes back to the budget; a day and why. */
export function CancelAidApprovalDialog({
  request,
  onClose,
}: {
  request: AidRequestView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelAidApproval();
  const [cancelledOn, setCancelledOn] = useState(todayInOrganization());
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(cancel.error);
  if (!request) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await cancel.mutateAsync({ requestId: request.id, body: { cancelledOn, reason: reason.trim() } });
    notify({ color: 'green', message: t('relocationAid.cancelApproval.done') });
    onClose();
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('relocationAid.cancelApproval.title', { name: nameOf(request) })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('relocationAid.cancelApproval.intro', { amount: formatCad(request.remainderCents) })}
          </Text>
          <FormErrorAlert error={cancel.error} />
          <PaymentsSoFar request={request} />
          <TextInput
            type="date"
            label={t('relocationAid.cancelApproval.cancelledOn')}
            value={cancelledOn}
            onChange={(event) => setCancelledOn(event.currentTarget.value)}
            error={errors.cancelledOn}
            required
          />
          <Textarea
            label={t('relocationAid.cancelApproval.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            required
            maxLength={500}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('relocationAid.form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending} disabled={!reason.trim()}>
              {t('relocationAid.cancelApproval.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
