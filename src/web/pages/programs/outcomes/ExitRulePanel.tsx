import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exitOutcomes } from '../../../../contracts/outcomes.js';
import { errorMessage, fieldErrorsOf } from '../../../api/errors.js';
import {
  type ExitRuleVersion,
  type ExitRuleVersionBody,
  useAddExitRuleVersion,
} from '../../../api/outcome-figures.js';
import { formatDate, formatDateTime, todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';

type Draft = Omit<
  ExitRuleVersionBody,
  'followUpMonths' | 'fixedTermMinimumMonths' | 'measuredMonthsAfterEntry' | 'unreachableAfterAttempts'
> & {
  followUpMonths: string;
  fixedTermMinimumMonths: number | string;
  measuredMonthsAfterEntry: number | string;
  unreachableAfterAttempts: number | string;
};

const defaultRule: Omit<ExitRuleVersion, 'id' | 'version' | 'effectiveFrom' | 'createdAt' | 'createdBy'> = {
  positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
  fixedTermMinimumMonths: 6,
  fixedTermComparison: 'at_least',
  exclusions: ['moved_abroad', 'long_illness', 'institutionalised', 'deceased'],
  requireQualificationLevel: false,
  requireCredential: false,
  countingUnit: 'person',
  measuredMonthsAfterEntry: null,
  followUpMonths: [3, 6, 12, 18],
  unreachableAfterAttempts: 3,
};

/** The versions of the program's positive-exit rule, newest first, and a new version for its administrators. */
export function ExitRulePanel({
  programId,
  versions,
  canAdd,
}: {
  programId: string;
  versions: ExitRuleVersion[];
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const today = todayInOrganization();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  // The version in force: the newest already effective (a later one may be planned).
  const current = sorted.find((version) => version.effectiveFrom <= today) ?? null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="exit-rule-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="exit-rule-title">
          {t('outcomeFigures.rules.title')}
        </Title>
        {canAdd && !adding ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('outcomeFigures.rules.newVersion')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outcomeFigures.rules.intro')}
      </Text>
      {adding ? (
        <NewVersionForm programId={programId} from={sorted[0] ?? null} onDone={() => setAdding(false)} />
      ) : null}
      {sorted.length === 0 ? (
        <Text>{t('outcomeFigures.rules.none')}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {sorted.map((version) => (
            <li key={version.id}>
              <VersionCard version={version} current={version.id === current?.id} />
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function VersionCard({ version, current }: { version: ExitRuleVersion; current: boolean }) {
  const { t } = useTranslation();
  const outcome = (code: string) => t(`outcomeFigures.outcome.${code}`);
  const id = `exit-rule-version-${version.version}`;
  const fixedTerm =
    version.fixedTermMinimumMonths === null
      ? t('outcomeFigures.rules.fixedTermAny')
      : version.fixedTermComparison === 'more_than'
        ? t('outcomeFigures.rules.fixedTermMoreThan', { months: version.fixedTermMinimumMonths })
        : t('outcomeFigures.rules.fixedTermAtLeast', { months: version.fixedTermMinimumMonths });
  const requirements = [
    version.requireQualificationLevel ? t('outcomeFigures.rules.requireQualificationLevel') : null,
    version.requireCredential ? t('outcomeFigures.rules.requireCredential') : null,
  ].filter((value): value is string => value !== null);
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={id}>
      <Group gap="xs" mb={4}>
        <Title order={3} size="h5" id={id}>
          {t('outcomeFigures.rules.version', { version: version.version })}
        </Title>
        {current ? (
          <Badge variant="filled" color="blue.8">
            {t('outcomeFigures.rules.current')}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" mb="xs">
        {t('outcomeFigures.rules.effectiveFrom', { date: formatDate(version.effectiveFrom) })}
        {version.createdBy
          ? ` — ${t('outcomeFigures.rules.createdBy', { name: version.createdBy, date: formatDateTime(version.createdAt) })}`
          : ''}
      </Text>
      <SimpleGrid component="dl" m={0} cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={4}>
        <Fact label={t('outcomeFigures.rules.positiveOutcomes')}>
          {version.positiveOutcomes.map(outcome).join(', ')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.fixedTerm')}>{fixedTerm}</Fact>
        <Fact label={t('outcomeFigures.rules.exclusions')}>
          {version.exclusions.length > 0
            ? version.exclusions.map(outcome).join(', ')
            : t('outcomeFigures.rules.noExclusions')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.requirements')}>
          {requirements.length > 0 ? requirements.join(', ') : t('outcomeFigures.rules.noRequirements')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.countingUnit')}>
          {t(`outcomeFigures.rules.unit_${version.countingUnit}`)}
        </Fact>
        <Fact label={t('outcomeFigures.rules.measuredAfterEntry')}>
          {version.measuredMonthsAfterEntry === null
            ? t('outcomeFigures.rules.atExit')
            : t('outcomeFigures.rules.monthsAfterEntry', { months: version.measuredMonthsAfterEntry })}
        </Fact>
        <Fact label={t('outcomeFigures.rules.followUpMonths')}>
          {version.followUpMonths.length > 0
            ? version.followUpMonths
                .map((months) => t('outcomeFigures.rules.followUpMonthsValue', { months }))
                .join(', ')
            : t('outcomeFigures.rules.noFollowUps')}
        </Fact>
        <Fact label={t('outcomeFigures.rules.attempts')}>
          {t('outcomeFigures.rules.attemptsValue', { count: version.unreachableAfterAttempts })}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

function draftOf(from: ExitRuleVersion | null, today: string): Draft {
  const rule = from ?? defaultRule;
  return {
    positiveOutcomes: [...rule.positiveOutcomes],
    fixedTermMinimumMonths: rule.fixedTermMinimumMonths ?? '',
    fixedTermComparison: rule.fixedTermComparison,
    exclusions: [...rule.exclusions],
    requireQualificationLevel: rule.requireQualificationLevel,
    requireCredential: rule.requireCredential,
    countingUnit: rule.countingUnit,
    measuredMonthsAfterEntry: rule.measuredMonthsAfterEntry ?? '',
    followUpMonths: rule.followUpMonths.join(', '),
    unreachableAfterAttempts: rule.unreachableAfterAttempts,
    effectiveFrom: today,
  };
}

/** "3, 6, 12" → [3, 6, 12]; null when a part is not a whole number of months from 1 to 60. */
function parseMonths(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const months = parts.map(Number);
  if (months.some((value) => !Number.isInteger(value) || value < 1 || value > 60)) return null;
  return [...new Set(months)].sort((a, b) => a - b);
}

const orNull = (value: number | string) => (value === '' ? null : Number(value));

function NewVersionForm({
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
  const [draft, setDraft] = useState<Draft>(() => draftOf(from, today));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const add = useAddExitRuleVersion(programId);
  const serverErrors = fieldErrorsOf(add.error);
  const errors = { ...serverErrors, ...localErrors };
  const outcomeOptions = exitOutcomes.map((code) => ({
    value: code,
    label: t(`outcomeFigures.outcome.${code}`),
  }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

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
      const result = await add.mutateAsync({
        positiveOutcomes: draft.positiveOutcomes,
        fixedTermMinimumMonths: orNull(draft.fixedTermMinimumMonths),
        fixedTermComparison: draft.fixedTermComparison,
        exclusions: draft.exclusions,
        requireQualificationLevel: draft.requireQualificationLevel,
        requireCredential: draft.requireCredential,
        countingUnit: draft.countingUnit,
        measuredMonthsAfterEntry: orNull(draft.measuredMonthsAfterEntry),
        followUpMonths,
        unreachableAfterAttempts: Number(draft.unreachableAfterAttempts),
        effectiveFrom: draft.effectiveFrom,
      });
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
          onChange={(value) => set('positiveOutcomes', value as Draft['positiveOutcomes'])}
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
            onChange={(value) => set('fixedTermComparison', value as Draft['fixedTermComparison'])}
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
          onChange={(value) => set('exclusions', value as Draft['exclusions'])}
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
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('outcomeFigures.rules.countingUnit')}
            data={[
              { value: 'person', label: t('outcomeFigures.rules.unit_person') },
              { value: 'household', label: t('outcomeFigures.rules.unit_household') },
            ]}
            value={draft.countingUnit}
            onChange={(value) => value && set('countingUnit', value as Draft['countingUnit'])}
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
