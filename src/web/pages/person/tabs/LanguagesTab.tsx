import { Text } from '@mantine/core';
import { languageSkills } from '../../../../contracts/people.js';
import { commonLanguages, type PersonFileView } from '../../../api/people.js';
import { type EntryField, EntryForm } from '../../../components/EntryForm.js';
import { formatDate } from '../../../format.js';
import { LanguageLevelField, type LevelChoice } from '../LanguageLevelField.js';
import { languageName, SimpleTable, text, usePersonItems } from './shared.js';

export function LanguagesTab({ person }: { person: PersonFileView }) {
  const { t, add, scales, removeButton, options } = usePersonItems(person.id);
  const fields: EntryField[] = [
    {
      name: 'language',
      label: t('person.language'),
      kind: 'select',
      required: true,
      options: commonLanguages.map((code) => ({ value: code, label: languageName(code) })),
    },
    {
      name: 'level',
      label: t('person.level'),
      kind: 'custom',
      render: (value, set, error) => (
        <LanguageLevelField value={value as LevelChoice | undefined} onChange={set} error={error} />
      ),
    },
    {
      name: 'skill',
      label: t('person.skill'),
      kind: 'select',
      options: options(languageSkills, 'languageSkill'),
    },
    {
      name: 'testName',
      label: t('person.testName'),
      kind: 'select',
      options: (scales.data?.tests ?? []).map((name) => ({ value: name, label: name })),
    },
    { name: 'testDate', label: t('person.testDate'), kind: 'date' },
    { name: 'motherTongue', label: t('languageLevel.native'), kind: 'checkbox' },
  ];
  return (
    <>
      {person.languages.length === 0 ? (
        <Text>{t('person.noLanguages')}</Text>
      ) : (
        <SimpleTable
          headers={[t('person.language'), t('person.level'), t('person.testName'), t('app.actions')]}
          rows={person.languages.map((entry) => ({
            key: entry.id,
            cells: [
              languageName(entry.language),
              entry.motherTongue
                ? t('languageLevel.native')
                : entry.level
                  ? `${entry.level} (${t(`languageScaleShort.${entry.scale ?? 'cefr'}`)})${
                      entry.skill && entry.skill !== 'overall'
                        ? ` · ${t(`languageSkill.${entry.skill}`)}`
                        : ''
                    }`
                  : '—',
              entry.testName
                ? `${entry.testName}${entry.testDate ? ` (${formatDate(entry.testDate)})` : ''}`
                : '—',
              removeButton('language', entry.id, languageName(entry.language)),
            ],
          }))}
        />
      )}
      <EntryForm
        title={t('person.addLanguage')}
        fields={fields}
        submitLabel={t('app.add')}
        onSubmit={(values) =>
          add.mutateAsync({
            kind: 'language',
            data: values.motherTongue
              ? { language: String(values.language ?? ''), motherTongue: true }
              : {
                  language: String(values.language ?? ''),
                  motherTongue: false,
                  scale: (values.level as LevelChoice | undefined)?.scale ?? 'cefr',
                  skill: (text(values, 'skill') ?? 'overall') as never,
                  level: (values.level as LevelChoice | undefined)?.level || null,
                  testName: text(values, 'testName'),
                  testDate: text(values, 'testDate'),
                },
          })
        }
      />
    </>
  );
}
