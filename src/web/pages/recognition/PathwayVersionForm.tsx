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
import { type PathwayVersionBody, type PathwayView, useAddPathwayVersion } from '../../api/recognition.js';
import { todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { fromCents, toCents } from '../loan-fund/money.js';
import { type StepDraft, VersionStepFields } from './VersionStepFields.js';

type Step = PathwayView['current']['steps'][number];

let nextKey = 0;
const draftOf = (step: Step): StepDraft => ({
  key: nextKey++,
  kind: step.kind,
  labelFr: step.labelFr,
  labelEn: step.labelEn,
  evaluator: step.evaluator ?? '',
  reportType: step.reportType ?? '',
  languageTest: step.languageTest ?? '',
  levelRequired: step.levelRequired ?? '',
  cost: step.typicalCostCents === null ? '' : fromCents(step.typicalCostCents),
  currency: step.currency,
  duration: step.typicalDurationDays ?? '',
  sourceUrl: step.sourceUrl ?? '',
  sourceText: step.sourceText ?? '',
});

const orNull = (text: string) => (text.trim() ? text.trim() : null);

function bodyStep(draft: StepDraft): PathwayVersionBody['steps'][number] {
  const duration = typeof draft.duration === 'number' ? draft.duration : Number.parseInt(draft.duration, 10);
  return {
    kind: draft.kind,
    labelFr: draft.labelFr,
    labelEn: draft.labelEn,
    evaluator: orNull(draft.evaluator),
    reportType: orNull(draft.reportType),
    languageTest: orNull(draft.languageTest),
    levelRequired: orNull(draft.levelRequired),
    typicalCostCents: toCents(draft.cost),
    currency: draft.currency,
    typicalDurationDays: Number.isInteger(duration) ? duration : null,
    sourceUrl: orNull(draft.sourceUrl),
    sourceText: orNull(draft.sourceText),
  };
}

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
  const moveUp = (index: number) =>
    setSteps((rows) => {
      const copy = [...rows];
      [copy[index - 1], copy[index]] = [copy[index] as StepDraft, copy[index - 1] as StepDraft];
      return copy;
    });
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
              setSteps((rows) => [
                ...rows,
                {
                  ...draftOf({
                    position: rows.length + 1,
                    kind: 'other',
                    labelFr: '',
                    labelEn: '',
                    currency: rows[0]?.currency ?? 'USD',
                    evaluator: null,
                    reportType: null,
                    languageTest: null,
                    levelRequired: null,
                    typicalCostCents: null,
                    typicalDurationDays: null,
                    sourceUrl: null,
                    sourceText: null,
                  }),
                },
              ])
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
