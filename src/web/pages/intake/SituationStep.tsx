import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusesOfCountry } from '../../../modules/people/domain/immigration-status.js';
import { commonLanguages, educationLevels, languageLevels } from '../../api/people.js';
import { useSession } from '../../api/session.js';
import { languageName } from '../person/BackgroundTabs.js';
import { bind, type StepProps } from './steps.js';

/** What eligibility rules read: the status and its dates, the arrival, languages and education. */
export function SituationStep(props: StepProps) {
  const { t } = useTranslation();
  const { draft, set, errors } = props;
  // The statuses the organization's country distinguishes (no CSQ for a US team).
  const statuses = statusesOfCountry(useSession().organization.country);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('person.immigrationStatus')}
          {...bind(props, 'immigrationStatus')}
          data={[
            { value: '', label: t('app.unknown') },
            ...statuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ]}
        />
        {draft.immigrationStatus === 'asylum_seeker' ? (
          <TextInput
            label={t('person.asylumApplicationDate')}
            type="date"
            {...bind(props, 'asylumApplicationDate')}
          />
        ) : (
          <TextInput label={t('person.statusDate')} type="date" {...bind(props, 'statusDate')} />
        )}
        <TextInput label={t('person.arrivalDate')} type="date" {...bind(props, 'arrivalDate')} />
      </SimpleGrid>
      {draft.languages.map((entry, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
        <Group key={index} align="flex-end" wrap="wrap">
          <NativeSelect
            label={`${t('person.language')} ${index + 1}`}
            value={entry.language}
            error={errors[`languages.${index}.language`]}
            data={[
              { value: '', label: '—' },
              ...commonLanguages.map((code) => ({ value: code, label: languageName(code) })),
            ]}
            onChange={(event) => {
              const languages = [...draft.languages];
              languages[index] = { ...entry, language: event.currentTarget.value };
              set('languages', languages);
            }}
          />
          <NativeSelect
            label={`${t('person.level')} ${index + 1}`}
            value={entry.level}
            onChange={(event) => {
              const languages = [...draft.languages];
              languages[index] = { ...entry, level: event.currentTarget.value };
              set('languages', languages);
            }}
            data={[
              { value: '', label: t('app.unknown') },
              ...languageLevels.map((level) => ({ value: level, label: t(`languageLevel.${level}`) })),
            ]}
          />
          {draft.languages.length > 1 ? (
            <Button
              variant="default"
              c="red.9"
              onClick={() =>
                set(
                  'languages',
                  draft.languages.filter((_, other) => other !== index),
                )
              }
            >
              {t('app.remove')}
            </Button>
          ) : null}
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => set('languages', [...draft.languages, { language: '', level: '' }])}
        >
          {t('person.addLanguage')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('person.educationLevel')}
          {...bind(props, 'educationLevel')}
          data={[
            { value: '', label: t('app.unknown') },
            ...Object.keys(educationLevels).map((level) => ({
              value: level,
              label: t(`educationLevel.${level}`),
            })),
          ]}
        />
        <NativeSelect
          label={t('person.foreignDegree')}
          value={draft.hasForeignDegree ? 'yes' : 'no'}
          onChange={(event) => set('hasForeignDegree', event.currentTarget.value === 'yes')}
          data={[
            { value: 'no', label: t('app.no') },
            { value: 'yes', label: t('app.yes') },
          ]}
        />
      </SimpleGrid>
    </Stack>
  );
}
