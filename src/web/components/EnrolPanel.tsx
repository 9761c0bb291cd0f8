import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeSources } from '../../contracts/programs.js';
import { eligibilityOverrideRoles } from '../../core/auth/roles.js';
import { errorMessage, fieldErrorsOf } from '../api/errors.js';
import { type EligibilityView, useCheckEligibility, useEnrol, usePrograms } from '../api/programs.js';
import { useSession } from '../api/session.js';
import { EligibilityChecklist } from './EligibilityChecklist.js';

/** Long program names wrap instead of being cut on small screens. */
const wrap = { label: { whiteSpace: 'normal' as const, textAlign: 'center' as const } };

export type IntakeSource = (typeof intakeSources)[number];

/**
 * Choose a program, see every eligibility rule evaluated for this person (a dry run that writes
 * nothing), then enrol — or read why not, and override with a justification where the role allows.
 */
export function EnrolPanel({
  personId,
  personName,
  intake,
  onEnrolled,
  secondaryAction,
}: {
  personId: string;
  personName: string;
  /** Known from the intake wizard; asked for here otherwise. */
  intake?: { source: IntakeSource; note: string | null };
  onEnrolled: (programName: string) => void;
  secondaryAction?: (programChosen: boolean) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const programs = usePrograms();
  const [programId, setProgramId] = useState('');
  const [source, setSource] = useState<IntakeSource | ''>(intake?.source ?? '');
  const [justification, setJustification] = useState('');
  const [sourceMissing, setSourceMissing] = useState(false);
  const check = useCheckEligibility(personId, programId || null);
  const enrol = useEnrol();
  const program = programs.data?.find((candidate) => candidate.id === programId);
  const canOverride = eligibilityOverrideRoles.includes(session.role);
  const openPrograms = (programs.data ?? []).filter((candidate) => candidate.status === 'active');
  const enrolErrors = fieldErrorsOf(enrol.error);

  const submit = async (override: boolean) => {
    if (!programId) return;
    if (!source) {
      setSourceMissing(true);
      return;
    }
    setSourceMissing(false);
    try {
      await enrol.mutateAsync({
        programId,
        body: {
          personId,
          intake: { source, note: intake?.note ?? null },
          override: override ? { justification: justification.trim() } : undefined,
        },
      });
      onEnrolled(program?.name ?? '');
    } catch {
      // The refusal is shown below, with the rules.
    }
  };

  return (
    <Stack>
      <NativeSelect
        label={t('intake.choose')}
        value={programId}
        onChange={(event) => {
          setProgramId(event.currentTarget.value);
          enrol.reset();
        }}
        data={[
          { value: '', label: t('intake.noProgram') },
          ...openPrograms.map((candidate) => ({ value: candidate.id, label: candidate.name })),
        ]}
      />
      {intake ? null : (
        <NativeSelect
          label={t('intake.referralSource')}
          value={source}
          error={sourceMissing ? t('app.required') : undefined}
          onChange={(event) => setSource(event.currentTarget.value as IntakeSource | '')}
          data={[
            { value: '', label: t('app.unknown') },
            ...intakeSources.map((value) => ({ value, label: t(`source.${value}`) })),
          ]}
        />
      )}
      {programId ? (
        <EligibilityResult check={check} programName={program?.name ?? ''} personName={personName} />
      ) : null}
      {enrol.error ? (
        <Alert color="red" role="alert" title={t('intake.refused')}>
          {errorMessage(enrol.error)}
        </Alert>
      ) : null}
      {programId && check.data && check.data.verdict !== 'eligible' && canOverride ? (
        <Textarea
          label={t('intake.justification')}
          description={t('intake.justificationHint')}
          autosize
          minRows={3}
          value={justification}
          error={enrolErrors['override.justification']}
          onChange={(event) => setJustification(event.currentTarget.value)}
        />
      ) : null}
      <Group justify="flex-end">
        {secondaryAction?.(Boolean(programId))}
        {programId && check.data ? (
          <Button onClick={() => void submit(false)} loading={enrol.isPending} h="auto" py={8} styles={wrap}>
            {t('intake.enrol', { program: program?.name ?? '' })}
          </Button>
        ) : null}
        {programId && check.data && check.data.verdict !== 'eligible' && canOverride ? (
          <Button
            color="orange.9"
            onClick={() => void submit(true)}
            loading={enrol.isPending}
            h="auto"
            py={8}
            styles={wrap}
          >
            {t('intake.override')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function EligibilityResult({
  check,
  programName,
  personName,
}: {
  check: { data?: EligibilityView; isFetching: boolean; error: unknown };
  programName: string;
  personName: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-live="polite" aria-busy={check.isFetching} aria-label={t('eligibility.rules')}>
      {check.isFetching && !check.data ? <Text>{t('eligibility.checking')}</Text> : null}
      {check.error ? (
        <Alert color="red" role="alert">
          {errorMessage(check.error)}
        </Alert>
      ) : null}
      {check.data ? (
        <Paper
          withBorder
          p="md"
          data-verdict={check.data.verdict}
          style={{
            borderColor: `var(--mantine-color-${check.data.verdict === 'eligible' ? 'green' : 'red'}-8)`,
            borderWidth: 2,
          }}
        >
          <Title order={3} size="h4" mb="xs">
            {t(`eligibility.verdict.${check.data.verdict}`)}
          </Title>
          <Text size="sm" mb="xs">
            {check.data.verdict === 'eligible'
              ? t('intake.eligibleIntro', { name: personName, program: programName })
              : t('intake.refusedIntro', { program: programName })}
          </Text>
          {check.data.results.length === 0 ? (
            <Text size="sm">{t('eligibility.noRules')}</Text>
          ) : (
            <EligibilityChecklist results={check.data.results} />
          )}
        </Paper>
      ) : null}
    </section>
  );
}
