import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { planLanguages, useCreatePlan, usePersonPlans } from '../../api/plans.js';
import { usePersonEnrolments } from '../../api/programs.js';
import { usePersonRecognitionCases } from '../../api/recognition.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';
import { MergedPlanCard } from '../plans/MergedPlanCard.js';
import { PlanCard } from '../plans/PlanCard.js';
import { RecognitionPlanSummary } from '../recognition/RecognitionPlanSummary.js';

/** The person's career plans: the open one first, with a form to start one when there is none. */
export function PlanTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const plans = usePersonPlans(personId);
  const enrolments = usePersonEnrolments(personId);
  const programs = new Map((enrolments.data ?? []).map((e) => [e.programId, e.programName]));
  // The plan shows the recognition case's steps instead of its own text once the person has a case.
  const recognitionCases = usePersonRecognitionCases(personId);
  const hasRecognitionCase = (recognitionCases.data?.items ?? []).some(
    (c) => c.status !== 'closed' && !c.fromMergedFile,
  );
  const [creating, setCreating] = useState(false);
  // A merged file's plans are read here and changed on that file: the form follows this file's own.
  const items = plans.data?.filter((p) => !p.fromMergedFile);
  const fromMerged = plans.data?.filter((p) => p.fromMergedFile) ?? [];
  const open = items?.filter((p) => p.status !== 'closed') ?? [];
  return (
    <QueryState
      isPending={plans.isPending}
      error={plans.error}
      onRetry={() => plans.refetch()}
      missingRouteText={t('plans.unavailable')}
    >
      <Stack gap="lg">
        {items?.length === 0 ? <Text>{t('plans.empty')}</Text> : null}
        {items?.map((plan) => (
          <PlanCard
            key={plan.id}
            personId={personId}
            plan={plan}
            programName={plan.programId ? programs.get(plan.programId) : undefined}
            recognition={hasRecognitionCase ? <RecognitionPlanSummary personId={personId} /> : undefined}
          />
        ))}
        {fromMerged.map((plan) =>
          plan.fromMergedFile ? (
            <MergedPlanCard key={plan.id} plan={plan} file={plan.fromMergedFile} />
          ) : null,
        )}
        {items && (open.length === 0 || creating) ? (
          <CreatePlanForm personId={personId} programs={programs} onDone={() => setCreating(false)} />
        ) : items ? (
          <Button variant="default" onClick={() => setCreating(true)} style={{ alignSelf: 'flex-start' }}>
            {t('plans.create.another')}
          </Button>
        ) : null}
      </Stack>
    </QueryState>
  );
}

function CreatePlanForm({
  personId,
  programs,
  onDone,
}: {
  personId: string;
  programs: ReadonlyMap<string, string>;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreatePlan(personId);
  const [language, setLanguage] = useState<'fr' | 'en'>(i18n.language.startsWith('en') ? 'en' : 'fr');
  const [targetField, setTargetField] = useState('');
  const [programId, setProgramId] = useState('');
  const errors = fieldErrorsOf(create.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await create.mutateAsync({
        language,
        targetField: targetField.trim() || null,
        programId: programId || null,
      });
      notify({ color: 'green', message: t('plans.create.created') });
      setTargetField('');
      onDone();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="create-plan-title"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="create-plan-title">
          {t('plans.create.title')}
        </Title>
        {create.error ? (
          <Alert color="red" role="alert">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('plans.create.targetField')}
            description={t('plans.create.targetFieldHint')}
            value={targetField}
            error={errors.targetField}
            onChange={(e) => setTargetField(e.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <NativeSelect
            label={t('plans.create.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as 'fr' | 'en')}
            data={planLanguages.map((l) => ({ value: l, label: t(`plans.languages.${l}`) }))}
          />
          {programs.size > 0 ? (
            <NativeSelect
              label={t('plans.create.program')}
              value={programId}
              error={errors.programId}
              onChange={(e) => setProgramId(e.currentTarget.value)}
              data={[
                { value: '', label: t('plans.create.noProgram') },
                ...[...programs].map(([id, name]) => ({ value: id, label: name })),
              ]}
            />
          ) : null}
          <Button type="submit" loading={create.isPending}>
            {t('plans.create.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
