import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commonLanguages } from '../../api/people.js';
import { CountrySelect } from '../../components/CountrySelect.js';
import { languageName } from '../person/BackgroundTabs.js';
import type { IntakeDraft } from './intake-draft.js';

export interface StepProps {
  draft: IntakeDraft;
  set: <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => void;
  errors: Record<string, string>;
}

/** Props of a text input bound to one field of the draft. */
export function bind({ draft, set, errors }: StepProps, key: keyof IntakeDraft) {
  return {
    value: draft[key] as string,
    error: errors[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(key, event.currentTarget.value as never),
  };
}

export function IdentityStep(props: StepProps) {
  const { t } = useTranslation();
  const { draft, set, errors } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label={t('person.firstName')} required autoComplete="off" {...bind(props, 'firstName')} />
      <TextInput label={t('person.lastName')} required autoComplete="off" {...bind(props, 'lastName')} />
      <TextInput
        label={t('person.originalFirstName')}
        dir="auto"
        autoComplete="off"
        {...bind(props, 'originalFirstName')}
      />
      <TextInput
        label={t('person.originalLastName')}
        dir="auto"
        autoComplete="off"
        {...bind(props, 'originalLastName')}
      />
      <TextInput label={t('person.birthDate')} type="date" required {...bind(props, 'birthDate')} />
      <NativeSelect
        label={t('intake.sex')}
        {...bind(props, 'sex')}
        data={[
          { value: '', label: t('app.unknown') },
          ...(['female', 'male', 'other'] as const).map((value) => ({
            value,
            label: t(`intake.sexOption.${value}`),
          })),
        ]}
      />
      <CountrySelect
        label={t('person.nationality')}
        value={draft.nationality}
        error={errors.nationality}
        onChange={(code) => set('nationality', code)}
      />
    </SimpleGrid>
  );
}

export function ContactStep(props: StepProps) {
  const { t } = useTranslation();
  const { draft, set, errors } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label={t('person.phone')} type="tel" autoComplete="off" {...bind(props, 'phone')} />
      <TextInput label={t('person.email')} type="email" autoComplete="off" {...bind(props, 'email')} />
      <TextInput label={t('intake.address')} autoComplete="off" {...bind(props, 'address')} />
      <TextInput label={t('person.city')} autoComplete="off" {...bind(props, 'city')} />
      <TextInput label={t('intake.region')} autoComplete="off" {...bind(props, 'region')} />
      <CountrySelect
        label={t('intake.countryOfResidence')}
        value={draft.country}
        error={errors.country}
        onChange={(code) => set('country', code)}
      />
      <NativeSelect
        label={t('intake.preferredLanguage')}
        {...bind(props, 'preferredLanguage')}
        data={[
          { value: '', label: t('app.unknown') },
          ...commonLanguages.map((code) => ({ value: code, label: languageName(code) })),
        ]}
      />
    </SimpleGrid>
  );
}
