import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrontDoorPlaces } from './front-door-form-api.js';

/** A municipality of Québec chosen in a list that follows what the person types (reference data, public). */
export function MunicipalityPicker({
  slug,
  value,
  onChange,
  error,
}: {
  slug: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const places = useFrontDoorPlaces(slug, search);
  const options = (places.data?.items ?? []).map((place) => ({
    value: place.code,
    label: place.regionName ? `${place.name} (${place.regionName})` : place.name,
  }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      label={t('frontDoorForm.residence.municipality')}
      description={t('frontDoorForm.residence.municipalityHelp')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already chose the places that match: the list shows them as they come.
      filter={({ options: all }) => all}
      data={data}
      value={value}
      onChange={(code, option) => {
        setChosen(option ?? null);
        onChange(code);
      }}
      nothingFoundMessage={
        search.trim().length >= 2 && !places.isFetching
          ? t('frontDoorForm.residence.noMunicipality')
          : undefined
      }
      error={error}
      styles={{ input: { minHeight: 44 } }}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
