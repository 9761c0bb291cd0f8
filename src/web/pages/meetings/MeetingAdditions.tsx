import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { type MeetingView, useAddAction, useAddDocument } from '../../api/meetings.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';

/**
 * A new action decided at the meeting: what, the owner (a member), a person in charge — one of its staff
 * accounts, or someone without one named — and a due day.
 */
export function AddActionForm({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const add = useAddAction(meeting.id);
  const owners = meeting.participants;
  const empty = {
    title: '',
    ownerOrganizationId: owners[0]?.id ?? '',
    ownerUserId: '',
    ownerName: '',
    dueOn: '',
  };
  const [draft, setDraft] = useState(empty);
  const errors = fieldErrorsOf(add.error);
  return (
    <form
      aria-labelledby="meeting-action-new"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await add.mutateAsync({
            title: draft.title,
            ownerOrganizationId: draft.ownerOrganizationId,
            ownerUserId: draft.ownerUserId || null,
            ownerName: draft.ownerUserId ? null : draft.ownerName.trim() || null,
            dueOn: draft.dueOn || null,
          });
          notify({ color: 'green', message: t('meetings.actions.added') });
          setDraft(empty);
        } catch {
          // Shown under the fields.
        }
      }}
    >
      <Title order={3} size="h5" mt="md" mb="xs" id="meeting-action-new">
        {t('meetings.actions.addTitle')}
      </Title>
      <Stack gap="xs">
        <TextInput
          required
          label={t('meetings.actions.what')}
          value={draft.title}
          maxLength={500}
          error={errors.title}
          onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
        />
        <Group grow wrap="wrap" align="flex-start">
          <NativeSelect
            required
            label={t('meetings.actions.owner')}
            value={draft.ownerOrganizationId}
            error={errors.ownerOrganizationId}
            onChange={(e) =>
              setDraft({ ...draft, ownerOrganizationId: e.currentTarget.value, ownerUserId: '' })
            }
            data={owners.map((o) => ({ value: o.id, label: o.name }))}
          />
          <NativeSelect
            label={t('meetings.actions.ownerUser')}
            value={draft.ownerUserId}
            error={errors.ownerUserId}
            onChange={(e) => setDraft({ ...draft, ownerUserId: e.currentTarget.value })}
            data={[
              { value: '', label: t('meetings.actions.nobody') },
              ...(owners.find((o) => o.id === draft.ownerOrganizationId)?.staff ?? []).map((s) => ({
                value: s.userId,
                label: s.name ?? '—',
              })),
            ]}
          />
          <TextInput
            label={t('meetings.actions.ownerName')}
            value={draft.ownerName}
            maxLength={200}
            disabled={draft.ownerUserId !== ''}
            error={errors.ownerName}
            onChange={(e) => setDraft({ ...draft, ownerName: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('meetings.actions.dueOn')}
            value={draft.dueOn}
            error={errors.dueOn}
            onChange={(e) => setDraft({ ...draft, dueOn: e.currentTarget.value })}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('meetings.actions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The meeting's documents, as links to where the consortium keeps them; the coordination attaches them. */
export function DocumentsSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const add = useAddDocument(meeting.id);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const errors = fieldErrorsOf(add.error);
  return (
    <Stack gap="xs">
      {meeting.documents.length === 0 ? (
        <Text>{t('meetings.documents.none')}</Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 24 }}>
          {meeting.documents.map((document) => (
            <li key={document.id}>
              <Anchor href={document.url} target="_blank" rel="noreferrer">
                {document.title}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {formatDate(document.addedAt)}
                {document.addedBy.name ? ` · ${document.addedBy.name}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {meeting.runs ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            try {
              await add.mutateAsync({ title, url: url.trim() });
              notify({ color: 'green', message: t('meetings.documents.added') });
              setTitle('');
              setUrl('');
            } catch {
              // Shown under the fields.
            }
          }}
        >
          <Group grow wrap="wrap" align="flex-end">
            <TextInput
              required
              label={t('meetings.documents.name')}
              value={title}
              maxLength={200}
              error={errors.title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <TextInput
              required
              type="url"
              label={t('meetings.documents.url')}
              description={t('meetings.documents.urlHint')}
              placeholder="https://"
              value={url}
              error={errors.url}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
            <Button type="submit" loading={add.isPending} style={{ flexGrow: 0 }}>
              {t('meetings.documents.add')}
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}
