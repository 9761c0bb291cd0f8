import { Text } from '@mantine/core';
import { educationLevelOf, educationLevels, type PersonFileView } from '../../../api/people.js';
import { countryCodes } from '../../../components/country-codes.js';
import { EntryForm } from '../../../components/EntryForm.js';
import { countryName, countryOptions } from '../../../format-names.js';
import { number, SimpleTable, text, usePersonItems } from './shared.js';

export function EducationTab({ person }: { person: PersonFileView }) {
  const { t, add, removeButton, options, dash } = usePersonItems(person.id);
  return (
    <>
      {person.education.length === 0 ? (
        <Text>{t('person.noEducation')}</Text>
      ) : (
        <SimpleTable
          headers={[
            t('person.educationLevel'),
            t('person.degree'),
            t('person.country'),
            t('person.year'),
            t('person.foreignDegree'),
            t('app.actions'),
          ]}
          rows={person.education.map((entry) => {
            const level = educationLevelOf(entry.iscedLevel);
            return {
              key: entry.id,
              cells: [
                level ? t(`educationLevel.${level}`) : '—',
                dash(entry.field),
                entry.country ? countryName(entry.country) : '—',
                dash(entry.yearCompleted),
                entry.obtainedAbroad ? t('app.yes') : t('app.no'),
                removeButton(
                  'education',
                  entry.id,
                  entry.field ?? (level ? t(`educationLevel.${level}`) : ''),
                ),
              ],
            };
          })}
        />
      )}
      <EntryForm
        title={t('person.addEducation')}
        fields={[
          {
            name: 'level',
            label: t('person.educationLevel'),
            kind: 'select',
            options: options(Object.keys(educationLevels), 'educationLevel'),
          },
          { name: 'field', label: t('person.degree'), kind: 'text' },
          {
            name: 'country',
            label: t('person.country'),
            kind: 'select',
            options: countryOptions(countryCodes),
          },
          { name: 'yearCompleted', label: t('person.year'), kind: 'number', min: 1940, max: 2100 },
          { name: 'obtainedAbroad', label: t('person.foreignDegree'), kind: 'checkbox' },
        ]}
        submitLabel={t('app.add')}
        onSubmit={(values) => {
          const level = text(values, 'level') as keyof typeof educationLevels | null;
          return add.mutateAsync({
            kind: 'education',
            data: {
              iscedLevel: level ? educationLevels[level] : null,
              field: text(values, 'field'),
              country: text(values, 'country'),
              yearCompleted: number(values, 'yearCompleted'),
              obtainedAbroad: Boolean(values.obtainedAbroad),
            },
          });
        }}
      />
    </>
  );
}
