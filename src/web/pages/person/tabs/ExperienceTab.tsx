import { Button, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import type { PersonFileView } from '../../../api/people.js';
import { countryCodes } from '../../../components/country-codes.js';
import { EntryForm } from '../../../components/EntryForm.js';
import { type OccupationChoice, OccupationPicker } from '../../../components/OccupationPicker.js';
import { OccupationTranslation } from '../../../components/OccupationTranslation.js';
import { countryName, countryOptions } from '../../../format-names.js';
import { number, SimpleTable, text, usePersonItems } from './shared.js';

export function ExperienceTab({ person }: { person: PersonFileView }) {
  const { t, add, removeButton, dash } = usePersonItems(person.id);
  // The former occupation whose equivalents where the organization works are shown (an ESCO id).
  const [equivalentsOf, setEquivalentsOf] = useState<string | null>(null);
  return (
    <>
      <Modal
        opened={equivalentsOf !== null}
        onClose={() => setEquivalentsOf(null)}
        title={t('occupations.equivalents')}
        size="xl"
      >
        {equivalentsOf ? <OccupationTranslation escoId={equivalentsOf} /> : null}
      </Modal>
      {person.experience.length === 0 ? (
        <Text>{t('person.noExperience')}</Text>
      ) : (
        <SimpleTable
          headers={[
            t('person.occupation'),
            t('person.employer'),
            t('person.country'),
            t('person.from'),
            t('person.to'),
            t('app.actions'),
          ]}
          rows={person.experience.map((entry) => ({
            key: entry.id,
            cells: [
              entry.occupationLabel,
              dash(entry.employer),
              entry.country ? countryName(entry.country) : '—',
              dash(entry.startYear),
              dash(entry.endYear),
              <>
                {entry.escoId ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setEquivalentsOf(entry.escoId ?? null)}
                  >
                    {t('occupations.equivalents')}
                  </Button>
                ) : null}
                {removeButton('experience', entry.id, entry.occupationLabel)}
              </>,
            ],
          }))}
        />
      )}
      <EntryForm
        title={t('person.addExperience')}
        fields={[
          {
            name: 'occupation',
            label: t('person.occupation'),
            kind: 'custom',
            errorPath: 'occupationLabel',
            render: (value, set, error) => (
              <OccupationPicker
                value={value as OccupationChoice | undefined}
                onChange={set}
                error={error}
                personLanguages={person.languages.map((entry) => entry.language)}
              />
            ),
          },
          { name: 'employer', label: t('person.employer'), kind: 'text' },
          {
            name: 'country',
            label: t('person.country'),
            kind: 'select',
            options: countryOptions(countryCodes),
          },
          { name: 'startYear', label: t('person.fromYear'), kind: 'number', min: 1940, max: 2100 },
          { name: 'endYear', label: t('person.toYear'), kind: 'number', min: 1940, max: 2100 },
        ]}
        submitLabel={t('app.add')}
        onSubmit={(values) => {
          const occupation = values.occupation as OccupationChoice | undefined;
          return add.mutateAsync({
            kind: 'experience',
            data: {
              occupationLabel: occupation?.text.trim() ?? '',
              escoId: occupation?.escoId ?? null,
              employer: text(values, 'employer'),
              country: text(values, 'country'),
              startYear: number(values, 'startYear'),
              endYear: number(values, 'endYear'),
            },
          });
        }}
      />
    </>
  );
}
