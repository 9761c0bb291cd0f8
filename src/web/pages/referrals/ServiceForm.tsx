import { Button, Checkbox, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  referralKinds,
  type ServiceBody,
  type ServiceView,
  useCreateService,
  useUpdateService,
} from '../../api/referrals.js';
import { notify } from '../../notify.js';

type Kind = (typeof referralKinds)[number];

/** A service of the directory: what it offers, where, how to reach it, in which languages. */
export function ServiceForm({ service, onDone }: { service: ServiceView | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateService();
  const update = useUpdateService(service?.id ?? '');
  const mutation = service ? update : create;
  const [draft, setDraft] = useState({
    name: service?.name ?? '',
    providerName: service?.providerName ?? '',
    kind: (service?.kind ?? 'language_class') as Kind,
    address: service?.address ?? '',
    area: service?.area ?? '',
    phone: service?.phone ?? '',
    email: service?.email ?? '',
    website: service?.website ?? '',
    languages: service?.languages.join(', ') ?? '',
    notes: service?.notes ?? '',
    sharedWithConsortium: service?.sharedWithConsortium ?? false,
    archived: service?.archived ?? false,
  });
  const errors = fieldErrorsOf(mutation.error);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const orNull = (value: string) => value.trim() || null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: ServiceBody = {
      name: draft.name,
      providerName: orNull(draft.providerName),
      kind: draft.kind,
      address: orNull(draft.address),
      area: orNull(draft.area),
      phone: orNull(draft.phone),
      email: orNull(draft.email),
      website: orNull(draft.website),
      languages: draft.languages
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
      notes: orNull(draft.notes),
      sharedWithConsortium: draft.sharedWithConsortium,
      archived: draft.archived,
    };
    mutation
      .mutateAsync(body)
      .then(() => {
        notify({ color: 'green', message: t('referrals.directory.saved') });
        onDone();
      })
      .catch((error: unknown) => {
        if (Object.keys(fieldErrorsOf(error)).length === 0)
          notify({ color: 'red', message: errorMessage(error) });
      });
  };
  const text = (
    key: 'name' | 'providerName' | 'address' | 'area' | 'phone' | 'email' | 'website' | 'languages',
  ) => (
    <TextInput
      label={t(`referrals.directory.${key}`)}
      value={draft[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errors[`body.${key}`]}
      required={key === 'name'}
    />
  );
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {text('name')}
        {text('providerName')}
        <NativeSelect
          label={t('referrals.directory.kind')}
          value={draft.kind}
          onChange={(event) => set('kind', event.currentTarget.value as Kind)}
          data={referralKinds.map((value) => ({ value, label: t(`referrals.purpose.${value}`) }))}
        />
        {text('address')}
        {text('area')}
        {text('phone')}
        {text('email')}
        {text('website')}
        {text('languages')}
        <Textarea
          label={t('referrals.directory.notes')}
          value={draft.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Checkbox
          label={t('referrals.directory.shared')}
          checked={draft.sharedWithConsortium}
          onChange={(event) => set('sharedWithConsortium', event.currentTarget.checked)}
        />
        {service ? (
          <Checkbox
            label={t('referrals.directory.archived')}
            checked={draft.archived}
            onChange={(event) => set('archived', event.currentTarget.checked)}
          />
        ) : null}
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('referrals.directory.save')}
        </Button>
      </Stack>
    </form>
  );
}
