import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The zones this browser knows by their canonical names (the server checks the same list), plus the current value. */
function knownZones(current: string | null): string[] {
  return [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...(current ? [current] : [])])].sort();
}

/** The IANA time zone of a person abroad, searched by city ('Tunis' finds Africa/Tunis). */
export function TimeZoneSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (zone: string | null) => void;
}) {
  const { t } = useTranslation();
  const zones = useMemo(
    () => knownZones(value).map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
    [value],
  );
  return (
    <Select
      label={t('relocationPlans.predeparture.timeZone')}
      placeholder={t('relocationPlans.predeparture.timeZonePlaceholder')}
      nothingFoundMessage={t('relocationPlans.predeparture.timeZoneNone')}
      data={zones}
      value={value}
      onChange={onChange}
      searchable
      clearable
      limit={50}
    />
  );
}
