import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { todayInOrganization } from '../format.js';

export interface Period {
  from: string;
  to: string;
}

/** A period of figures, the organization's current calendar year at first; valid once both days are set in order. */
export function useYearPeriod() {
  const year = todayInOrganization().slice(0, 4);
  const [period, setPeriod] = useState<Period>({ from: `${year}-01-01`, to: `${year}-12-31` });
  const valid = period.from !== '' && period.to !== '' && period.from <= period.to;
  return { period, setPeriod, valid };
}

/** The two days of a figures section's period. */
export function PeriodFields({
  period,
  onChange,
  fromLabel,
  toLabel,
}: {
  period: Period;
  onChange: (update: (period: Period) => Period) => void;
  fromLabel: string;
  toLabel: string;
}) {
  return (
    <Group mb="sm" wrap="wrap">
      <TextInput
        type="date"
        label={fromLabel}
        value={period.from}
        onChange={(event) => {
          const from = event.currentTarget.value;
          onChange((p) => ({ ...p, from }));
        }}
      />
      <TextInput
        type="date"
        label={toLabel}
        value={period.to}
        onChange={(event) => {
          const to = event.currentTarget.value;
          onChange((p) => ({ ...p, to }));
        }}
      />
    </Group>
  );
}
