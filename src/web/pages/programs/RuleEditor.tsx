import {
  ActionIcon,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { programDetail } from '../../../contracts/programs.js';
import { statusesOfCountry } from '../../../modules/people/domain/immigration-status.js';
import { useSession } from '../../api/session.js';

export type EligibilityRule = z.infer<typeof programDetail>['rules'][number];

export const ruleKinds = [
  'maxAge',
  'minAge',
  'allowedStatuses',
  'excludedStatuses',
  'minMonthsSinceAsylumApplication',
  'maxYearsSinceArrival',
  'foreignDegreeRequired',
  'residence',
  'anyOf',
  'allOf',
] as const satisfies readonly EligibilityRule['kind'][];

export function defaultRule(kind: EligibilityRule['kind']): EligibilityRule {
  switch (kind) {
    case 'maxAge':
      return { kind, years: 26, inclusive: false };
    case 'minAge':
      return { kind, years: 18 };
    case 'allowedStatuses':
    case 'excludedStatuses':
      return { kind, statuses: ['refugee'] };
    case 'minMonthsSinceAsylumApplication':
      return { kind, months: 6, strict: true };
    case 'maxYearsSinceArrival':
      return { kind, years: 5, strict: false };
    case 'foreignDegreeRequired':
      return { kind };
    case 'residence':
      return { kind, countries: ['FR'] };
    case 'anyOf':
    case 'allOf':
      return { kind, rules: [{ kind: 'minAge', years: 18 }] };
  }
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** One rule's parameters as form fields; groups ("any of", "all of") hold rules of their own. */
export function RuleEditor({
  rule,
  onChange,
  onRemove,
  path,
}: {
  rule: EligibilityRule;
  onChange: (rule: EligibilityRule) => void;
  onRemove: () => void;
  path: string;
}) {
  const { t } = useTranslation();
  // The statuses of the organization's country, and any the rule already names.
  const country = useSession().organization.country;
  const kindLabel = t(`ruleKind.${rule.kind}`);
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text component="legend" fw={600} size="sm">
          {path} · {kindLabel}
        </Text>
        <ActionIcon
          variant="subtle"
          color="red.8"
          onClick={onRemove}
          aria-label={`${t('app.remove')}: ${path} ${kindLabel}`}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <Stack gap="xs" mt="xs">
        {rule.kind === 'maxAge' || rule.kind === 'minAge' || rule.kind === 'maxYearsSinceArrival' ? (
          <NumberInput
            label={t('ruleField.years')}
            min={0}
            max={120}
            allowDecimal={false}
            value={rule.years}
            onChange={(value) => onChange({ ...rule, years: Number(value) || 0 })}
          />
        ) : null}
        {rule.kind === 'maxAge' ? (
          <Checkbox
            label={t('ruleField.inclusive')}
            checked={rule.inclusive}
            onChange={(event) => onChange({ ...rule, inclusive: event.currentTarget.checked })}
          />
        ) : null}
        {rule.kind === 'minMonthsSinceAsylumApplication' ? (
          <NumberInput
            label={t('ruleField.months')}
            min={0}
            max={240}
            allowDecimal={false}
            value={rule.months}
            onChange={(value) => onChange({ ...rule, months: Number(value) || 0 })}
          />
        ) : null}
        {rule.kind === 'minMonthsSinceAsylumApplication' || rule.kind === 'maxYearsSinceArrival' ? (
          <Checkbox
            label={t(
              rule.kind === 'minMonthsSinceAsylumApplication'
                ? 'ruleField.strictMore'
                : 'ruleField.strictLess',
            )}
            checked={rule.strict}
            onChange={(event) => onChange({ ...rule, strict: event.currentTarget.checked })}
          />
        ) : null}
        {rule.kind === 'allowedStatuses' || rule.kind === 'excludedStatuses' ? (
          <Checkbox.Group
            label={t('ruleField.statuses')}
            value={rule.statuses}
            onChange={(values) => onChange({ ...rule, statuses: values as typeof rule.statuses })}
          >
            <Group gap="sm" mt={4}>
              {[...new Set([...statusesOfCountry(country), ...rule.statuses])].map((status) => (
                <Checkbox key={status} value={status} label={t(`status.${status}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        {rule.kind === 'residence' ? (
          <>
            <TextInput
              label={t('ruleField.countries')}
              value={(rule.countries ?? []).join(', ')}
              onChange={(event) => onChange({ ...rule, countries: list(event.currentTarget.value) })}
            />
            <TextInput
              label={t('ruleField.regions')}
              value={(rule.regions ?? []).join(', ')}
              onChange={(event) => onChange({ ...rule, regions: list(event.currentTarget.value) })}
            />
            <TextInput
              label={t('ruleField.cities')}
              value={(rule.cities ?? []).join(', ')}
              onChange={(event) => onChange({ ...rule, cities: list(event.currentTarget.value) })}
            />
          </>
        ) : null}
        {rule.kind === 'anyOf' || rule.kind === 'allOf' ? (
          <RuleListEditor
            rules={rule.rules}
            onChange={(rules) => onChange({ ...rule, rules })}
            pathPrefix={`${path}.`}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

export function RuleListEditor({
  rules,
  onChange,
  pathPrefix = '',
}: {
  rules: EligibilityRule[];
  onChange: (rules: EligibilityRule[]) => void;
  pathPrefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {rules.map((rule, index) => (
        <RuleEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: rules are ordered and have no identity of their own
          key={index}
          path={`${pathPrefix}${index + 1}`}
          rule={rule}
          onChange={(next) => onChange(rules.map((other, position) => (position === index ? next : other)))}
          onRemove={() => onChange(rules.filter((_, position) => position !== index))}
        />
      ))}
      <NativeSelect
        label={pathPrefix ? `${t('ruleField.addRule')} (${pathPrefix.slice(0, -1)})` : t('ruleField.addRule')}
        value=""
        onChange={(event) => {
          const kind = event.currentTarget.value as EligibilityRule['kind'];
          if (kind) onChange([...rules, defaultRule(kind)]);
        }}
        data={[
          { value: '', label: '—' },
          ...ruleKinds.map((kind) => ({ value: kind, label: t(`ruleKind.${kind}`) })),
        ]}
      />
    </Stack>
  );
}
