import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { mayAddPathways, useCreatePathway } from '../../api/recognition.js';
import { useSession } from '../../api/session.js';
import {
  ClassificationOccupationPicker,
  type ClassifiedOccupation,
} from '../../components/ClassificationOccupationPicker.js';
import { PageTitle } from '../../components/PageTitle.js';
import { todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { bodyStep, emptyStep, movedUp, orNull } from './step-drafts.js';
import { type StepCurrency, type StepDraft, VersionStepFields } from './VersionStepFields.js';

/** The currency a new pathway's steps start in, from where its rules apply. */
const currencyOf = (jurisdiction: string): StepCurrency =>
  jurisdiction.startsWith('CA') ? 'CAD' : jurisdiction.startsWith('US') ? 'USD' : 'EUR';

/**
 * The working group writes a pathway: the occupation in any classification (picked with the search
 * across ESCO, ROME, O*NET-SOC and NOC), where the rules apply, the regulator, and the steps of its
 * first version with their typical costs, durations and sources. Saved, the pathway opens.
 */
export function NewPathwayPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const create = useCreatePathway();
  const [occupation, setOccupation] = useState<ClassifiedOccupation | null>(null);
  const [occupationMissing, setOccupationMissing] = useState(false);
  const [jurisdiction, setJurisdiction] = useState('');
  const [routeName, setRouteName] = useState('');
  const [regulated, setRegulated] = useState(true);
  const [regulatorName, setRegulatorName] = useState('');
  const [regulatorUrl, setRegulatorUrl] = useState('');
  const [illustrative, setIllustrative] = useState(false);
  const [shared, setShared] = useState(true);
  const [effectiveOn, setEffectiveOn] = useState(todayInOrganization());
  const [changeNote, setChangeNote] = useState('');
  const [steps, setSteps] = useState<StepDraft[]>(() => [emptyStep(1, 'USD')]);
  const errors = fieldErrorsOf(create.error);
  const change = (index: number, patch: Partial<StepDraft>) =>
    setSteps((rows) => rows.map((row, position) => (position === index ? { ...row, ...patch } : row)));

  if (!mayAddPathways(session.role)) {
    return (
      <>
        <PageTitle title={t('recognition.newPathway.title')} />
        <Text role="status">{t('recognition.newPathway.notAllowed')}</Text>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!occupation) {
      setOccupationMissing(true);
      return;
    }
    try {
      const saved = await create.mutateAsync({
        occupation: { scheme: occupation.scheme, code: occupation.code },
        jurisdiction: jurisdiction.trim().toUpperCase(),
        routeName: orNull(routeName),
        regulated,
        regulatorName: orNull(regulatorName),
        regulatorUrl: orNull(regulatorUrl),
        illustrative,
        sharedWithConsortium: shared,
        firstVersion: { effectiveOn, changeNote: orNull(changeNote), steps: steps.map(bodyStep) },
      });
      notify({ color: 'green', message: t('recognition.newPathway.saved') });
      await navigate({ to: '/recognition/pathways/$pathwayId', params: { pathwayId: saved.id } });
    } catch {
      // Shown in the form.
    }
  };

  const occupationError = occupationMissing
    ? t('recognition.newPathway.occupationRequired')
    : (errors['occupation.code'] ?? errors['occupation.scheme'] ?? errors.occupation);
  const at = (field: string) => errors[`firstVersion.${field}`];
  const stepErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith('firstVersion.steps.'))
      .map(([key, message]) => [key.slice('firstVersion.'.length), message]),
  );

  return (
    <>
      <Anchor size="sm" renderRoot={(props) => <Link to="/recognition" {...props} />}>
        {t('recognition.pathway.back')}
      </Anchor>
      <PageTitle title={t('recognition.newPathway.title')} intro={t('recognition.newPathway.intro')} />
      <form onSubmit={submit} noValidate aria-label={t('recognition.newPathway.title')}>
        <Stack gap="md">
          {create.error ? (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          ) : null}
          <Paper withBorder p="md" component="section" aria-labelledby="new-pathway-where">
            <Stack gap="sm">
              <Title order={2} size="h4" id="new-pathway-where">
                {t('recognition.newPathway.whatWhere')}
              </Title>
              <ClassificationOccupationPicker
                label={t('recognition.catalogue.occupation')}
                value={occupation}
                onChange={(value) => {
                  setOccupation(value);
                  if (value) setOccupationMissing(false);
                }}
              />
              {occupationError ? (
                <Text size="sm" c="red.8" role="alert">
                  {occupationError}
                </Text>
              ) : null}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  required
                  label={t('recognition.catalogue.jurisdiction')}
                  description={t('recognition.newPathway.jurisdictionHint')}
                  value={jurisdiction}
                  error={errors.jurisdiction}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setJurisdiction(value);
                    const currency = currencyOf(value.trim().toUpperCase());
                    setSteps((rows) =>
                      rows.every((row) => row.cost === '') ? rows.map((row) => ({ ...row, currency })) : rows,
                    );
                  }}
                />
                <TextInput
                  label={t('recognition.newPathway.routeName')}
                  description={t('recognition.newPathway.routeNameHint')}
                  value={routeName}
                  error={errors.routeName}
                  onChange={(e) => setRouteName(e.currentTarget.value)}
                />
                <TextInput
                  label={t('recognition.newPathway.regulatorName')}
                  value={regulatorName}
                  error={errors.regulatorName}
                  onChange={(e) => setRegulatorName(e.currentTarget.value)}
                />
                <TextInput
                  type="url"
                  label={t('recognition.newPathway.regulatorUrl')}
                  value={regulatorUrl}
                  error={errors.regulatorUrl}
                  onChange={(e) => setRegulatorUrl(e.currentTarget.value)}
                />
              </SimpleGrid>
              <Group gap="lg" wrap="wrap">
                <Checkbox
                  label={t('recognition.newPathway.regulated')}
                  checked={regulated}
                  onChange={(e) => setRegulated(e.currentTarget.checked)}
                />
                <Checkbox
                  label={t('recognition.newPathway.illustrative')}
                  description={t('recognition.newPathway.illustrativeHint')}
                  checked={illustrative}
                  onChange={(e) => setIllustrative(e.currentTarget.checked)}
                />
                <Checkbox
                  label={t('recognition.newPathway.shared')}
                  checked={shared}
                  onChange={(e) => setShared(e.currentTarget.checked)}
                />
              </Group>
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="new-pathway-steps">
            <Stack gap="sm">
              <Title order={2} size="h4" id="new-pathway-steps">
                {t('recognition.newPathway.steps')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="date"
                  required
                  label={t('recognition.versionForm.effectiveOn')}
                  value={effectiveOn}
                  error={at('effectiveOn')}
                  onChange={(e) => setEffectiveOn(e.currentTarget.value)}
                />
                <Textarea
                  label={t('recognition.newPathway.note')}
                  value={changeNote}
                  error={at('changeNote')}
                  autosize
                  minRows={1}
                  onChange={(e) => setChangeNote(e.currentTarget.value)}
                />
              </SimpleGrid>
              {steps.map((step, index) => (
                <VersionStepFields
                  key={step.key}
                  step={step}
                  index={index}
                  count={steps.length}
                  errors={stepErrors}
                  onChange={(patch) => change(index, patch)}
                  onMoveUp={() => setSteps((rows) => movedUp(rows, index))}
                  onRemove={() => setSteps((rows) => rows.filter((_, position) => position !== index))}
                />
              ))}
              <Group gap="sm" wrap="wrap">
                <Button
                  variant="default"
                  onClick={() =>
                    setSteps((rows) => [
                      ...rows,
                      emptyStep(rows.length + 1, rows.at(-1)?.currency ?? currencyOf(jurisdiction)),
                    ])
                  }
                >
                  {t('recognition.versionForm.addStep')}
                </Button>
                <Button type="submit" loading={create.isPending}>
                  {t('recognition.newPathway.submit')}
                </Button>
                <Button variant="subtle" renderRoot={(props) => <Link to="/recognition" {...props} />}>
                  {t('app.cancel')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </form>
    </>
  );
}
