import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import type { ContactBody, PartnerView } from '../../api/network.js';

type Contact = PartnerView['contactsList'][number];

/** A professional at the partner: name, role, how to reach them, the languages they work in. */
export function ContactForm({
  initial,
  pending,
  error,
  submitLabel,
  onSubmit,
}: {
  initial?: Contact;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: ContactBody) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    name: initial?.name ?? '',
    role: initial?.role ?? '',
    email: initial?.email ?? '',
    phone: initial?.phone ?? '',
    languages: initial?.languages.join(', ') ?? '',
  });
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const set = (key: keyof typeof draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const orNull = (value: string) => value.trim() || null;
    void onSubmit({
      name: draft.name.trim(),
      role: orNull(draft.role),
      email: orNull(draft.email),
      phone: orNull(draft.phone),
      languages: draft.languages
        .split(/[,\s]+/)
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
    }).catch(() => {
      // Shown above the form.
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('network.contacts.fields.name')}
            required
            maxLength={200}
            value={draft.name}
            error={fields.name}
            onChange={set('name')}
            data-autofocus
          />
          <TextInput
            label={t('network.contacts.fields.role')}
            maxLength={200}
            value={draft.role}
            error={fields.role}
            onChange={set('role')}
          />
          <TextInput
            type="email"
            label={t('network.contacts.fields.email')}
            maxLength={254}
            value={draft.email}
            error={fields.email}
            onChange={set('email')}
          />
          <TextInput
            type="tel"
            label={t('network.contacts.fields.phone')}
            maxLength={40}
            value={draft.phone}
            error={fields.phone}
            onChange={set('phone')}
          />
          <TextInput
            label={t('network.contacts.fields.languages')}
            description={t('network.contacts.fields.languagesHint')}
            value={draft.languages}
            error={fields.languages ?? fields['languages.0']}
            onChange={set('languages')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={pending} disabled={!draft.name.trim()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
