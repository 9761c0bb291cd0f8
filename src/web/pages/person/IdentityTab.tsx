import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type IdentityPatch, type PersonFileView, useUpdateIdentity } from '../../api/people.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { Facts } from './Facts.js';

function draftOf(person: PersonFileView): IdentityPatch {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    originalFirstName: person.originalFirstName ?? '',
    originalLastName: person.originalLastName ?? '',
    birthDate: person.birthDate ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
  };
}

export function IdentityTab({ person }: { person: PersonFileView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<IdentityPatch>(() => draftOf(person));
  const update = useUpdateIdentity(person.id);
  const errors = fieldErrorsOf(update.error);

  if (!editing) {
    return (
      <Stack>
        <Facts
          items={[
            { label: t('person.firstName'), value: person.firstName },
            { label: t('person.lastName'), value: person.lastName },
            {
              label: t('person.originalFirstName'),
              value: person.originalFirstName && <span dir="auto">{person.originalFirstName}</span>,
            },
            {
              label: t('person.originalLastName'),
              value: person.originalLastName && <span dir="auto">{person.originalLastName}</span>,
            },
            { label: t('person.birthDate'), value: formatDate(person.birthDate) },
            { label: t('person.email'), value: person.email },
            { label: t('person.phone'), value: person.phone },
          ]}
        />
        <Group>
          <Button
            variant="light"
            onClick={() => {
              setDraft(draftOf(person));
              update.reset();
              setEditing(true);
            }}
          >
            {t('app.edit')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const field = (key: keyof IdentityPatch) => ({
    value: draft[key],
    error: errors[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      setDraft({ ...draft, [key]: event.currentTarget.value }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update.mutateAsync(draft);
      notify({ color: 'green', message: t('app.saved') });
      setEditing(false);
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
          <TextInput label={t('person.firstName')} required {...field('firstName')} />
          <TextInput label={t('person.lastName')} required {...field('lastName')} />
          <TextInput label={t('person.originalFirstName')} dir="auto" {...field('originalFirstName')} />
          <TextInput label={t('person.originalLastName')} dir="auto" {...field('originalLastName')} />
          <TextInput label={t('person.birthDate')} type="date" {...field('birthDate')} />
          <TextInput label={t('person.email')} type="email" {...field('email')} />
          <TextInput label={t('person.phone')} type="tel" {...field('phone')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('app.save')}
          </Button>
          <Button variant="default" onClick={() => setEditing(false)}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
