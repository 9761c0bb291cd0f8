import { NativeSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index.js';
import { countryCodes } from './country-codes.js';

/** A country's name in the interface's language (the code itself when the browser knows no name). */
export function countryName(code: string, language: string = currentLanguage()): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every country by its name in the interface's language, in that language's alphabetical order. */
export function countryOptions(language: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(language);
  return countryCodes
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * A country chosen by its name, never by its code: "Soudan" in French, "Sudan" in English, stored as
 * "SD". The list follows the interface language (Intl.DisplayNames).
 */
export function CountrySelect({
  label,
  value,
  onChange,
  error,
  description,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  // useTranslation renders again when the interface language changes; the names follow it.
  const language = currentLanguage();
  const options = useMemo(() => countryOptions(language), [language]);
  return (
    <NativeSelect
      label={label}
      description={description}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: t('app.unknown') }, ...options]}
    />
  );
}
