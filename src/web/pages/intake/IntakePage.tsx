import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeSources } from '../../../contracts/programs.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  commonLanguages,
  educationLevels,
  type IntakeDraft,
  immigrationStatuses,
  intakeFieldOf,
  languageLevels,
  useCreatePerson,
} from '../../api/people.js';
import { EnrolPanel, type IntakeSource } from '../../components/EnrolPanel.js';
import { PageTitle } from '../../components/PageTitle.js';
import { notify } from '../../notify.js';
import { languageName } from '../person/BackgroundTabs.js';

const emptyDraft: IntakeDraft = {
  firstName: '',
  lastName: '',
  originalFirstName: '',
  originalLastName: '',
  birthDate: '',
  immigrationStatus: '',
  asylumApplicationDate: '',
  statusDate: '',
  arrivalDate: '',
  languages: [{ language: '', level: '' }],
  educationLevel: '',
  hasForeignDegree: false,
  referralSource: '',
  partnerName: '',
  sourceNote: '',
};

/** Which step each field sits on, so an API validation error brings the person back there. */
const stepOfField: Record<string, number> = {
  firstName: 0,
  lastName: 0,
  originalFirstName: 0,
  originalLastName: 0,
  birthDate: 0,
  immigrationStatus: 1,
  asylumApplicationDate: 1,
  statusDate: 1,
  arrivalDate: 1,
  languages: 2,
  educationLevel: 2,
  referralSource: 3,
  partnerName: 3,
};

