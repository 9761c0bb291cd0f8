import { Alert, Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { useSendBulletin, useSubscribers } from '../../api/network.js';
import { notify } from '../../notify.js';

/** An issue to every active subscriber, after a confirmation naming how many will receive it. */
export function SendBulletin() {
  const { t } = useTranslation();
  const send = useSendBulletin();
  const active = useSubscribers({ state: 'active', pageSize: 1 });
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [confirming, setConfirming] = useState(false);
  const count = active.data?.active ?? 0;
  const fields = send.error instanceof ApiError ? send.error.fieldErrors() : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    try {
      const sent = await send.mutateAsync({ subject: subject.trim(), body });
      notify({ color: 'green', message: t('network.bulletin.sent', { count: sent.recipients }) });
      setSubject('');
      setBody('');
    } catch {
      // Shown above the form.
    }
  };
  return (
    <Stack component="section" aria-labelledby="bulletin-send" gap="sm">
      <Title order={2} size="h3" id="bulletin-send">
        {t('network.bulletin.sendTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          {send.error ? (
            <Alert color="red" role="alert">
              {errorMessage(send.error)}
            </Alert>
          ) : null}
          <TextInput
            label={t('network.bulletin.subject')}
            required
            maxLength={200}
            value={subject}
            error={fields.subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
          />
          <Textarea
            label={t('network.bulletin.body')}
            description={t('network.bulletin.bodyHint')}
            required
            autosize
            minRows={6}
            maxLength={20000}
            value={body}
            error={fields.body}
            onChange={(event) => setBody(event.currentTarget.value)}
          />
          {confirming ? (
            <Alert color="blue" role="status">
              {t('network.bulletin.confirmSend', { subject: subject.trim(), count })}
            </Alert>
          ) : null}
          <Group>
            <Button
              type="submit"
              loading={send.isPending}
              disabled={!subject.trim() || !body.trim() || count === 0}
            >
              {t('network.bulletin.send', { count })}
            </Button>
            {confirming ? (
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('app.cancel')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
