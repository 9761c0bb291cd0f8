import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContactBody, contactRoles, type EmployerView, useSaveContact } from '../../api/employers.js';
import { errorMessage } from '../../api/errors.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { fieldErrorsOf, isFieldError } from './form-errors.js';
import { Section } from './Section.js';

type Contact = EmployerView['contacts'][number];

/** The people to call at the employer, with their role; one who left stays, marked, for the history. */
export function ContactsSection({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  return (
    <Section
      id="employer-contacts"
      title={t('employers.contacts.title')}
      action={
        employer.mayEdit ? (
          <Button size="xs" variant="light" onClick={() => setEditing('new')}>
            {t('employers.contacts.add')}
          </Button>
        ) : null
      }
    >
      {employer.contacts.length === 0 ? <Text>{t('employers.contacts.empty')}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} aria-label={t('employers.contacts.title')}>
        {employer.contacts.map((contact) => {
          const name = `${contact.givenName} ${contact.familyName}`;
          return (
            <Stack key={contact.id} gap={2} component="li" style={{ listStyle: 'none' }}>
              <Group gap="xs">
                <Text fw={600}>{name}</Text>
                {contact.active ? null : (
                  <Badge color="gray.7" variant="filled" tt="none">
                    {t('employers.contacts.inactive')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {[t(`employers.contactRole.${contact.role}`), contact.jobTitle].filter(Boolean).join(' — ')}
              </Text>
              <Group gap="md">
                {contact.email ? (
                  <Anchor size="sm" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </Anchor>
                ) : null}
                {contact.phone ? (
                  <Anchor size="sm" href={`tel:${contact.phone.replace(/\s+/g, '')}`}>
                    {contact.phone}
                  </Anchor>
                ) : null}
              </Group>
              {employer.mayEdit ? (
                <Group>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={t('employers.contacts.editOne', { name })}
                    onClick={() => setEditing(contact)}
                  >
                    {t('app.edit')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        {t('employers.contacts.privacy')}
      </Text>
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('employers.contacts.addTitle') : t('employers.contacts.editTitle')}
      >
        {editing !== null ? (
          <ContactForm
            employerId={employer.id}
            contact={editing === 'new' ? undefined : editing}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </Section>
  );
}

function ContactForm({
  employerId,
  contact,
  onClose,
}: {
  employerId: string;
  contact?: Contact;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveContact(employerId);
  const [givenName, setGivenName] = useState(contact?.givenName ?? '');
  const [familyName, setFamilyName] = useState(contact?.familyName ?? '');
  const [role, setRole] = useState<ContactBody['role']>(contact?.role ?? 'hr');
  const [jobTitle, setJobTitle] = useState(contact?.jobTitle ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [active, setActive] = useState(contact?.active ?? true);
  const fields = fieldErrorsOf(save.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save.mutateAsync({
        ...(contact ? { contactId: contact.id } : {}),
        givenName: givenName.trim(),
        familyName: familyName.trim(),
        role,
        jobTitle: jobTitle.trim() || null,
        email: email.trim() || null,
        phone: phone.trim() || null,
        active,
      });
      notify({ color: 'green', message: t('employers.contacts.saved') });
      onClose();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {save.error && !isFieldError(save.error) ? (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('employers.contacts.fields.givenName')}
            required
            maxLength={100}
            value={givenName}
            error={fields.givenName}
            onChange={(event) => setGivenName(event.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label={t('employers.contacts.fields.familyName')}
            required
            maxLength={100}
            value={familyName}
            error={fields.familyName}
            onChange={(event) => setFamilyName(event.currentTarget.value)}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('employers.contacts.fields.role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as ContactBody['role'])}
            data={contactRoles.map((r) => ({ value: r, label: t(`employers.contactRole.${r}`) }))}
          />
          <TextInput
            label={t('employers.contacts.fields.jobTitle')}
            maxLength={120}
            value={jobTitle}
            error={fields.jobTitle}
            onChange={(event) => setJobTitle(event.currentTarget.value)}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="email"
            label={t('employers.contacts.fields.email')}
            maxLength={320}
            value={email}
            error={fields.email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <TextInput
            type="tel"
            label={t('employers.contacts.fields.phone')}
            maxLength={40}
            value={phone}
            error={fields.phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
          />
        </Group>
        {contact ? (
          <Checkbox
            label={t('employers.contacts.fields.active')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!givenName.trim() || !familyName.trim()}>
            {t('app.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
