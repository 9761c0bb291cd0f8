import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import {
  type EngagementBody,
  engagementKinds,
  type PartnerView,
  useAddContact,
  useChangeContact,
  useChangePartner,
  usePartner,
  useRecordEngagement,
} from '../../api/network.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { ContactForm } from './ContactForm.js';
import { NetworkTabs } from './NetworkTabs.js';
import { PartnerForm, partnerDraftOf } from './PartnerForm.js';

const route = getRouteApi('/app/network/partners/$partnerId');

/** A partner: what it is, the people there, and every exchange with it, newest first. */
export function PartnerPage() {
  const { t } = useTranslation();
  const { partnerId } = route.useParams();
  const partner = usePartner(partnerId);
  return (
    <QueryState isPending={partner.isPending} error={partner.error} onRetry={() => partner.refetch()}>
      {partner.data ? <PartnerDetails partner={partner.data} /> : <PageTitle title={t('network.title')} />}
    </QueryState>
  );
}

function PartnerDetails({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const change = useChangePartner(partner.id);
  return (
    <>
      <PageTitle
        title={partner.name}
        intro={
          <>
            {t(`network.kind.${partner.kind}`)}
            {partner.area ? ` · ${partner.area}` : ''}
          </>
        }
        actions={
          partner.owned ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('network.partners.edit')}
            </Button>
          ) : null
        }
      />
      <NetworkTabs />
      <Stack gap="lg">
        {partner.owned ? null : (
          <Alert color="blue">{t('network.partners.readOnly', { organization: partner.ownerName })}</Alert>
        )}
        <Group gap={4}>
          {partner.sectors.map((s) => (
            <Badge key={s} variant="light" color="gray.8">
              {t(`network.sector.${s}`)}
            </Badge>
          ))}
          {partner.sharedWithConsortium ? (
            <Badge variant="light" color="blue.9">
              {t('network.partners.shared')}
            </Badge>
          ) : null}
        </Group>
        {partner.website ? (
          <Text>
            {t('network.partners.website')}:{' '}
            <Anchor href={partner.website} target="_blank" rel="noopener noreferrer">
              {partner.website}
            </Anchor>
          </Text>
        ) : null}
        {partner.employerName ? (
          <Text>{t('network.partners.employerRecord', { name: partner.employerName })}</Text>
        ) : null}
        {partner.notes ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{t('network.partners.notes')}: </strong>
            {partner.notes}
          </Text>
        ) : null}
        <Contacts partner={partner} />
        <Engagements partner={partner} />
      </Stack>
      <Dialog
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('network.partners.editTitle')}
        size="lg"
      >
        <PartnerForm
          initial={partnerDraftOf(partner)}
          submitLabel={t('app.save')}
          pending={change.isPending}
          error={change.error}
          onSubmit={async (body) => {
            await change.mutateAsync(body);
            notify({ color: 'green', message: t('network.partners.saved') });
            setEditing(false);
          }}
        />
      </Dialog>
    </>
  );
}

