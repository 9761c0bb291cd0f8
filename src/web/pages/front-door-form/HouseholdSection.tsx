import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { householdRelations } from '../../../modules/front-door/domain/vocabulary.js';
import { type DraftPart, Section, touch } from './form-section.js';

/** Who comes with the person: each with a relation, an optional first name and a year of birth. */
export function HouseholdSection({ draft, set, error }: DraftPart) {
  const { t } = useTranslation();
  const k = (key: string) => t(`frontDoorForm.${key}`);
  return (
    <Section legend={k('household.legend')} help={k('household.help')}>
      {draft.household.map((member, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own but their place
        <Group key={index} gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={`${k('household.relation')} ${index + 1}`}
            value={member.relation}
            onChange={(e) => {
              const relation = e.currentTarget.value;
              set(
                'household',
                draft.household.map((m, i) => (i === index ? { ...m, relation } : m)),
              );
            }}
            data={householdRelations.map((relation) => ({
              value: relation,
              label: k(`household.${relation}`),
            }))}
            styles={touch}
            style={{ flex: '1 1 9rem' }}
          />
          <TextInput
            label={`${k('household.givenName')} ${index + 1}`}
            value={member.givenName}
            onChange={(e) => {
              const givenName = e.currentTarget.value;
              set(
                'household',
                draft.household.map((m, i) => (i === index ? { ...m, givenName } : m)),
              );
            }}
            styles={touch}
            style={{ flex: '1 1 9rem' }}
          />
          <TextInput
            label={`${k('household.birthYear')} ${index + 1}`}
            required
            inputMode="numeric"
            maxLength={4}
            value={member.birthYear}
            onChange={(e) => {
              const birthYear = e.currentTarget.value;
              set(
                'household',
                draft.household.map((m, i) => (i === index ? { ...m, birthYear } : m)),
              );
            }}
            error={error(`household.${index}.birthYear`)}
            styles={touch}
            style={{ flex: '1 1 7rem' }}
          />
          <Button
            variant="subtle"
            color="red"
            size="md"
            onClick={() =>
              set(
                'household',
                draft.household.filter((_, i) => i !== index),
              )
            }
          >
            {k('household.remove')}
          </Button>
        </Group>
      ))}
      <div>
        <Button
          variant="light"
          size="md"
          disabled={draft.household.length >= 12}
          onClick={() =>
            set('household', [...draft.household, { relation: 'child', givenName: '', birthYear: '' }])
          }
        >
          {k('household.add')}
        </Button>
      </div>
    </Section>
  );
}
