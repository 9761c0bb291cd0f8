import { Title } from '@mantine/core';
import { householdRelations } from '../../../../contracts/people.js';
import type { PersonFileView } from '../../../api/people.js';
import { EntryForm } from '../../../components/EntryForm.js';
import { Facts } from '../Facts.js';
import { HouseholdFiles } from './HouseholdFiles.js';
import { number, SimpleTable, text, usePersonItems } from './shared.js';

export function HouseholdTab({ person }: { person: PersonFileView }) {
  const { t, add, removeButton, options, dash } = usePersonItems(person.id);
  return (
    <>
      <HouseholdFiles personId={person.id} />
      <Title order={3} size="h5" mt="md">
        {t('households.dependantsTitle')}
      </Title>
      <Facts items={[{ label: t('person.householdSize'), value: person.householdSize }]} />
      {person.household.length > 0 ? (
        <SimpleTable
          headers={[t('person.relation'), t('person.firstName'), t('person.birthYear'), t('app.actions')]}
          rows={person.household.map((entry) => ({
            key: entry.id,
            cells: [
              t(`relation.${entry.relation}`),
              dash(entry.givenName),
              dash(entry.birthYear),
              removeButton('household_member', entry.id, t(`relation.${entry.relation}`)),
            ],
          }))}
        />
      ) : null}
      <EntryForm
        title={t('person.addMember')}
        fields={[
          {
            name: 'relation',
            label: t('person.relation'),
            kind: 'select',
            required: true,
            options: options(householdRelations, 'relation'),
          },
          { name: 'givenName', label: t('person.firstName'), kind: 'text' },
          { name: 'birthYear', label: t('person.birthYear'), kind: 'number', min: 1900, max: 2100 },
        ]}
        submitLabel={t('app.add')}
        onSubmit={(values) =>
          add.mutateAsync({
            kind: 'household_member',
            data: {
              relation: values.relation as never,
              givenName: text(values, 'givenName'),
              birthYear: number(values, 'birthYear'),
            },
          })
        }
      />
    </>
  );
}
