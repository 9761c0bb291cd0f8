import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
  partnerKinds,
  type RegistrationBody,
  usePartner,
  usePartners,
  useRegister,
} from '../../api/network.js';
import { notify } from '../../notify.js';

/** Staff register a contact of the network (chosen by partner, then person) or anyone else. */
export function RegistrationForm({ conveningId, onDone }: { conveningId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const register = useRegister(conveningId);
  const [who, setWho] = useState<'contact' | 'other'>('contact');
  const [partnerId, setPartnerId] = useState('');
  const [contactId, setContactId] = useState('');
  const [draft, setDraft] = useState({ name: '', email: '', partnerName: '', partnerKind: '', needs: '' });
  const partners = usePartners({});
  const partner = usePartner(partnerId, partnerId !== '');
  const contacts = partnerId && partner.data ? partner.data.contactsList : [];
  const fields = register.error instanceof ApiError ? register.error.fieldErrors() : {};
  const set = (key: keyof typeof draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const body = (): RegistrationBody => {
    const orNull = (value: string) => value.trim() || null;
    return who === 'contact'
      ? { contactId, needs: orNull(draft.needs) }
      : {
          name: draft.name.trim(),
          email: orNull(draft.email),
          partnerName: orNull(draft.partnerName),
          partnerKind: (draft.partnerKind || null) as RegistrationBody['partnerKind'],
          needs: orNull(draft.needs),
        };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await register.mutateAsync(body());
      notify({ color: 'green', message: t('network.convenings.registrations.added') });
      onDone();
    } catch {
      // Shown above the form.
    }
  };
  const ready = who === 'contact' ? Boolean(contactId) : Boolean(draft.name.trim());
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {register.error ? (
          <Alert color="red" role="alert">
            {errorMessage(register.error)}
          </Alert>
        ) : null}
        <SegmentedControl
          aria-label={t('network.convenings.registrations.addTitle')}
          value={who}
          onChange={(value) => setWho(value as 'contact' | 'other')}
          data={[
            { value: 'contact', label: t('network.convenings.registrations.contact') },
            { value: 'other', label: t('network.convenings.registrations.noContact') },
          ]}
        />
        {who === 'contact' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('network.partners.columns.name')}
              value={partnerId}
              onChange={(event) => {
                setPartnerId(event.currentTarget.value);
                setContactId('');
              }}
              data={[
                { value: '', label: '—' },
                ...(partners.data?.items ?? [])
                  .filter((p) => p.owned)
                  .map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
            <NativeSelect
              label={t('network.convenings.registrations.contact')}
              value={contactId}
              error={fields.contactId}
              disabled={!partnerId}
              onChange={(event) => setContactId(event.currentTarget.value)}
              data={[{ value: '', label: '—' }, ...contacts.map((c) => ({ value: c.id, label: c.name }))]}
            />
          </SimpleGrid>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('network.convenings.registrations.name')}
              required
              maxLength={200}
              value={draft.name}
              error={fields.name}
              onChange={set('name')}
            />
            <TextInput
              type="email"
              label={t('network.convenings.registrations.email')}
              maxLength={254}
              value={draft.email}
              error={fields.email}
              onChange={set('email')}
            />
            <TextInput
              label={t('network.convenings.registrations.partnerName')}
              maxLength={200}
              value={draft.partnerName}
              error={fields.partnerName}
              onChange={set('partnerName')}
            />
            <NativeSelect
              label={t('network.convenings.registrations.partnerKind')}
              value={draft.partnerKind}
              onChange={set('partnerKind')}
              data={[
                { value: '', label: t('network.kind.none') },
                ...partnerKinds.map((value) => ({ value, label: t(`network.kind.${value}`) })),
              ]}
            />
          </SimpleGrid>
        )}
        <TextInput
          label={t('network.convenings.registrations.needs')}
          maxLength={1000}
          value={draft.needs}
          error={fields.needs}
          onChange={set('needs')}
        />
        <Group>
          <Button type="submit" loading={register.isPending} disabled={!ready}>
            {t('network.convenings.registrations.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
