import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type UiLanguage, uiLanguages } from '../i18n/index.js';

/** FR / EN for staff screens; Arabic too where a person may read (log-in pages). */
export function LanguageSelect({
  onChange,
  languages = uiLanguages,
  size = 'sm',
}: {
  onChange: (language: UiLanguage) => void;
  languages?: readonly UiLanguage[];
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size={size}
      value={currentLanguage()}
      onChange={(event) => onChange(event.currentTarget.value as UiLanguage)}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      w={120}
    />
  );
}
