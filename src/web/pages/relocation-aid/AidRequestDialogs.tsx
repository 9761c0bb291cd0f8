import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type AidRequestView, refusalReasons, useDecideAidRequest } from '../../api/relocation-aid.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { centsOf, formatCad } from './aid-format.js';

const nameOf = (r: AidRequestView | null) =>
  r?.person ? `${r.person.givenName} ${r.person.familyName}` : '';

/** Approve line by line (each at most what the rules allow, prefilled) or refuse with a coded reason. */
export function DecideAidDialog({
  request,
  onClose,
}: {
  request: AidRequestView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideAidRequest();
  const [decision, setDecision] = useState<'approve' | 'refuse'>('approve');
  const [amounts, setAmounts] = useState<(number | string)[]>(
    () => request?.lines.map((l) => (l.assessedCents ?? 0) / 100) ?? [],
  );
  const [reason, setReason] = useState<(typeof refusalReasons)[number]>('not_eligible');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(decide.error);
  if (!request) return null;
  const approved = amounts.map((a) => centsOf(a || 0));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await decide.mutateAsync({
      requestId: request.id,
      body:
        decision === 'approve'
          ? { decision, approvedCents: approved, note: note.trim() || null }
          : { decision, reason, note: note.trim() || null },
    });
    notify({ color: 'green', message: t('relocationAid.decide.done') });
    onClose();
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('relocationAid.decide.title', { name: nameOf(request) })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {decide.error ? (
            <Alert color="red" role="alert">
              {errorMessage(decide.error)}
            </Alert>
          ) : null}
          {request.assessment.ruleVersion !== null ? (
            <Text size="sm">
              {t('relocationAid.decide.rules', { version: request.assessment.ruleVersion })}
            </Text>
          ) : null}
          <SegmentedControl
            aria-label={t('relocationAid.decide.decision')}
            value={decision}
            onChange={(value) => setDecision(value as 'approve' | 'refuse')}
            data={[
              { value: 'approve', label: t('relocationAid.decide.approve') },
              { value: 'refuse', label: t('relocationAid.decide.refuse') },
            ]}
          />
          {decision === 'approve' ? (
            <>
              {request.lines.map((line, index) => (
                <NumberInput
                  key={line.lineNo}
                  label={t('relocationAid.decide.approvedLine', {
                    kind: t(`relocationAid.costKind.${line.kind}`),
                    asked: formatCad(line.amountCents),
                    allowed: formatCad(line.assessedCents),
                  })}
                  description={
                    line.reasons && line.reasons.length > 0
                      ? t('relocationAid.decide.reasons', {
                          reasons: line.reasons.map((r) => t(`relocationAid.reason.${r}`)).join(', '),
                        })
                      : undefined
                  }
                  value={amounts[index] ?? 0}
                  onChange={(value) => setAmounts((all) => all.map((a, i) => (i === index ? value : a)))}
                  min={0}
                  max={(line.assessedCents ?? 0) / 100}
                  decimalScale={2}
                  error={errors.approvedCents}
                />
              ))}
              <Text fw={600}>
                {t('relocationAid.decide.total', { amount: formatCad(approved.reduce((s, c) => s + c, 0)) })}
              </Text>
            </>
          ) : (
            <NativeSelect
              label={t('relocationAid.decide.refusalReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value as (typeof refusalReasons)[number])}
              data={refusalReasons.map((value) => ({
                value,
                label: t(`relocationAid.refusalReason.${value}`),
              }))}
            />
          )}
          <Textarea
            label={t('relocationAid.decide.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('relocationAid.form.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t('relocationAid.decide.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

export { CancelAidApprovalDialog, PayAidDialog, ReverseAidDialog } from './AidPaymentDialogs.js';
