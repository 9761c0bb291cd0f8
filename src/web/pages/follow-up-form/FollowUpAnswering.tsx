import { Alert, Box, Button, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { FormHeading } from './FormHeading.js';
import {
  emptyDraft,
  type FollowUpDraft,
  type FollowUpField,
  followUpPayload,
  followUpProblems,
  hoursRange,
  type Problem,
  satisfactionLevels,
} from './follow-up-form.js';
import { isInvalidLink, useAnswerFollowUp, type usePublicFollowUp } from './follow-up-form-api.js';
import { JobQuestions } from './JobQuestions.js';
import { InvalidLink } from './LinkProblems.js';
import { Question, YesNoQuestion } from './Question.js';
import { ThankYou } from './ThankYou.js';
import { isolated, useFormFormat } from './use-form-format.js';

type FollowUp = NonNullable<ReturnType<typeof usePublicFollowUp>['data']>;

/** The form itself, then the thank-you once sent (or the invalid link, if it was spent meanwhile). */
export function FollowUpAnswering({ token, followUp }: { token: string; followUp: FollowUp }) {
  const { t } = useTranslation();
  const format = useFormFormat();
  const answer = useAnswerFollowUp(token);
  const [draft, setDraft] = useState<FollowUpDraft>(emptyDraft);
  const [problems, setProblems] = useState<Partial<Record<FollowUpField, Problem>>>({});

  if (answer.isSuccess)
    return <ThankYou firstName={followUp.firstName} organizationName={followUp.organizationName} />;
  if (answer.error && isInvalidLink(answer.error)) return <InvalidLink />;

  // An answer given clears the problem shown under its question.
  const set = <K extends FollowUpField>(field: K, value: FollowUpDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => {
      const { [field]: _solved, ...rest } = current;
      return rest;
    });
  };
  const serverProblems = fieldErrorsOf(answer.error);
  const problemOf = (field: FollowUpField): string | undefined => {
    const problem = problems[field];
    if (problem === 'chooseAnswer') return t('followUpForm.chooseAnswer');
    if (problem === 'hoursInvalid')
      return t('followUpForm.hours.invalid', {
        min: format.number(hoursRange.min),
        max: format.number(hoursRange.max),
      });
    return serverProblems[field];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = followUpProblems(draft);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.querySelector<HTMLElement>(`[data-question="${first}"] input`)?.focus();
      return;
    }
    try {
      await answer.mutateAsync(followUpPayload(draft, followUp.asksRegion));
    } catch {
      // Shown above the button.
    }
  };

  return (
    <Stack gap="lg">
      <Box>
        <FormHeading>{t('followUpForm.greeting', { firstName: followUp.firstName })}</FormHeading>
        <Stack gap="xs">
          <Text>
            {t('followUpForm.intro', {
              organization: isolated(followUp.organizationName),
              program: isolated(followUp.programName),
              duration: format.months(followUp.months),
            })}
          </Text>
          <Text>{t('followUpForm.why')}</Text>
          <Text size="sm" c="dimmed">
            {t('followUpForm.expires', { date: format.date(followUp.expiresAt) })}
          </Text>
        </Stack>
      </Box>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="xl">
          <Text size="sm">{t('followUpForm.requiredNote')}</Text>
          <YesNoQuestion
            field="employed"
            required
            label={t('followUpForm.employed.label')}
            description={t('followUpForm.employed.description')}
            value={draft.employed}
            onChange={(value) => set('employed', value)}
            error={problemOf('employed')}
          />
          {draft.employed ? (
            <JobQuestions draft={draft} currency={followUp.currency} set={set} problemOf={problemOf} />
          ) : null}
          <YesNoQuestion
            field="inTraining"
            required
            label={t('followUpForm.inTraining.label')}
            description={t('followUpForm.inTraining.description')}
            value={draft.inTraining}
            onChange={(value) => set('inTraining', value)}
            error={problemOf('inTraining')}
          />
          {followUp.asksRegion ? (
            <YesNoQuestion
              field="inRegion"
              label={t('followUpForm.inRegion.label')}
              value={draft.inRegion}
              onChange={(value) => set('inRegion', value)}
              error={problemOf('inRegion')}
            />
          ) : null}
          <Question
            field="satisfied"
            label={t('followUpForm.satisfied.label')}
            options={satisfactionLevels.map((level) => ({
              value: String(level),
              label: `${format.number(level)} – ${t(`followUpForm.satisfied.${level}`)}`,
            }))}
            value={draft.satisfied === null ? null : String(draft.satisfied)}
            onChange={(value) => set('satisfied', Number(value))}
            error={problemOf('satisfied')}
          />
          {Object.keys(problems).length > 0 ? (
            <Text c="red.8" role="alert" fw={600}>
              {t('followUpForm.fixErrors')}
            </Text>
          ) : null}
          {answer.error ? (
            <Alert
              color="red"
              role="alert"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('followUpForm.sendFailed')}
            >
              {errorMessage(answer.error)}
            </Alert>
          ) : null}
          <Button type="submit" size="lg" fullWidth loading={answer.isPending}>
            {answer.isPending ? t('followUpForm.sending') : t('followUpForm.submit')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
