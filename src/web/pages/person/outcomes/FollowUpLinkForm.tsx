import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FollowUpLinkSent, followUpFormLanguages, useSendFollowUpLink } from '../../../api/outcomes.js';
import { formatDateTime } from '../../../format.js';
import { outcomeFieldErrors } from './exit-errors.js';
import type { FollowUpFormProps } from './follow-up-form-props.js';
import { LinkSentLine } from './LinkSentLine.js';
import { OutcomeFormShell } from './OutcomeFormShell.js';

type FormLanguage = (typeof followUpFormLanguages)[number];

/** Sends the person the single-use link to the form (e-mail, SMS), then says by which channels it went. */
export function FollowUpLinkForm({ personId, followUp, onClose }: FollowUpFormProps) {
  const { t } = useTranslation();
  const send = useSendFollowUpLink(personId);
  // By default the language of the person's file (the server picks it), else the one chosen here.
  const [language, setLanguage] = useState<FormLanguage | ''>('');
  const [sent, setSent] = useState<FollowUpLinkSent | null>(null);
  const errors = outcomeFieldErrors(send.error, t);
  if (sent)
    return (
      <Stack>
        <Alert color="green" role="status">
          {sent.channels.map(({ channel, to }) => (
            <Text key={channel} size="sm">
              {channel === 'sms' ? t('outcomes.link.sentSms', { to }) : t('outcomes.link.sentEmail', { to })}
            </Text>
          ))}
          <Text size="sm">{t('outcomes.link.expires', { date: formatDateTime(sent.expiresAt) })}</Text>
        </Alert>
        {sent.smsFailed ? (
          <Alert color="yellow" role="status">
            {t('outcomes.link.smsFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('outcomes.link.close')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <OutcomeFormShell
      error={send.error}
      shown={['language']}
      pending={send.isPending}
      submitLabel={t('outcomes.link.submit')}
      onClose={onClose}
      onSubmit={async () => {
        setSent(await send.mutateAsync({ followUpId: followUp.id, body: { language: language || null } }));
      }}
    >
      <Text size="sm">{t('outcomes.link.intro')}</Text>
      <LinkSentLine followUp={followUp} />
      <NativeSelect
        label={t('outcomes.link.language')}
        value={language}
        error={errors.language}
        onChange={(event) => setLanguage(event.currentTarget.value as FormLanguage | '')}
        data={[
          { value: '', label: t('outcomes.link.personLanguage') },
          ...followUpFormLanguages.map((value) => ({ value, label: t(`outcomes.formLanguage.${value}`) })),
        ]}
        data-autofocus
      />
    </OutcomeFormShell>
  );
}
