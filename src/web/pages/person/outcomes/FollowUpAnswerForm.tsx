import { Checkbox, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordFollowUpAnswer, wageBands } from '../../../api/outcomes.js';
import { todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { outcomeFieldErrors } from './exit-errors.js';
import {
  type AnswerDraft,
  answerBodyOf,
  answerContracts,
  answerDraftOf,
  answerFields,
} from './follow-up-answer.js';
import type { FollowUpFormProps } from './follow-up-form-props.js';
import { OptionalSelect } from './OptionalSelect.js';
import { OutcomeFormShell } from './OutcomeFormShell.js';
import { wageBandLabel } from './wage-band-label.js';

const satisfactionLevels = ['1', '2', '3', '4', '5'] as const;

/** The person's answer to a follow-up, taken down by a counselor (by phone, in person or by e-mail). */
export function FollowUpAnswerForm({ personId, followUp, onClose }: FollowUpFormProps) {
  const { t } = useTranslation();
  const answer = useRecordFollowUpAnswer(personId);
  const [draft, setDraft] = useState(() => answerDraftOf(todayInOrganization()));
  const set = <K extends keyof AnswerDraft>(key: K, value: AnswerDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const errors = outcomeFieldErrors(answer.error, t);
  const yesNo = [
    { value: 'yes', label: t('outcomes.answer.yes') },
    { value: 'no', label: t('outcomes.answer.no') },
  ] as const;

  return (
    <OutcomeFormShell
      error={answer.error}
      shown={answerFields}
      pending={answer.isPending}
      submitLabel={t('outcomes.answer.submit')}
      onClose={onClose}
      onSubmit={async () => {
        await answer.mutateAsync({ followUpId: followUp.id, body: answerBodyOf(draft) });
        notify({ color: 'green', message: t('outcomes.answer.recorded') });
        onClose();
      }}
    >
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={t('outcomes.answer.answeredOn')}
          required
          value={draft.answeredOn}
          error={errors.answeredOn}
          onChange={(event) => set('answeredOn', event.currentTarget.value)}
          data-autofocus
        />
        <NativeSelect
          label={t('outcomes.answer.via')}
          required
          value={draft.via}
          error={errors.via}
          onChange={(event) => set('via', event.currentTarget.value as AnswerDraft['via'])}
          data={(['phone', 'in_person', 'email'] as const).map((value) => ({
            value,
            label: t(`outcomes.via.${value}`),
          }))}
        />
      </Group>
      <Checkbox
        label={t('outcomes.answer.employed')}
        checked={draft.employed}
        error={errors.employed}
        onChange={(event) => set('employed', event.currentTarget.checked)}
      />
      {draft.employed ? (
        <>
          <Group grow align="flex-start" wrap="wrap">
            <OptionalSelect
              label={t('outcomes.answer.sameEmployer')}
              value={draft.sameEmployer}
              error={errors.sameEmployer}
              onChange={(value) => set('sameEmployer', value)}
              options={yesNo}
            />
            <OptionalSelect
              label={t('outcomes.answer.contractType')}
              value={draft.contractType}
              error={errors.contractType}
              onChange={(value) => set('contractType', value)}
              options={answerContracts.map((value) => ({
                value,
                label: t(`outcomes.answerContract.${value}`),
              }))}
            />
          </Group>
          <NumberInput
            label={t('outcomes.answer.hoursPerWeek')}
            min={1}
            max={80}
            value={draft.hours}
            error={errors.hoursPerWeek}
            onChange={(value) => set('hours', value)}
          />
          <OptionalSelect
            label={t('outcomes.answer.wageBand')}
            value={draft.wageBand}
            error={errors.wageBand}
            onChange={(value) => set('wageBand', value)}
            options={wageBands.map((value) => ({ value, label: wageBandLabel(value, t) }))}
          />
        </>
      ) : null}
      <Checkbox
        label={t('outcomes.answer.inTraining')}
        checked={draft.inTraining}
        error={errors.inTraining}
        onChange={(event) => set('inTraining', event.currentTarget.checked)}
      />
      <Group grow align="flex-start" wrap="wrap">
        <OptionalSelect
          label={t('outcomes.answer.inRegion')}
          value={draft.inRegion}
          error={errors.inRegion}
          onChange={(value) => set('inRegion', value)}
          options={yesNo}
        />
        <OptionalSelect
          label={t('outcomes.answer.satisfied')}
          value={draft.satisfied}
          error={errors.satisfied}
          onChange={(value) => set('satisfied', value)}
          options={satisfactionLevels.map((value) => ({ value, label: t(`outcomes.satisfaction.${value}`) }))}
        />
      </Group>
    </OutcomeFormShell>
  );
}
