import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { type StayDetail, useObserveStay } from '../../api/stays.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { notify } from '../../notify.js';

/**
 * The host partner's observations on the stay: the host writes them (and rewrites them), the
 * organization accompanying the household reads them.
 */
export function StayObservationsSection({ stay }: { stay: StayDetail }) {
  const { t } = useTranslation();
  const writable = stay.actions.includes('observe');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stay-observations-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="stay-observations-title">
          {t('stays.observations.title')}
        </Title>
        {writable ? (
          <ObservationsForm stay={stay} />
        ) : stay.hostObservations ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {stay.hostObservations}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('stays.observations.none')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function ObservationsForm({ stay }: { stay: StayDetail }) {
  const { t } = useTranslation();
  const observe = useObserveStay(stay.id);
  const [text, setText] = useState(stay.hostObservations ?? '');
  const errors = fieldErrorsOf(observe.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    observe.mutate(text.trim() || null, {
      onSuccess: () => notify({ color: 'green', message: t('stays.observations.saved') }),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormErrorAlert error={observe.error} />
        <Textarea
          label={t('stays.observations.label')}
          description={t('stays.observations.hint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.observations}
          autosize
          minRows={3}
          maxLength={4000}
        />
        <div>
          <Button type="submit" variant="light" loading={observe.isPending}>
            {t('stays.observations.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
