import { Group, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contractEndAfter } from './exit-draft.js';
import type { ExitDraftFieldsProps } from './exit-draft-fields.js';

/**
 * A fixed-term contract's first and last day, and its length in months to fill in the last day
 * (typing the start or the length moves the end; the end may still be typed).
 */
export function ContractDatesFields({ draft, set, errors }: ExitDraftFieldsProps) {
  const { t } = useTranslation();
  const fillEnd = (start: string, length: number | string) => {
    const end = contractEndAfter(start, length);
    if (end) set('contractEndOn', end);
  };
  return (
    <Group grow align="flex-start" wrap="wrap">
      <TextInput
        type="date"
        label={t('outcomes.dialog.contractStartOn')}
        value={draft.contractStartOn}
        error={errors.contractStartOn}
        onChange={(event) => {
          set('contractStartOn', event.currentTarget.value);
          fillEnd(event.currentTarget.value, draft.months);
        }}
      />
      <NumberInput
        label={t('outcomes.dialog.lengthMonths')}
        description={t('outcomes.dialog.lengthHint')}
        min={1}
        max={60}
        allowDecimal={false}
        value={draft.months}
        onChange={(next) => {
          set('months', next);
          fillEnd(draft.contractStartOn, next);
        }}
      />
      <TextInput
        type="date"
        label={t('outcomes.dialog.contractEndOn')}
        value={draft.contractEndOn}
        error={errors.contractEndOn}
        onChange={(event) => set('contractEndOn', event.currentTarget.value)}
      />
    </Group>
  );
}
