import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type IdentityInput, type PersonFileView, useUpdateIdentity } from '../../api/people.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { ReferentControl } from '../caseload/ReferentControl.js';
import { Facts } from './Facts.js';

const editable = [
  'givenName',
  'familyName',
  'givenNameOriginal',
  'familyNameOriginal',
  'birthDate',
  'email',
  'phone',
  'city',
] as const;
type EditableField = (typeof editable)[number];

const labelKey: Record<EditableField, string> = {
  givenName: 'person.firstName',
  familyName: 'person.lastName',
  givenNameOriginal: 'person.originalFirstName',
  familyNameOriginal: 'person.originalLastName',
  birthDate: 'person.birthDate',
  email: 'person.email',
  phone: 'person.phone',
  city: 'person.city',
};

export function IdentityTab({ person }: { person: PersonFileView }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<EditableField, string> | null>(null);
  const update = useUpdateIdentity(person.id);
  const errors = Object.fromEntries(
    Object.entries(fieldErrorsOf(update.error)).map(([path, message]) => [
      path.replace(/^identity\./, ''),
      message,
    ]),
  );
  const identity = person.identity;

  if (!draft) {
    return (
      <Stack>
        <Facts
          items={[
            { label: t('person.firstName'), value: identity.givenName },
            { label: t('person.lastName'), value: identity.familyName },
            {
              label: t('person.originalFirstName'),
              value: identity.givenNameOriginal && <span dir="auto">{identity.givenNameOriginal}</span>,
            },
            {
              label: t('person.originalLastName'),
              value: identity.familyNameOriginal && <span dir="auto">{identity.familyNameOriginal}</span>,
            },
            { label: t('person.birthDate'), value: formatDate(identity.birthDate) },
            { label: t('person.email'), value: identity.email },
            { label: t('person.phone'), value: identity.phone },
            { label: t('person.city'), value: identity.city },
            { label: t('caseload.referent'), value: identity.referentName },
          ]}
        />
        <Group>
          <Button
            variant="light"
            onClick={() => {
              update.reset();
              setDraft(
                Object.fromEntries(editable.map((key) => [key, identity[key] ?? ''])) as Record<
                  EditableField,
                  string
                >,
              );
            }}
          >
            {t('app.edit')}
          </Button>
          <ReferentControl person={person} />
        </Group>
      </Stack>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The API replaces the whole identity: unchanged fields are sent back as they are.
    const { referentName: _referentName, ...current } = identity;
    const next: IdentityInput = { ...current };
    for (const key of editable) {
      const value = draft[key].trim();
      if (key === 'givenName' || key === 'familyName') next[key] = value;
      else next[key] = value || null;
    }
    try {
      await update.mutateAsync(next);
      notify({ color: 'green', message: t('app.saved') });
      setDraft(null);
    } catch {
      // Shown below, field by field.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {update.error ? (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {editable.map((key) => (
            <TextInput
              key={key}
              label={t(labelKey[key])}
              required={key === 'givenName' || key === 'familyName'}
              type={
                key === 'birthDate' ? 'date' : key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'
              }
              dir={key.endsWith('Original') ? 'auto' : undefined}
              value={draft[key]}
              error={errors[key]}
              onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('app.save')}
          </Button>
          <Button variant="default" onClick={() => setDraft(null)}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
