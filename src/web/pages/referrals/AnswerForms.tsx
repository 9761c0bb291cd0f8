import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { declineReasons, useCompleteReferral, useDeclineReferral } from '../../api/referrals.js';
import { notify } from '../../notify.js';

type Reason = (typeof declineReasons)[number];

/** Declining with a coded reason; "other" asks a few words. */
export function DeclineForm({ referralId, onDone }: { referralId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const decline = useDeclineReferral(referralId);
  const [reason, setReason] = useState<Reason>('not_our_public');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(decline.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decline
      .mutateAsync({ reason, note: note.trim() || null })
      .then(() => {
        notify({ color: 'green', message: t('referrals.declined') });
        onDone();
      })
      .catch((error: unknown) => {
        if (Object.keys(fieldErrorsOf(error)).length === 0)
          notify({ color: 'red', message: errorMessage(error) });
      });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <NativeSelect
          label={t('referrals.reasonLabel')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value as Reason)}
          data={declineReasons.map((value) => ({ value, label: t(`referrals.declineReason.${value}`) }))}
        />
        <Textarea
          label={t('referrals.noteLabel')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          required={reason === 'other'}
          error={errors['body.note']}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" color="red.9" loading={decline.isPending}>
            {t('referrals.confirmDecline')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('referrals.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CompleteForm({ referralId, onDone }: { referralId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteReferral(referralId);
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete
      .mutateAsync({ outcomeNote: note.trim() || null })
      .then(() => {
        notify({ color: 'green', message: t('referrals.completed') });
        onDone();
      })
      .catch((error: unknown) => notify({ color: 'red', message: errorMessage(error) }));
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Textarea
          label={t('referrals.outcomeLabel')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={complete.isPending}>
            {t('referrals.confirmComplete')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('referrals.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
