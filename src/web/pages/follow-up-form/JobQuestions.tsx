import { Box, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  bandBounds,
  contractTypes,
  type FollowUpDraft,
  type FollowUpField,
  hoursRange,
  type WageBand,
  wageBands,
} from './follow-up-form.js';
import { Question, YesNoQuestion } from './Question.js';
import { useFormFormat } from './use-form-format.js';

/** The questions about the job, asked only of someone who works. */
export function JobQuestions({
  draft,
  currency,
  set,
  problemOf,
}: {
  draft: FollowUpDraft;
  /** The organization's currency, in which the pay bands are worded (null: plain numbers). */
  currency: string | null;
  set: <K extends FollowUpField>(field: K, value: FollowUpDraft[K]) => void;
  problemOf: (field: FollowUpField) => string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormFormat();
  const hoursBounds = { min: format.number(hoursRange.min), max: format.number(hoursRange.max) };
  const money = (amount: number) => format.amount(amount, currency);
  const wageLabel = (band: WageBand) => {
    const bounds = bandBounds(band);
    switch (bounds.kind) {
      case 'none':
        return t('followUpForm.wage.none');
      case 'under':
        return t('followUpForm.wage.under', { amount: money(bounds.amount) });
      case 'atLeast':
        return t('followUpForm.wage.atLeast', { amount: money(bounds.amount) });
      default:
        return t('followUpForm.wage.between', { from: money(bounds.from), to: money(bounds.to) });
    }
  };
  return (
    <>
      <YesNoQuestion
        field="sameEmployer"
        label={t('followUpForm.sameEmployer.label')}
        value={draft.sameEmployer}
        onChange={(value) => set('sameEmployer', value)}
        error={problemOf('sameEmployer')}
      />
      <Question
        field="contractType"
        label={t('followUpForm.contractType.label')}
        options={contractTypes.map((type) => ({
          value: type,
          label: t(`followUpForm.contractType.${type}`),
        }))}
        value={draft.contractType}
        onChange={(value) => set('contractType', value as FollowUpDraft['contractType'])}
        error={problemOf('contractType')}
      />
      <Box data-question="hoursPerWeek">
        <TextInput
          id="follow-up-hoursPerWeek"
          label={t('followUpForm.hours.label')}
          description={t('followUpForm.hours.description', hoursBounds)}
          inputMode="decimal"
          autoComplete="off"
          size="md"
          maw={200}
          value={draft.hoursPerWeek}
          onChange={(event) => set('hoursPerWeek', event.currentTarget.value)}
          error={problemOf('hoursPerWeek')}
        />
      </Box>
      <Question
        field="wageBand"
        label={t('followUpForm.wage.label')}
        options={wageBands.map((band) => ({ value: band, label: wageLabel(band) }))}
        value={draft.wageBand}
        onChange={(value) => set('wageBand', value as FollowUpDraft['wageBand'])}
        error={problemOf('wageBand')}
      />
    </>
  );
}