export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState<IntakeDraft>(emptyDraft);
  const [personId, setPersonId] = useState<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const createPerson = useCreatePerson();
  const [sourceMissing, setSourceMissing] = useState(false);
  const errors: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(fieldErrorsOf(createPerson.error)).map(([path, message]) => [
        intakeFieldOf(path),
        message,
      ]),
    ),
    ...(sourceMissing ? { referralSource: t('app.required') } : {}),
  };
  const displayName = `${draft.firstName} ${draft.lastName}`.trim();

  // Keyboard and screen-reader users land on the new step's heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    stepHeading.current?.focus();
  }, [active]);

  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) =>
    setDraft({ ...draft, [key]: value });
  const text = (key: keyof IntakeDraft) => ({
    value: draft[key] as string,
    error: errors[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(key, event.currentTarget.value as never),
  });

  const register = async () => {
    try {
      const created = await createPerson.mutateAsync(draft);
      setPersonId(created.id);
      notify({ color: 'green', message: t('intake.created', { name: displayName }) });
      setActive(4);
    } catch (error) {
      const fields = Object.keys(fieldErrorsOf(error)).map(intakeFieldOf);
      const first = Math.min(...fields.map((field) => stepOfField[field.split('.')[0] ?? ''] ?? 4));
      if (Number.isFinite(first) && first < 4) setActive(first);
    }
  };

  const submitStep = (event: FormEvent) => {
    event.preventDefault();
    if (active < 3) setActive(active + 1);
    else if (active === 3) {
      // How the person was found is recorded with the enrolment; it is asked for here, at intake.
      setSourceMissing(!draft.referralSource);
      if (draft.referralSource) void register();
    }
  };

  const stepTitle = (title: string) => (
    <Title order={2} size="h3" mb="md" tabIndex={-1} ref={stepHeading}>
      {title}
    </Title>
  );

  return (
    <>
      <PageTitle title={t('intake.title')} intro={t('intake.intro')} />
      <Stepper
        active={active}
        onStepClick={(step) => (personId ? undefined : setActive(step))}
        allowNextStepsSelect={false}
        size="sm"
        mb="lg"
        aria-label={t('intake.steps')}
        orientation="horizontal"
        styles={{ steps: { flexWrap: 'wrap', rowGap: 8 } }}
      >
        <Stepper.Step
          label={t('intake.identity')}
          description={t('intake.identityDescription')}
          allowStepSelect={!personId}
        />
        <Stepper.Step
          label={t('intake.status')}
          description={t('intake.statusDescription')}
          allowStepSelect={!personId}
        />
        <Stepper.Step
          label={t('intake.background')}
          description={t('intake.backgroundDescription')}
          allowStepSelect={!personId}
        />
        <Stepper.Step
          label={t('intake.source')}
          description={t('intake.sourceDescription')}
          allowStepSelect={!personId}
        />
        <Stepper.Step
          label={t('intake.program')}
          description={t('intake.programDescription')}
          allowStepSelect={false}
        />
      </Stepper>

      <Paper withBorder p="md" component="form" onSubmit={submitStep} noValidate>
        {createPerson.error ? (
          <Alert color="red" role="alert" mb="md">
            {errorMessage(createPerson.error)}
          </Alert>
        ) : null}

        {active === 0 ? (
          <>
            {stepTitle(t('intake.identity'))}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('person.firstName')} required autoComplete="off" {...text('firstName')} />
              <TextInput label={t('person.lastName')} required autoComplete="off" {...text('lastName')} />
              <TextInput
                label={t('person.originalFirstName')}
                dir="auto"
                autoComplete="off"
                {...text('originalFirstName')}
              />
              <TextInput
                label={t('person.originalLastName')}
                dir="auto"
                autoComplete="off"
                {...text('originalLastName')}
              />
              <TextInput label={t('person.birthDate')} type="date" required {...text('birthDate')} />
            </SimpleGrid>
          </>
        ) : null}

        {active === 1 ? (
          <>
            {stepTitle(t('intake.status'))}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('person.immigrationStatus')}
                {...text('immigrationStatus')}
                data={[
                  { value: '', label: t('app.unknown') },
                  ...immigrationStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
                ]}
              />
              {draft.immigrationStatus === 'asylum_seeker' ? (
                <TextInput
                  label={t('person.asylumApplicationDate')}
                  type="date"
                  {...text('asylumApplicationDate')}
                />
              ) : (
                <TextInput label={t('person.statusDate')} type="date" {...text('statusDate')} />
              )}
              <TextInput label={t('person.arrivalDate')} type="date" {...text('arrivalDate')} />
            </SimpleGrid>
          </>
        ) : null}

        {active === 2 ? (
          <>
            {stepTitle(t('intake.background'))}
            <Stack gap="sm">
              {draft.languages.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
                <Group key={index} align="flex-end" wrap="wrap">
                  <NativeSelect
                    label={`${t('person.language')} ${index + 1}`}
                    value={entry.language}
                    error={errors[`languages.${index}.language`]}
                    data={[
                      { value: '', label: '—' },
                      ...commonLanguages.map((code) => ({ value: code, label: languageName(code) })),
                    ]}
                    onChange={(event) => {
                      const languages = [...draft.languages];
                      languages[index] = { ...entry, language: event.currentTarget.value };
                      set('languages', languages);
                    }}
                  />
                  <NativeSelect
                    label={`${t('person.level')} ${index + 1}`}
                    value={entry.level}
                    onChange={(event) => {
                      const languages = [...draft.languages];
                      languages[index] = { ...entry, level: event.currentTarget.value };
                      set('languages', languages);
                    }}
                    data={[
                      { value: '', label: t('app.unknown') },
                      ...languageLevels.map((level) => ({
                        value: level,
                        label: t(`languageLevel.${level}`),
                      })),
                    ]}
                  />
                  {draft.languages.length > 1 ? (
                    <Button
                      variant="default"
                      c="red.9"
                      onClick={() =>
                        set(
                          'languages',
                          draft.languages.filter((_, other) => other !== index),
                        )
                      }
                    >
                      {t('app.remove')}
                    </Button>
                  ) : null}
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  onClick={() => set('languages', [...draft.languages, { language: '', level: '' }])}
                >
                  {t('person.addLanguage')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('person.educationLevel')}
                  {...text('educationLevel')}
                  data={[
                    { value: '', label: t('app.unknown') },
                    ...Object.keys(educationLevels).map((level) => ({
                      value: level,
                      label: t(`educationLevel.${level}`),
                    })),
                  ]}
                />
                <NativeSelect
                  label={t('person.foreignDegree')}
                  value={draft.hasForeignDegree ? 'yes' : 'no'}
                  onChange={(event) => set('hasForeignDegree', event.currentTarget.value === 'yes')}
                  data={[
                    { value: 'no', label: t('app.no') },
                    { value: 'yes', label: t('app.yes') },
                  ]}
                />
              </SimpleGrid>
            </Stack>
          </>
        ) : null}

        {active === 3 ? (
          <>
            {stepTitle(t('intake.source'))}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('intake.referralSource')}
                {...text('referralSource')}
                data={[
                  { value: '', label: t('app.unknown') },
                  ...intakeSources.map((source) => ({ value: source, label: t(`source.${source}`) })),
                ]}
              />
              {draft.referralSource === 'partner_referral' ? (
                <TextInput label={t('intake.partnerName')} {...text('partnerName')} />
              ) : null}
            </SimpleGrid>
            <Textarea label={t('intake.sourceNote')} mt="sm" autosize minRows={2} {...text('sourceNote')} />
          </>
        ) : null}

        {active === 4 && personId ? (
          <>
            {stepTitle(t('intake.program'))}
            <EnrolPanel
              personId={personId}
              personName={displayName}
              intake={{
                source: draft.referralSource as IntakeSource,
                note: [draft.partnerName.trim(), draft.sourceNote.trim()].filter(Boolean).join(' — ') || null,
              }}
              onEnrolled={(programName) => {
                notify({
                  color: 'green',
                  message: t('intake.enrolled', { name: displayName, program: programName }),
                });
                void navigate({
                  to: '/people/$personId',
                  params: { personId },
                  search: { tab: 'enrolments' },
                });
              }}
              secondaryAction={(programChosen) => (
                <Button
                  variant="default"
                  renderRoot={(props) => (
                    <Link to="/people/$personId" params={{ personId }} search={{}} {...props} />
                  )}
                >
                  {programChosen ? t('intake.skip') : t('intake.openFile')}
                </Button>
              )}
            />
          </>
        ) : null}

        <Group justify="space-between" mt="lg">
          {active > 0 && active < 4 ? (
            <Button variant="default" onClick={() => setActive(active - 1)}>
              {t('app.back')}
            </Button>
          ) : (
            <span />
          )}
          {active < 3 ? <Button type="submit">{t('app.next')}</Button> : null}
          {active === 3 ? (
            <Button type="submit" loading={createPerson.isPending}>
              {t('intake.create')}
            </Button>
          ) : null}
        </Group>
      </Paper>
    </>
  );
}
