import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FollowUpFormLanguage, followUpFormLanguages, languageNames } from './form-i18n.js';

/** The form's six languages, each named in itself, in a native select (a phone's own picker). */
export function LanguageChoice({
  value,
  onChange,
}: {
  value: FollowUpFormLanguage;
  onChange: (language: FollowUpFormLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('followUpForm.language')}
      size="md"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as FollowUpFormLanguage)}
      data={followUpFormLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
      w={170}
      styles={{ input: { minHeight: 44 } }}
    />
  );
}