function Contacts({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const add = useAddContact(partner.id);
  const change = useChangeContact();
  const editing = partner.contactsList.find((c) => c.id === editingId);
  return (
    <Stack component="section" aria-labelledby="partner-contacts" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="partner-contacts">
          {t('network.contacts.title')}
        </Title>
        {partner.owned ? (
          <Button variant="default" onClick={() => setAdding(true)}>
            {t('network.contacts.add')}
          </Button>
        ) : null}
      </Group>
      {partner.contactsList.length === 0 ? (
        <Text c="dimmed">{t('network.contacts.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {partner.contactsList.map((contact) => (
            <Paper key={contact.id} withBorder p="sm">
              <Text fw={600}>{contact.name}</Text>
              {contact.role ? <Text size="sm">{contact.role}</Text> : null}
              {contact.email ? (
                <Anchor size="sm" href={`mailto:${contact.email}`}>
                  {contact.email}
                </Anchor>
              ) : null}
              {contact.phone ? <Text size="sm">{contact.phone}</Text> : null}
              {contact.languages.length > 0 ? (
                <Text size="sm" c="dimmed">
                  {contact.languages.join(', ')}
                </Text>
              ) : null}
              {partner.owned ? (
                <Button size="compact-sm" variant="subtle" mt={4} onClick={() => setEditingId(contact.id)}>
                  {t('network.contacts.edit', { name: contact.name })}
                </Button>
              ) : null}
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Dialog
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('network.contacts.addTitle')}
        size="lg"
      >
        <ContactForm
          pending={add.isPending}
          error={add.error}
          submitLabel={t('network.contacts.add')}
          onSubmit={async (body) => {
            await add.mutateAsync(body);
            notify({ color: 'green', message: t('network.contacts.saved') });
            setAdding(false);
          }}
        />
      </Dialog>
      <Dialog
        opened={editing !== undefined}
        onClose={() => setEditingId(null)}
        title={t('network.contacts.editTitle')}
        size="lg"
      >
        {editing ? (
          <ContactForm
            initial={editing}
            pending={change.isPending}
            error={change.error}
            submitLabel={t('app.save')}
            onSubmit={async (body) => {
              await change.mutateAsync({ contactId: editing.id, body });
              notify({ color: 'green', message: t('network.contacts.saved') });
              setEditingId(null);
            }}
          />
        ) : null}
      </Dialog>
    </Stack>
  );
}

function Engagements({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack component="section" aria-labelledby="partner-engagements" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="partner-engagements">
          {t('network.engagements.title')}
        </Title>
        {partner.owned ? (
          <Button variant="default" onClick={() => setAdding(true)}>
            {t('network.engagements.add')}
          </Button>
        ) : null}
      </Group>
      {partner.engagements.length === 0 ? (
        <Text c="dimmed">{t('network.engagements.empty')}</Text>
      ) : (
        <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {partner.engagements.map((e) => (
            <Paper component="li" key={e.id} withBorder p="sm">
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{formatDate(e.occurredOn)}</Text>
                <Badge variant="light">{t(`network.engagements.kind.${e.kind}`)}</Badge>
                {e.contact ? (
                  <Text size="sm">{t('network.engagements.with', { name: e.contact.name })}</Text>
                ) : null}
                <Text size="sm" c="dimmed">
                  {t('network.engagements.by', { name: e.author.name ?? '—' })}
                </Text>
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{e.summary}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      <Dialog
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('network.engagements.addTitle')}
        size="lg"
      >
        <EngagementForm partner={partner} onDone={() => setAdding(false)} />
      </Dialog>
    </Stack>
  );
}

function EngagementForm({ partner, onDone }: { partner: PartnerView; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordEngagement(partner.id);
  const [draft, setDraft] = useState({
    occurredOn: todayInOrganization(),
    kind: 'meeting' as EngagementBody['kind'],
    summary: '',
    contactId: '',
  });
  const fields = record.error instanceof ApiError ? record.error.fieldErrors() : {};
  const set = (key: keyof typeof draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({
        occurredOn: draft.occurredOn,
        kind: draft.kind,
        summary: draft.summary.trim(),
        contactId: draft.contactId || null,
      });
      notify({ color: 'green', message: t('network.engagements.saved') });
      onDone();
    } catch {
      // Shown above the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {record.error ? (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('network.engagements.fields.occurredOn')}
            required
            value={draft.occurredOn}
            error={fields.occurredOn}
            onChange={set('occurredOn')}
            data-autofocus
          />
          <NativeSelect
            label={t('network.engagements.fields.kind')}
            value={draft.kind}
            error={fields.kind}
            onChange={set('kind')}
            data={engagementKinds.map((value) => ({ value, label: t(`network.engagements.kind.${value}`) }))}
          />
          <NativeSelect
            label={t('network.engagements.fields.contact')}
            value={draft.contactId}
            error={fields.contactId}
            onChange={set('contactId')}
            data={[
              { value: '', label: t('network.engagements.fields.noContact') },
              ...partner.contactsList.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        </SimpleGrid>
        <Textarea
          label={t('network.engagements.fields.summary')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={draft.summary}
          error={fields.summary}
          onChange={set('summary')}
        />
        <Group>
          <Button
            type="submit"
            loading={record.isPending}
            disabled={!draft.summary.trim() || !draft.occurredOn}
          >
            {t('network.engagements.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
