import { Alert, Button, Group, Paper, Stepper, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eligibilityOverrideRoles } from '../../../core/auth/roles.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  type DuplicateProbe,
  useIntakeEligibility,
  usePossibleDuplicates,
  useRegisterAtIntake,
} from '../../api/intake.js';
import { useConvertLead, useLead } from '../../api/outreach.js';
import { usePrograms } from '../../api/programs.js';
import { useLinkReferral, useReferral, useReferralPerson } from '../../api/referrals.js';
import { useSession } from '../../api/session.js';
import { minimumJustification } from '../../components/EnrolPanel.js';
import { PageTitle } from '../../components/PageTitle.js';
import { notify } from '../../notify.js';
import { ConfirmStep } from './ConfirmStep.js';
import { ConsentStep } from './ConsentStep.js';
import { DuplicatesStep, duplicateProbeOf } from './DuplicatesStep.js';
import {
  draftFieldOf,
  emptyDraft,
  type IntakeDraft,
  intakeBodyOf,
  intakeSteps,
  personBodyOf,
  stepOf,
} from './intake-draft.js';
import { draftFromLead } from './lead-draft.js';
import { ProgramStep } from './ProgramStep.js';
import { draftFromReferral } from './referral-draft.js';
import { SituationStep } from './SituationStep.js';
import { ContactStep, IdentityStep } from './steps.js';

const route = getRouteApi('/app/people/new');

const stepIndex = (step: (typeof intakeSteps)[number]) => intakeSteps.indexOf(step);
const stepTitles = {
  identity: ['intake.identity', 'intake.identityStepDescription'],
  duplicates: ['intake.duplicates', 'intake.duplicatesDescription'],
  contact: ['intake.contact', 'intake.contactDescription'],
  situation: ['intake.situation', 'intake.situationDescription'],
  consent: ['intake.consent', 'intake.consentDescription'],
  program: ['intake.program', 'intake.programDescription'],
  confirm: ['intake.confirm', 'intake.confirmDescription'],
} as const;

