import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FrontDoorLanguage } from './form-i18n.js';
import { useFrontDoorOccupations } from './front-door-form-api.js';

/**
 * The person's former occupation: they type it in their language and may pick one of the suggestions
 * (ESCO occupations, named in the page's language), whose code is kept with the text. Nothing fits?
 * What they wrote is kept as written.
 */
export function OccupationPicker({
  slug,
  language,
  text,
  code,
  onChange,
  error,
}: {
  slug: string;
  language: FrontDoorLanguage;
  text: string;
  code: string | null;
  onChange: (text: string, code: string | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 250);
  const suggestions = useFrontDoorOccupations(slug, debounced, language);
  const items = suggestions.data?.items ?? [];
  // Autocomplete fills the field with the option's value: each label once, its code remembered.
  const labels = [...new Set(items.map((item) => item.label))];
  const codeOf = (label: string) => items.find((item) => item.label === label)?.code ?? null;
  const nothingFits =
    debounced.trim().length >= 2 && !suggestions.isFetching && suggestions.isSuccess && items.length === 0;
  return (
    <Autocomplete
      label={t('frontDoorForm.occupation.label')}
      description={
        code !== null
          ? t('frontDoorForm.occupation.picked')
          : nothingFits
            ? t('frontDoorForm.occupation.nothingFits')
            : t('frontDoorForm.occupation.help')
      }
      value={text}
      onChange={(value) => onChange(value, value === text ? code : codeOf(value))}
      onOptionSubmit={(label) => onChange(label, codeOf(label))}
      data={labels}
      // The server already chose and ordered the occupations that match, in any language.
      filter={({ options }) => options}
      limit={10}
      maxLength={200}
      error={error}
      styles={{ input: { minHeight: 44 }, option: { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
