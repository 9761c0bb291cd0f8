import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramDetail } from '../../../api/programs.js';
import { last12Months, lastYear, thisYear } from './figures-format.js';

export interface Period {
  from: string;
  to: string;
}

/**
 * The period the figures cover (two days, or a preset: the last 12 months, this year, last year) and,
 * for a consortium's program, one member organization or all.
 */
export function PeriodPicker({
  program,
  today,
  period,
  valid,
  onPeriod,
  member,
  onMember,
}: {
  program: ProgramDetail;
  today: string;
  period: Period;
  valid: boolean;
  onPeriod: (period: Period) => void;
  member: string | null;
  onMember: (member: string | null) => void;
}) {
  const { t } = useTranslation();
  const consortium = program.consortiumId !== null && program.organizations.length > 1;
  const presets = [
    { key: 'last12Months', period: last12Months(today) },
    { key: 'thisYear', period: thisYear(today) },
    { key: 'lastYear', period: lastYear(today) },
  ] as const;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend style={{ padding: 0, fontWeight: 600, marginBottom: 4 }}>
        {t('outcomeFigures.period.legend')}
      </legend>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t('outcomeFigures.period.from')}
          value={period.from}
          onChange={(event) => onPeriod({ ...period, from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('outcomeFigures.period.to')}
          value={period.to}
          error={valid ? undefined : t('outcomeFigures.period.invalid')}
          onChange={(event) => onPeriod({ ...period, to: event.currentTarget.value })}
        />
        {consortium ? (
          <Select
            label={t('outcomeFigures.period.member')}
            data={[
              { value: '', label: t('outcomeFigures.period.allMembers') },
              ...program.organizations.map((organization) => ({
                value: organization.id,
                label: organization.name,
              })),
            ]}
            value={member ?? ''}
            onChange={(value) => onMember(value ? value : null)}
            allowDeselect={false}
            w={{ base: '100%', xs: 300 }}
          />
        ) : null}
      </Group>
      <Group gap="xs" mt="xs" role="group" aria-label={t('outcomeFigures.period.presets')}>
        {presets.map((preset) => {
          const chosen = preset.period.from === period.from && preset.period.to === period.to;
          return (
            <Button
              key={preset.key}
              size="xs"
              variant={chosen ? 'filled' : 'default'}
              aria-pressed={chosen}
              onClick={() => onPeriod(preset.period)}
            >
              {t(`outcomeFigures.period.${preset.key}`)}
            </Button>
          );
        })}
      </Group>
    </fieldset>
  );
}
