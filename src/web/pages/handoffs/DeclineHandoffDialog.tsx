import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import {
  type DeclineHandoffBody,
  type HandoffView,
  handoffDeclineReasons,
  useDeclineHandoff,
} from '../../api/handoffs.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { Dialog } from '../caseload/Dialog.js';
import { handoffPersonName } from './handoff-words.js';

/** Declining a hand-off: a coded reason, and a note the sender reads. */
export function DeclineHandoffDialog({
  handoff,
  onClose,
  onDeclined,
}: {
  handoff: HandoffView | null;
  onClose: () => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation();
  const decline = useDeclineHandoff();
  const [reason, setReason] = useState<DeclineHandoffBody['reason']>('no_capacity');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(decline.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!handoff) return;
    await decline.mutateAsync({ id: handoff.id, body: { reason, note: note.trim() || null } });
    onDeclined();
  };
  return (
    <Dialog
      opened={handoff !== null}
      onClose={onClose}
      title={handoff ? t('handoffs.decline.title', { name: handoffPersonName(handoff, t) }) : ''}
    >
      {handoff ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormErrorAlert error={decline.error} />
            <NativeSelect
              label={t('handoffs.decline.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value as DeclineHandoffBody['reason'])}
              error={errors.reason}
              data={handoffDeclineReasons.map((value) => ({
                value,
                label: t(`handoffs.declineReason.${value}`),
              }))}
            />
            <Textarea
              label={t('handoffs.decline.note', { organization: handoff.sender.name })}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={errors.note}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" color="red.8" loading={decline.isPending}>
                {t('handoffs.decline.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Dialog>
  );
}
