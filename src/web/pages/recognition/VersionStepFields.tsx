import { ActionIcon, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pathwayCurrencies, pathwayStepKinds } from '../../api/recognition.js';
import { MoneyInput } from '../loan-fund/ui.js';

export type StepKind = (typeof pathwayStepKinds)[number];
export type StepCurrency = (typeof pathwayCurrencies)[number];

/** One step of a version being written, as typed (amounts and days as the inputs hold them). */
export interface StepDraft {
  key: number;
  kind: StepKind;
  labelFr: string;
  labelEn: string;
  evaluator: string;
  reportType: string;
  languageTest: string;
  levelRequired: string;
  cost: number | string;
  currency: StepCurrency;
  duration: number | string;
  sourceUrl: string;
  sourceText: string;
}

/** A step's fields: its kind and labels, the evaluator or the language test its kind asks for, cost, duration, source. */
export function VersionStepFields({
  step,
  index,
  count,
  errors,
  onChange,
  onMoveUp,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<StepDraft>) => void;
  onMoveUp: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const at = (field: string) => errors[`steps.${index}.${field}`];
  return (
    <Fieldset legend={t('recognition.versionForm.stepN', { n })} p="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <NativeSelect
          label={t('recognition.pathway.kind')}
          value={step.kind}
          onChange={(e) => onChange({ kind: e.currentTarget.value as StepKind })}
          data={pathwayStepKinds.map((kind) => ({
            value: kind,
            label: t(`recognition.stepKind.${kind}`),
          }))}
        />
        <TextInput
          required
          label={t('recognition.versionForm.labelFr')}
          value={step.labelFr}
          error={at('labelFr')}
          onChange={(e) => onChange({ labelFr: e.currentTarget.value })}
        />
        <TextInput
          required
          label={t('recognition.versionForm.labelEn')}
          value={step.labelEn}
          error={at('labelEn')}
          onChange={(e) => onChange({ labelEn: e.currentTarget.value })}
        />
        {step.kind === 'credential_evaluation' ? (
          <>
            <TextInput
              label={t('recognition.versionForm.evaluator')}
              value={step.evaluator}
              error={at('evaluator')}
              onChange={(e) => onChange({ evaluator: e.currentTarget.value })}
            />
            <TextInput
              label={t('recognition.versionForm.reportType')}
              value={step.reportType}
              error={at('reportType')}
              onChange={(e) => onChange({ reportType: e.currentTarget.value })}
            />
          </>
        ) : null}
        {step.kind === 'language_test' ? (
          <>
            <TextInput
              label={t('recognition.versionForm.languageTest')}
              value={step.languageTest}
              error={at('languageTest')}
              onChange={(e) => onChange({ languageTest: e.currentTarget.value })}
            />
            <TextInput
              label={t('recognition.versionForm.levelRequired')}
              value={step.levelRequired}
              error={at('levelRequired')}
              onChange={(e) => onChange({ levelRequired: e.currentTarget.value })}
            />
          </>
        ) : null}
        <NativeSelect
          label={t('recognition.versionForm.currency')}
          value={step.currency}
          onChange={(e) => onChange({ currency: e.currentTarget.value as StepCurrency })}
          data={[...pathwayCurrencies]}
        />
        <MoneyInput
          label={t('recognition.versionForm.cost')}
          currency={step.currency}
          value={step.cost}
          error={at('typicalCostCents')}
          onChange={(value) => onChange({ cost: value })}
        />
        <NumberInput
          label={t('recognition.versionForm.duration')}
          value={step.duration}
          min={0}
          max={3650}
          allowDecimal={false}
          error={at('typicalDurationDays')}
          onChange={(value) => onChange({ duration: value })}
        />
        <TextInput
          type="url"
          label={t('recognition.versionForm.sourceUrl')}
          value={step.sourceUrl}
          error={at('sourceUrl')}
          onChange={(e) => onChange({ sourceUrl: e.currentTarget.value })}
        />
        <TextInput
          label={t('recognition.versionForm.sourceText')}
          value={step.sourceText}
          error={at('sourceText')}
          onChange={(e) => onChange({ sourceText: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Group gap="xs" mt="xs">
        {index > 0 ? (
          <ActionIcon
            variant="default"
            aria-label={t('recognition.versionForm.moveUp', { n })}
            onClick={onMoveUp}
          >
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
        ) : null}
        {count > 1 ? (
          <ActionIcon
            variant="default"
            color="red"
            aria-label={t('recognition.versionForm.removeStep', { n })}
            onClick={onRemove}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        ) : null}
      </Group>
    </Fieldset>
  );
}
