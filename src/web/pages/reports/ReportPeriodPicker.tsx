import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodContaining, previousPeriod } from '../../../modules/reports/domain/report-period.js';
import type { ProgramReport } from '../../api/reports.js';
import { todayInOrganization } from '../../format.js';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The period: two days, the template's current period (the one containing today) and the one before
 * the period shown. Days are plain calendar days, today in the organization's zone.
 */
export function ReportPeriodPicker({
  report,
  onPeriod,
}: {
  report: ProgramReport;
  onPeriod: (period: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(report.period.from);
  const [to, setTo] = useState(report.period.to);
  useEffect(() => {
    setFrom(report.period.from);
    setTo(report.period.to);
  }, [report.period.from, report.period.to]);
  const { kind, startMonth } = report.template.definition.period;
  const valid = isDay(from) && isDay(to) && from <= to;
  const apply = (next: { from: string; to: string }) => {
    if (isDay(next.from) && isDay(next.to) && next.from <= next.to) onPeriod(next);
  };
  const current = periodContaining(kind, todayInOrganization(), startMonth);
  const previous = previousPeriod(kind, report.period.from, startMonth);
  const shortcuts = [
    { key: 'previous', period: previous },
    { key: 'current', period: current },
  ] as const;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend style={{ padding: 0, fontWeight: 600, marginBottom: 4 }}>
        {t('reports.period.legend')} — {t(`reports.periodKind.${kind}`)}
      </legend>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t('reports.period.from')}
          value={from}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setFrom(value);
            apply({ from: value, to });
          }}
        />
        <TextInput
          type="date"
          label={t('reports.period.to')}
          value={to}
          error={valid ? undefined : t('reports.period.invalid')}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setTo(value);
            apply({ from, to: value });
          }}
        />
      </Group>
      <Group gap="xs" mt="xs" role="group" aria-label={t('reports.period.shortcuts')}>
        {shortcuts.map((shortcut) => {
          const chosen =
            shortcut.period.from === report.period.from && shortcut.period.to === report.period.to;
          return (
            <Button
              key={shortcut.key}
              size="xs"
              variant={chosen ? 'filled' : 'default'}
              aria-pressed={chosen}
              onClick={() => onPeriod(shortcut.period)}
            >
              {t(`reports.period.${shortcut.key}`)}
            </Button>
          );
        })}
      </Group>
    </fieldset>
  );
}
