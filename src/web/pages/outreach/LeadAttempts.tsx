import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { contactChannels, type LeadView, useRecordAttempt } from '../../api/outreach.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';

/** The attempts to reach a lead, latest first, and the form to record one while the lead is open. */
export function LeadAttempts({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-attempts">
      <Title order={2} size="h4" id="lead-attempts" mb="sm">
        {t('outreach.attempts')}
      </Title>
      {lead.attemptsMade.length === 0 ? (
        <Text size="sm">{t('outreach.noAttempts')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={t('outreach.attemptsLabel')}>
          {lead.attemptsMade.map((attempt) => (
            <List.Item key={attempt.id}>
              <Text size="sm">
                {t('outreach.attemptLine', {
                  channel: t(`outreach.channel.${attempt.channel}`),
                  when: formatDateTime(attempt.attemptedAt),
                  result: attempt.reached ? t('outreach.reached') : t('outreach.notReached'),
                  name: attempt.recordedBy.name ?? '—',
                })}
              </Text>
              {attempt.note ? (
                <Text size="xs" c="dimmed">
                  {attempt.note}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      {lead.outcome === null ? <AttemptForm leadId={lead.id} /> : null}
    </Paper>
  );
}

/** A local date and time typed in the browser, sent with the browser's offset. */
const nowForInput = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const withOffset = (local: string) => new Date(local).toISOString();

function AttemptForm({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const record = useRecordAttempt(leadId);
  const [at, setAt] = useState(nowForInput);
  const [channel, setChannel] = useState<(typeof contactChannels)[number]>('phone');
  const [reached, setReached] = useState(false);
  const [note, setNote] = useState('');
  const fields = record.error instanceof ApiError ? record.error.fieldErrors() : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({ attemptedAt: withOffset(at), channel, reached, note: note.trim() || null });
      notify({ color: 'green', message: t('outreach.attemptSaved') });
      setNote('');
      setReached(false);
    } catch {
      // Shown above the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('outreach.recordAttempt')}>
      <Stack gap="xs" mt="md">
        <Title order={3} size="h5">
          {t('outreach.recordAttempt')}
        </Title>
        {record.error && !fields.attemptedAt ? (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        ) : null}
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('outreach.attemptedAt')}
            required
            value={at}
            error={fields.attemptedAt}
            onChange={(event) => setAt(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('outreach.attemptChannel')}
            value={channel}
            onChange={(event) => setChannel(event.currentTarget.value as typeof channel)}
            data={contactChannels.map((value) => ({ value, label: t(`outreach.channel.${value}`) }))}
          />
        </Group>
        <Checkbox
          label={t('outreach.attemptReached')}
          checked={reached}
          onChange={(event) => setReached(event.currentTarget.checked)}
        />
        <Textarea
          label={t('outreach.attemptNote')}
          autosize
          minRows={1}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" size="sm" loading={record.isPending} disabled={!at}>
            {t('outreach.recordAttempt')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
