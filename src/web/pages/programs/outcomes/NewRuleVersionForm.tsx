import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exitOutcomes } from '../../../../contracts/outcomes.js';
import { errorMessage, fieldErrorsOf } from '../../../api/errors.js';
import { type ExitRuleVersion, useAddExitRuleVersion } from '../../../api/outcome-figures.js';
import { todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { parseMonths, type RuleDraft, ruleBodyOf, ruleDraftOf } from './rule-draft.js';

/**
 * A new version of the rule, for its administrators: it starts as a copy of the latest and takes effect
 * on a day not before today (what was decided stays decided).
 */
export function NewRuleVersionForm({
  programId,
  from,
  onDone,
}: {
  programId: string;
  from: ExitRuleVersion | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInOrganization();
  const [draft, setDraft] = useState<RuleDraft>(() => ruleDraftOf(from, today));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const add = useAddExitRuleVersion(programId);
  const serverErrors = fieldErrorsOf(add.error);
  const errors = { ...serverErrors, ...localErrors };
  const outcomeOptions = exitOutcomes.map((code) => ({
    value: code,
    label: t(`outcomeFigures.outcome.${code}`),
  }));
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const followUpMonths = parseMonths(draft.followUpMonths);
    const found: Record<string, string> = {};
    if (followUpMonths === null) found.followUpMonths = t('outcomeFigures.rules.followUpMonthsInvalid');
    if (draft.positiveOutcomes.length === 0)
      found.positiveOutcomes = t('outcomeFigures.rules.positiveRequired');
    setLocalErrors(found);
    if (Object.keys(found).length > 0 || followUpMonths === null) return;
    try {
      // An effective date before today goes to the server too: its refusal is shown as it words it.
      const result = await add.mutateAsync(ruleBodyOf(draft, followUpMonths));
      notify({ color: 'green', message: t('outcomeFigures.rules.saved', { version: result.version }) });
      onDone();
    } catch {
      // Shown above the form.
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      mb="md"
      component="form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="exit-rule-form-title"
      noValidate
    >
      <Title order={3} size="h5" id="exit-rule-form-title">
        {t('outcomeFigures.rules.formTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('outcomeFigures.rules.formIntro')}
      </Text>
      {add.error ? (
        <Alert color="red" role="alert" mb="sm">
          {errorMessage(add.error)}
        </Alert>
      ) : null}
      <Stack gap="sm">
        <MultiSelect
          label={t('outcomeFigures.rules.positiveOutcomes')}
          data={outcomeOptions}
          value={draft.positiveOutcomes}
          onChange={(value) => set('positiveOutcomes', value as RuleDraft['positiveOutcomes'])}
          error={errors.positiveOutcomes}
          searchable
          required
        />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NumberInput
            label={t('outcomeFigures.rules.minimumMonths')}
            description={t('outcomeFigures.rules.minimumMonthsHint')}
            value={draft.fixedTermMinimumMonths}
            onChange={(value) => set('fixedTermMinimumMonths', value)}
            error={errors.fixedTermMinimumMonths}
            min={1}
            max={60}
            allowDecimal={false}
            maw={320}
          />
          <Radio.Group
            label={t('outcomeFigures.rules.comparison')}
            value={draft.fixedTermComparison}
            onChange={(value) => set('fixedTermComparison', value as RuleDraft['fixedTermComparison'])}
          >
            <Group gap="md" mt={6}>
              <Radio value="more_than" label={t('outcomeFigures.rules.moreThan')} />
              <Radio value="at_least" label={t('outcomeFigures.rules.atLeast')} />
            </Group>
          </Radio.Group>
        </Group>
        <MultiSelect
          label={t('outcomeFigures.rules.exclusions')}
          data={outcomeOptions}
          value={draft.exclusions}
          onChange={(value) => set('exclusions', value as RuleDraft['exclusions'])}
          error={errors.exclusions}
          searchable
        />
        <Checkbox
          label={t('outcomeFigures.rules.requireQualificationLevel')}
          checked={draft.requireQualificationLevel}
          onChange={(event) => set('requireQualificationLevel', event.currentTarget.checked)}
        />
        <Checkbox
          label={t('outcomeFigures.rules.requireCredential')}
          checked={draft.requireCredential}
          onChange={(event) => set('requireCredential', event.currentTarget.checked)}
        />
        <Checkbox
          label={t('outcomeFigures.rules.requireEmployedInFieldLabel')}
          description={t('outcomeFigures.rules.requireEmployedInFieldHint')}
          checked={draft.requireEmployedInField ?? false}
          onChange={(event) => set('requireEmployedInField', event.currentTarget.checked)}
        />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('outcomeFigures.rules.countingUnit')}
            data={[
              { value: 'person', label: t('outcomeFigures.rules.unit_person') },
              { value: 'household', label: t('outcomeFigures.rules.unit_household') },
            ]}
            value={draft.countingUnit}
            onChange={(value) => value && set('countingUnit', value as RuleDraft['countingUnit'])}
            allowDeselect={false}
          />
          <NumberInput
            label={t('outcomeFigures.rules.measuredMonths')}
            description={t('outcomeFigures.rules.measuredMonthsHint')}
            value={draft.measuredMonthsAfterEntry}
            onChange={(value) => set('measuredMonthsAfterEntry', value)}
            error={errors.measuredMonthsAfterEntry}
            min={1}
            max={60}
            allowDecimal={false}
            maw={360}
          />
        </Group>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('outcomeFigures.rules.followUpMonthsInput')}
            description={t('outcomeFigures.rules.followUpMonthsHint')}
            value={draft.followUpMonths}
            onChange={(event) => set('followUpMonths', event.currentTarget.value)}
            error={errors.followUpMonths}
            inputMode="numeric"
          />
          <NumberInput
            label={t('outcomeFigures.rules.attemptsInput')}
            value={draft.unreachableAfterAttempts}
            onChange={(value) => set('unreachableAfterAttempts', value)}
            error={errors.unreachableAfterAttempts}
            min={1}
            max={10}
            allowDecimal={false}
            required
            maw={360}
          />
        </Group>
        <TextInput
          type="date"
          label={t('outcomeFigures.rules.effectiveFromInput')}
          description={t('outcomeFigures.rules.effectiveFromHint')}
          value={draft.effectiveFrom}
          min={today}
          onChange={(event) => set('effectiveFrom', event.currentTarget.value)}
          error={errors.effectiveFrom}
          required
          maw={240}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('outcomeFigures.rules.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
