import { Checkbox, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExitDraftFieldsProps } from './exit-draft-fields.js';

/** A credential obtained (its name and the day), asked for only when the box is ticked. */
export function CredentialFields({ draft, set, errors }: ExitDraftFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Checkbox
        label={t('outcomes.dialog.credential')}
        checked={draft.hasCredential}
        onChange={(event) => set('hasCredential', event.currentTarget.checked)}
      />
      {draft.hasCredential ? (
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('outcomes.dialog.credentialName')}
            required
            maxLength={200}
            value={draft.credentialName}
            error={errors['credentialObtained.name'] ?? errors.credentialObtained}
            onChange={(event) => set('credentialName', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('outcomes.dialog.credentialOn')}
            required
            value={draft.credentialOn}
            error={errors['credentialObtained.obtainedOn']}
            onChange={(event) => set('credentialOn', event.currentTarget.value)}
          />
        </Group>
      ) : null}
    </>
  );
}
