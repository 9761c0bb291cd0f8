import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoOfWallTime, wallTimeOf } from '../../../core/time-zone.js';
import { documentDownloadUrl, usePersonDocuments } from '../../api/documents.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type Note, noteKinds, useEditNote, useWriteNote } from '../../api/follow-up.js';
import { notify } from '../../notify.js';
import { MergedFileBadge } from '../person/MergedFileBadge.js';
import { useFollowUpFormat } from './ui.js';

type Kind = (typeof noteKinds)[number];

export function NotesList({ personId, notes }: { personId: string; notes: Note[] }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const documents = usePersonDocuments(personId);
  const titles = new Map((documents.data?.items ?? []).map((d) => [d.id, d.title]));
  if (notes.length === 0) return <Text>{t('followUp.notes.empty')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {notes.map((note) => (
        <Paper key={note.id} withBorder p="sm" component="li">
          {editing === note.id ? (
            <NoteForm personId={personId} note={note} onDone={() => setEditing(null)} />
          ) : (
            <>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  {t('followUp.notes.meta', {
                    kind: t(`followUp.noteKind.${note.kind}`),
                    date: format.dateTime(note.occurredAt),
                    minutes: note.minutesSpent,
                    author: note.authorName,
                  })}
                </Text>
                <Group gap="xs">
                  {note.fromMergedFile ? <MergedFileBadge file={note.fromMergedFile} /> : null}
                  {note.confidential ? (
                    <Badge color="grape.9" variant="filled" tt="none">
                      {t('followUp.notes.confidentialBadge')}
                    </Badge>
                  ) : null}
                  {note.canEdit ? (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('followUp.notes.editOf', { date: format.dateTime(note.occurredAt) })}
                      onClick={() => setEditing(note.id)}
                    >
                      {t('followUp.notes.edit')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
              {note.documentIds.length > 0 ? (
                <Group gap="xs" mt="xs">
                  <Text size="sm">{t('followUp.notes.attached')}</Text>
                  {note.documentIds.map((id) => (
                    <Anchor key={id} size="sm" href={documentDownloadUrl(id)}>
                      {titles.get(id) ?? t('followUp.notes.document')}
                    </Anchor>
                  ))}
                </Group>
              ) : null}
              {note.body === null ? (
                <Text size="sm" fs="italic" mt="xs">
                  {t('followUp.notes.hidden')}
                </Text>
              ) : (
                <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.body}
                </Text>
              )}
            </>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** Writes a note, or edits one when `note` is given. */
export function NoteForm({ personId, note, onDone }: { personId: string; note?: Note; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const write = useWriteNote(personId);
  const edit = useEditNote(personId);
  const mutation = note ? edit : write;
  const [kind, setKind] = useState<Kind>(note?.kind ?? 'individual_interview');
  const [occurredAt, setOccurredAt] = useState(wallTimeOf(note?.occurredAt ?? new Date(), format.timeZone));
  const [minutes, setMinutes] = useState<number>(note?.minutesSpent ?? 30);
  const [body, setBody] = useState(note?.body ?? '');
  const [confidential, setConfidential] = useState(note?.confidential ?? false);
  const [documentIds, setDocumentIds] = useState<string[]>(note?.documentIds ?? []);
  const documents = usePersonDocuments(personId);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = fieldErrorsOf(mutation.error);
  const idPrefix = note ? `note-${note.id}` : 'note-new';
  const submit = async () => {
    const iso = isoOfWallTime(occurredAt, format.timeZone);
    if (!iso) {
      setLocalError(t('followUp.form.timeNeeded'));
      return;
    }
    setLocalError(null);
    const fields = {
      kind,
      occurredAt: iso,
      minutesSpent: minutes,
      body,
      confidential,
      documentIds,
    };
    try {
      if (note) await edit.mutateAsync({ noteId: note.id, body: fields });
      else await write.mutateAsync({ personId, ...fields });
      notify({ color: 'green', message: t(note ? 'followUp.notes.updated' : 'followUp.notes.saved') });
      onDone();
    } catch {
      // Shown above the form.
    }
  };
  return (
    <form
      aria-labelledby={`${idPrefix}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Text id={`${idPrefix}-title`} fw={600} mb="sm">
        {note
          ? t('followUp.notes.editOf', { date: format.dateTime(note.occurredAt) })
          : t('followUp.notes.write')}
      </Text>
      {mutation.error || localError ? (
        <Alert color="red" role="alert" mb="sm">
          {localError ?? errorMessage(mutation.error)}
        </Alert>
      ) : null}
      <Stack gap="sm">
        <Group grow wrap="wrap" align="flex-start">
          <NativeSelect
            label={t('followUp.notes.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
            data={noteKinds.map((k) => ({ value: k, label: t(`followUp.noteKind.${k}`) }))}
          />
          <TextInput
            type="datetime-local"
            required
            label={t('followUp.notes.occurredAt')}
            description={t('followUp.form.timeZone', { timeZone: format.timeZone })}
            value={occurredAt}
            error={errors.occurredAt}
            onChange={(e) => setOccurredAt(e.currentTarget.value)}
          />
          <NumberInput
            required
            label={t('followUp.notes.minutesSpent')}
            min={0}
            max={1440}
            allowDecimal={false}
            value={minutes}
            error={errors.minutesSpent}
            onChange={(value) => setMinutes(Number(value) || 0)}
          />
        </Group>
        <Textarea
          required
          autosize
          minRows={3}
          label={t('followUp.notes.body')}
          value={body}
          error={errors.body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        {documents.data && documents.data.items.length > 0 ? (
          <MultiSelect
            label={t('followUp.notes.documents')}
            data={documents.data.items.map((d) => ({ value: d.id, label: d.title }))}
            value={documentIds}
            onChange={setDocumentIds}
            searchable
            clearable
          />
        ) : null}
        <Checkbox
          label={t('followUp.notes.confidential')}
          description={t('followUp.notes.confidentialHint')}
          checked={confidential}
          onChange={(e) => setConfidential(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('followUp.notes.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
