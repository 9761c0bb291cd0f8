import { Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { consentPurposes } from '../../../contracts/people.js';
import { bind, type StepProps } from './steps.js';

/** The consent given at the interview: required to open the file; other purposes as the person chooses. */
export function ConsentStep(props: StepProps & { missing: boolean }) {
  const { t } = useTranslation();
  const { draft, set, missing } = props;
  const others = consentPurposes.filter((purpose) => purpose !== 'program_data_processing');
  return (
    <Stack gap="sm">
      <Text>{t('intake.consentIntro')}</Text>
      <Checkbox
        label={t('intake.consentMain')}
        required
        checked={draft.consentGiven}
        error={missing ? t('intake.consentRequired') : undefined}
        onChange={(event) => set('consentGiven', event.currentTarget.checked)}
      />
      <TextInput
        label={t('intake.consentOn')}
        type="date"
        required
        maw={260}
        {...bind(props, 'consentGivenOn')}
      />
      <Checkbox.Group
        label={t('intake.consentOthers')}
        value={draft.otherConsents}
        onChange={(value) => set('otherConsents', value)}
      >
        <Stack gap="xs" mt="xs">
          {others.map((purpose) => (
            <Checkbox key={purpose} value={purpose} label={t(`consentPurpose.${purpose}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
