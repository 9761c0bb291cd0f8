import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attemptResults, useRecordFollowUpAttempt } from '../../../api/outcomes.js';
import { notify } from '../../../notify.js';
import { outcomeFieldErrors } from './exit-errors.js';
import type { FollowUpFormProps } from './follow-up-form-props.js';
import { OutcomeFormShell } from './OutcomeFormShell.js';

/** What a counselor may record of an attempt ("sent" is the link's own, recorded when it is sent). */
const attemptChoices = attemptResults.filter(
  (result): result is Exclude<(typeof attemptResults)[number], 'sent'> => result !== 'sent',
);
type AttemptChoice = (typeof attemptChoices)[number];

/** An attempt to reach the person that brought no answer; enough of them make the moment unreachable. */
export function FollowUpAttemptForm({ personId, followUp, onClose }: FollowUpFormProps) {
  const { t } = useTranslation();
  const attempt = useRecordFollowUpAttempt(personId);
  const [result, setResult] = useState<AttemptChoice>('no_answer');
  const [note, setNote] = useState('');
  const errors = outcomeFieldErrors(attempt.error, t);
  return (
    <OutcomeFormShell
      error={attempt.error}
      shown={['result', 'note']}
      pending={attempt.isPending}
      submitLabel={t('outcomes.attempt.submit')}
      onClose={onClose}
      onSubmit={async () => {
        const answer = await attempt.mutateAsync({
          followUpId: followUp.id,
          body: { result, note: note.trim() ? note.trim() : null },
        });
        notify({
          color: 'green',
          message:
            answer.status === 'unreachable'
              ? t('outcomes.attempt.nowUnreachable')
              : t('outcomes.attempt.recorded', { count: answer.attempts }),
        });
        onClose();
      }}
    >
      <NativeSelect
        label={t('outcomes.attempt.result')}
        required
        value={result}
        error={errors.result}
        onChange={(event) => setResult(event.currentTarget.value as AttemptChoice)}
        data={attemptChoices.map((value) => ({ value, label: t(`outcomes.attemptResult.${value}`) }))}
        data-autofocus
      />
      <TextInput
        label={t('outcomes.attempt.note')}
        maxLength={500}
        value={note}
        error={errors.note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </OutcomeFormShell>
  );
}