/**
 * The guided intake: identity → existing files → contact → situation → consent → program and its
 * rules → confirm. Nothing is saved before the last step; then one request opens the file with its
 * consent and enrolment, and a refusal saves nothing.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState<IntakeDraft>(emptyDraft);
  const { lead: leadId, referral: referralId } = route.useSearch();
  const lead = useLead(leadId ?? '', Boolean(leadId));
  const convertLead = useConvertLead(leadId ?? '');
  // The lead's name and contacts fill the form once, when it arrives.
  const leadApplied = useRef(false);
  useEffect(() => {
    if (!lead.data || leadApplied.current) return;
    leadApplied.current = true;
    const from = lead.data;
    setDraft((current) => draftFromLead(current, from));
  }, [lead.data]);
  // A person referred by a partner: what the referral shares of the identity fills the form once.
  const referral = useReferral(referralId ?? '', Boolean(referralId));
  const referred = useReferralPerson(referralId ?? '', Boolean(referral.data?.personShared));
  const linkReferral = useLinkReferral(referralId ?? '');
  const referralApplied = useRef(false);
  useEffect(() => {
    if (!referral.data || referralApplied.current) return;
    if (referral.data.personShared && !referred.data) return;
    referralApplied.current = true;
    const from = referral.data;
    const identity = referred.data?.identity ?? null;
    setDraft((current) => draftFromReferral(current, from, identity));
  }, [referral.data, referred.data]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const step = intakeSteps[active] ?? 'identity';
  const canOverride = eligibilityOverrideRoles.includes(session.role);
  const programs = usePrograms();
  // Administrators open files but do not enrol (the server's enrolment roles): no program to offer.
  const mayEnrol = ['counselor', 'program_referent', 'coordinator', 'director'].includes(session.role);
  const openPrograms = mayEnrol ? (programs.data ?? []).filter((program) => program.status === 'active') : [];
  const program = openPrograms.find((candidate) => candidate.id === draft.programId);
  // Asked when the identity is complete and again once the contacts are typed, not at each keystroke
  // (each search is audited).
  const [probe, setProbe] = useState<DuplicateProbe | null>(null);
  const duplicates = usePossibleDuplicates(probe ?? {}, probe !== null);
  const personBody = personBodyOf(draft);
  const check = useIntakeEligibility(draft.programId, personBody, active >= stepIndex('program'));
  const register = useRegisterAtIntake();
  const verdict = draft.programId ? check.data?.verdict : undefined;
  const overriding = Boolean(verdict && verdict !== 'eligible');
  const errors: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(fieldErrorsOf(register.error)).map(([path, message]) => [draftFieldOf(path), message]),
    ),
    ...missing,
  };
  const displayName = `${draft.firstName} ${draft.lastName}`.trim();

  // Keyboard and screen-reader users land on the new step's heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    stepHeading.current?.focus();
  }, [active]);

  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (missing[key]) setMissing(({ [key]: _gone, ...rest }) => rest);
  };

  /** What the step still needs before the next one (empty when it may go on). */
  const missingOn = (current: typeof step): Record<string, string> => {
    const required = t('app.required');
    const needs: Record<string, string> = {};
    if (current === 'identity') {
      if (!draft.firstName.trim()) needs.firstName = required;
      if (!draft.lastName.trim()) needs.lastName = required;
      if (!draft.birthDate) needs.birthDate = required;
    }
    if (current === 'consent') {
      if (!draft.consentGiven) needs.consentGiven = t('intake.consentRequired');
      if (!draft.consentGivenOn) needs.consentGivenOn = required;
    }
    if (current === 'program' && draft.programId) {
      if (!draft.referralSource) needs.referralSource = required;
      if (overriding && !canOverride) needs.programId = t('intake.notEligibleNoOverride');
      if (overriding && canOverride && draft.justification.trim().length < minimumJustification)
        needs.justification = t('intake.justificationTooShort');
    }
    return needs;
  };
  const programBlocked =
    step === 'program' && Boolean(draft.programId) && (!check.data || (overriding && !canOverride));

  const save = async () => {
    try {
      const result = await register.mutateAsync(intakeBodyOf(draft, overriding));
      // Enrolled from a lead of the repérage: the lead now counts as enrolled, linked to this file.
      if (leadId && result.enrolmentId)
        await convertLead
          .mutateAsync(result.personId)
          .catch((error: unknown) => notify({ color: 'red', message: errorMessage(error) }));
      // Registered from a referral accepted: the referral now shows on this file.
      if (referralId)
        await linkReferral
          .mutateAsync(result.personId)
          .catch((error: unknown) => notify({ color: 'red', message: errorMessage(error) }));
      notify({
        color: 'green',
        message: result.enrolmentId
          ? t('intake.enrolled', { name: displayName, program: program?.name ?? '' })
          : t('intake.registered', { name: displayName }),
      });
      void navigate({
        to: '/people/$personId',
        params: { personId: result.personId },
        search: result.enrolmentId ? { tab: 'enrolments' } : {},
      });
    } catch (error) {
      const fields = Object.keys(fieldErrorsOf(error)).map(draftFieldOf);
      const first = Math.min(...fields.map((field) => stepIndex(stepOf(field))));
      if (Number.isFinite(first)) setActive(first);
    }
  };

  const submitStep = (event: FormEvent) => {
    event.preventDefault();
    const needs = missingOn(step);
    setMissing(needs);
    if (Object.keys(needs).length > 0 || programBlocked) return;
    if (step === 'confirm') void save();
    else setActive(active + 1);
    if (step === 'identity' || step === 'contact') setProbe(duplicateProbeOf(draft));
  };

  const [titleKey] = stepTitles[step];
  const duplicateCount = duplicates.data?.items.length ?? 0;
  const contactMatches = (duplicates.data?.items ?? []).some((person) =>
    person.matchedOn.some((reason) => reason === 'phone' || reason === 'email'),
  );
  const nextLabel =
    step === 'duplicates' && duplicateCount > 0
      ? t('intake.notTheSame')
      : step === 'confirm'
        ? program
          ? t('intake.registerAndEnrol', { program: program.name })
          : t('intake.registerOnly')
        : t('app.next');

  return (
    <>
      <PageTitle title={t('intake.title')} intro={t('intake.intro')} />
      <Stepper
        active={active}
        onStepClick={(target) => (target < active ? setActive(target) : undefined)}
        allowNextStepsSelect={false}
        size="sm"
        mb="lg"
        aria-label={t('intake.steps')}
        orientation="horizontal"
        styles={{ steps: { flexWrap: 'wrap', rowGap: 8 } }}
      >
        {intakeSteps.map((name) => (
          <Stepper.Step key={name} label={t(stepTitles[name][0])} description={t(stepTitles[name][1])} />
        ))}
      </Stepper>

      <Paper withBorder p="md" component="form" onSubmit={submitStep} noValidate>
        {register.error ? (
          <Alert color="red" role="alert" mb="md" title={t('intake.nothingSaved')}>
            {errorMessage(register.error)}
          </Alert>
        ) : null}
        <Title order={2} size="h3" mb="md" tabIndex={-1} ref={stepHeading}>
          {t(titleKey)}
        </Title>
        {step === 'identity' ? <IdentityStep draft={draft} set={set} errors={errors} /> : null}
        {step === 'duplicates' ? <DuplicatesStep found={duplicates} /> : null}
        {step === 'contact' ? <ContactStep draft={draft} set={set} errors={errors} /> : null}
        {step === 'situation' ? <SituationStep draft={draft} set={set} errors={errors} /> : null}
        {step === 'consent' ? (
          <ConsentStep draft={draft} set={set} errors={errors} missing={Boolean(errors.consentGiven)} />
        ) : null}
        {step === 'program' ? (
          <ProgramStep
            draft={draft}
            set={set}
            errors={errors}
            programs={openPrograms}
            check={check}
            canOverride={canOverride}
            personName={displayName}
          />
        ) : null}
        {step === 'confirm' ? (
          <ConfirmStep
            draft={draft}
            programName={program?.name ?? null}
            overriding={overriding}
            contactMatches={contactMatches}
          />
        ) : null}

        <Group justify="space-between" mt="lg">
          {active > 0 ? (
            <Button variant="default" onClick={() => setActive(active - 1)}>
              {t('app.back')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" disabled={programBlocked} loading={register.isPending}>
            {nextLabel}
          </Button>
        </Group>
      </Paper>
    </>
  );
}
