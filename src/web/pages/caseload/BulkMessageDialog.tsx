import { Alert, Button, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBulkMessage } from '../../api/caseload-work.js';
import { errorMessage } from '../../api/errors.js';
import { notify } from '../../notify.js';
import { Dialog } from './Dialog.js';

type Report = NonNullable<ReturnType<typeof useBulkMessage>['data']>;

/**
 * Writes one e-mail to the selected people: `{firstName}` becomes each one's given name. "Check the
 * recipients" lists who will receive it and who is skipped and why (no address, no consent, file
 * restricted) before anything is sent; sending shows the same report.
 */
export function BulkMessageDialog({
  personIds,
  onClose,
  onDone,
}: {
  personIds: string[] | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={personIds !== null}
      onClose={onClose}
      size="lg"
      title={t('caseloadActions.message.title')}
    >
      {personIds ? <BulkMessageForm personIds={personIds} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function BulkMessageForm({
  personIds,
  onClose,
  onDone,
}: {
  personIds: string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const message = useBulkMessage();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState(t('caseloadActions.message.defaultBody'));
  const [report, setReport] = useState<Report | null>(null);
  const ready = subject.trim() !== '' && body.trim() !== '';

  const run = async (preview: boolean) => {
    try {
      const result = await message.mutateAsync({ personIds, subject: subject.trim(), body, preview });
      setReport(result);
      if (result.sent) {
        notify({
          color: 'green',
          message: t('caseloadActions.message.sent', { count: result.recipients.length }),
        });
        onDone();
      }
    } catch {
      // Shown above the form.
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message.error ? (
          <Alert color="red" role="alert">
            {errorMessage(message.error)}
          </Alert>
        ) : null}
        {report?.sent ? null : (
          <>
            <TextInput
              label={t('caseloadActions.message.subject')}
              required
              maxLength={150}
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
            />
            <Textarea
              label={t('caseloadActions.message.body')}
              description={t('caseloadActions.message.bodyHint')}
              required
              autosize
              minRows={5}
              maxLength={5000}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
          </>
        )}
        {report ? <MessageReport report={report} /> : null}
        <Group>
          {report?.sent ? (
            <Button onClick={onClose}>{t('app.close')}</Button>
          ) : (
            <>
              <Button variant="light" disabled={!ready} loading={message.isPending} onClick={() => run(true)}>
                {t('caseloadActions.message.check')}
              </Button>
              <Button
                type="submit"
                disabled={!ready || report?.recipients.length === 0}
                loading={message.isPending}
              >
                {t('caseloadActions.message.send')}
              </Button>
              <Button variant="default" onClick={onClose}>
                {t('app.cancel')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function MessageReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status">
      <Title order={2} size="h4">
        {report.sent
          ? t('caseloadActions.message.sentTo', { count: report.recipients.length })
          : t('caseloadActions.message.willReach', { count: report.recipients.length })}
      </Title>
      {report.recipients.length > 0 ? (
        <Text size="sm">{report.recipients.map((r) => r.name).join(', ')}</Text>
      ) : null}
      {report.skipped.length > 0 ? (
        <>
          <Title order={3} size="h5">
            {t('caseloadActions.message.skipped', { count: report.skipped.length })}
          </Title>
          <List size="sm">
            {report.skipped.map((s) => (
              <List.Item key={s.personId}>
                {t('caseloadActions.message.skippedRow', {
                  name: s.name ?? t('caseloadActions.unknownPerson'),
                  reason: t(`caseloadActions.message.reasons.${s.reason}`),
                })}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}
