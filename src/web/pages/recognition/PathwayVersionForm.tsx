import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type PathwayView, useAddPathwayVersion } from '../../api/recognition.js';
import { todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { bodyStep, draftOf, emptyStep, movedUp, orNull } from './step-drafts.js';
import { type StepDraft, VersionStepFields } from './VersionStepFields.js';

/** A new version of the pathway's steps, starting from the ones in force; cases already open keep theirs. */
export function PathwayVersionForm({ pathway, onDone }: { pathway: PathwayView; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useAddPathwayVersion(pathway.id);
  const [effectiveOn, setEffectiveOn] = useState(todayInOrganization());
  const [changeNote, setChangeNote] = useState('');
  const [steps, setSteps] = useState<StepDraft[]>(() => pathway.current.steps.map(draftOf));
  const errors = fieldErrorsOf(save.error);
  const change = (index: number, patch: Partial<StepDraft>) =>
    setSteps((rows) => rows.map((row, position) => (position === index ? { ...row, ...patch } : row)));
  const moveUp = (index: number) => setSteps((rows) => movedUp(rows, index));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await save.mutateAsync({
        effectiveOn,
        changeNote: orNull(changeNote),
        steps: steps.map(bodyStep),
      });
      notify({
        color: 'green',
        message: t('recognition.versionForm.saved', { number: saved.versions[0]?.number ?? '' }),
      });
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
      aria-labelledby="version-form-title"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="version-form-title">
          {t('recognition.versionForm.title')}
        </Title>
        <Text size="sm">{t('recognition.versionForm.intro')}</Text>
        {save.error ? (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            required
            label={t('recognition.versionForm.effectiveOn')}
            value={effectiveOn}
            error={errors.effectiveOn}
            onChange={(e) => setEffectiveOn(e.currentTarget.value)}
          />
          <Textarea
            label={t('recognition.versionForm.changeNote')}
            value={changeNote}
            error={errors.changeNote}
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
            errors={errors}
            onChange={(patch) => change(index, patch)}
            onMoveUp={() => moveUp(index)}
            onRemove={() => setSteps((rows) => rows.filter((_, position) => position !== index))}
          />
        ))}
        <Group gap="sm" wrap="wrap">
          <Button
            variant="default"
            onClick={() =>
              setSteps((rows) => [...rows, emptyStep(rows.length + 1, rows[0]?.currency ?? 'USD')])
            }
          >
            {t('recognition.versionForm.addStep')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('recognition.versionForm.submit')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
