import { Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpField } from './follow-up-form.js';

interface QuestionProps {
  field: FollowUpField;
  label: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}

/** The whole row of an option is its target, 48 px high: easy to hit with a thumb. */
const optionStyles = {
  root: {
    border: '1px solid var(--mantine-color-gray-4)',
    borderRadius: 'var(--mantine-radius-md)',
    background: 'var(--mantine-color-white)',
  },
  body: { alignItems: 'center' },
  inner: { marginInlineStart: 12 },
  labelWrapper: { flex: 1 },
  label: { paddingBlock: 12, paddingInline: 12, cursor: 'pointer', minHeight: 48 },
} as const;

/**
 * One question answered by choosing one option. `data-question` lets the form focus the first
 * question that needs an answer.
 */
export function Question({
  field,
  label,
  description,
  options,
  value,
  onChange,
  error,
  required = false,
}: QuestionProps & {
  options: { value: string; label: string }[];
  value: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <Radio.Group
      data-question={field}
      name={`follow-up-${field}`}
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      size="md"
    >
      <Stack gap={8} mt="xs">
        {options.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            label={option.label}
            size="md"
            styles={optionStyles}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** A question answered yes or no; null until answered. */
export function YesNoQuestion({
  value,
  onChange,
  ...question
}: QuestionProps & { value: boolean | null; onChange: (value: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Question
      {...question}
      options={[
        { value: 'yes', label: t('followUpForm.yes') },
        { value: 'no', label: t('followUpForm.no') },
      ]}
      value={value === null ? null : value ? 'yes' : 'no'}
      onChange={(chosen) => onChange(chosen === 'yes')}
    />
  );
}
