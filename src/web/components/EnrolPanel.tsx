import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeSources } from '../../contracts/programs.js';
import { eligibilityOverrideRoles } from '../../core/auth/roles.js';
import { errorMessage, fieldErrorsOf } from '../api/errors.js';
import { useCheckEligibility, useEnrol, usePersonEnrolments, usePrograms } from '../api/programs.js';
import { useSession } from '../api/session.js';
import { EligibilityResult } from './EligibilityResult.js';

/** Long program names wrap instead of being cut on small screens. */
const wrap = { label: { whiteSpace: 'normal' as const, textAlign: 'center' as const } };

export type IntakeSource = (typeof intakeSources)[number];

/** The override's justification is refused below this length by the API: said before it is sent. */
export const minimumJustification = 20;

/**
 * Enrol a registered person: choose a program (those the person is already enrolled in are shown
 * but cannot be chosen), see every rule evaluated (a dry run that writes nothing), then enrol — only
 * when every rule is met — or, for the roles that may, override with a written justification.
 */
export function EnrolPanel({
  personId,
  personName,
  onEnrolled,
  secondaryAction,
}: {
  personId: string;
  personName: string;
  onEnrolled: (programName: string) => void;
  secondaryAction?: (programChosen: boolean) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const programs = usePrograms();
  const enrolments = usePersonEnrolments(personId);
  const [programId, setProgramId] = useState('');
  const [source, setSource] = useState<IntakeSource | ''>('');
  const [justification, setJustification] = useState('');
  const [sourceMissing, setSourceMissing] = useState(false);
  const check = useCheckEligibility(personId, programId || null);
  const enrol = useEnrol();
  const program = programs.data?.find((candidate) => candidate.id === programId);
  const canOverride = eligibilityOverrideRoles.includes(session.role);
  const openPrograms = (programs.data ?? []).filter((candidate) => candidate.status === 'active');
  const enrolledIn = new Set(
    (enrolments.data ?? []).filter((e) => e.status === 'enrolled').map((e) => e.programId),
  );
  const enrolErrors = fieldErrorsOf(enrol.error);
  const verdict = check.data && !check.data.alreadyEnrolled ? check.data.verdict : null;

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
          intake: { source, note: null },
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
          ...openPrograms.map((candidate) =>
            enrolledIn.has(candidate.id)
              ? {
                  value: candidate.id,
                  label: `${candidate.name} — ${t('intake.alreadyEnrolled')}`,
                  disabled: true,
                }
              : { value: candidate.id, label: candidate.name },
          ),
        ]}
      />
      <NativeSelect
        label={t('intake.referralSource')}
        required
        value={source}
        error={sourceMissing ? t('app.required') : undefined}
        onChange={(event) => setSource(event.currentTarget.value as IntakeSource | '')}
        data={[
          { value: '', label: '—' },
          ...intakeSources.map((value) => ({ value, label: t(`source.${value}`) })),
        ]}
      />
      {programId ? (
        <EligibilityResult check={check} programName={program?.name ?? ''} personName={personName} />
      ) : null}
      {enrol.error ? (
        <Alert color="red" role="alert" title={t('intake.refused')}>
          {errorMessage(enrol.error)}
        </Alert>
      ) : null}
      {verdict && verdict !== 'eligible' && !canOverride ? (
        <Text size="sm">{t('intake.notEligibleNoOverride')}</Text>
      ) : null}
      {verdict && verdict !== 'eligible' && canOverride ? (
        <Textarea
          label={t('intake.justification')}
          description={t('intake.justificationHint')}
          required
          autosize
          minRows={3}
          value={justification}
          error={enrolErrors['override.justification']}
          onChange={(event) => setJustification(event.currentTarget.value)}
        />
      ) : null}
      <Group justify="flex-end">
        {secondaryAction?.(Boolean(programId))}
        {verdict ? (
          <Button
            onClick={() => void submit(false)}
            loading={enrol.isPending}
            disabled={verdict !== 'eligible'}
            h="auto"
            py={8}
            styles={wrap}
          >
            {t('intake.enrol', { program: program?.name ?? '' })}
          </Button>
        ) : null}
        {verdict && verdict !== 'eligible' && canOverride ? (
          <Button
            // Orange 9 under white text is 4.3:1; red 9 is 5.4:1 (WCAG AA asks 4.5).
            color="red.9"
            onClick={() => void submit(true)}
            loading={enrol.isPending}
            disabled={justification.trim().length < minimumJustification}
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
