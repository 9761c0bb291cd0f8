import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A question of a follow-up answer the person may not have been asked: its first option, "not asked",
 * sends nothing (null), which the figures count apart from a "no".
 */
export function OptionalSelect<V extends string>({
  label,
  value,
  error,
  onChange,
  options,
}: {
  label: string;
  value: V | '';
  error?: string;
  onChange: (value: V | '') => void;
  options: readonly { value: V; label: string }[];
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value as V | '')}
      data={[{ value: '', label: t('outcomes.answer.notAsked') }, ...options]}
    />
  );
}
