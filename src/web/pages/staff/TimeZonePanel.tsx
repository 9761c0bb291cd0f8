import { Alert, Button, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateOrganizationRoute } from '../../../contracts/organizations.js';
import { call } from '../../api/client.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { sessionQuery, useSession } from '../../api/session.js';
import { localeTag } from '../../format.js';
import { notify } from '../../notify.js';

/** The zones this browser knows by their canonical names, plus UTC (which Intl accepts but does not list). */
function knownZones(current: string): string[] {
  return [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', current])].sort();
}

/**
 * The organization's time zone, for its administrators: every time of the app is read and written in
 * it. Saving reloads the session, so the whole app moves to the new zone at once.
 */
export function TimeZonePanel() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const current = session.organization.timeZone;
  const zones = useMemo(
    () => knownZones(current).map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
    [current],
  );
  const [choice, setChoice] = useState<string | null>(null);
  const selected = choice ?? current;
  const save = useMutation({
    mutationFn: (timeZone: string) => call(updateOrganizationRoute, { body: { timeZone } }),
    meta: { inlineErrors: true },
    onSuccess: async (organization) => {
      notify({
        color: 'green',
        message: t('staffLifecycle.timeZone.saved', { timeZone: organization.timeZone }),
      });
      setChoice(null);
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const now = new Intl.DateTimeFormat(localeTag(i18n.resolvedLanguage ?? i18n.language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: selected,
  }).format(new Date());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(selected);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('staffLifecycle.timeZone.title')}
          </Title>
          <Text size="sm">{t('staffLifecycle.timeZone.intro')}</Text>
          {save.error && !errors.timeZone ? (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Select
            label={t('staffLifecycle.timeZone.label')}
            description={t('staffLifecycle.timeZone.now', { time: now })}
            data={zones}
            value={selected}
            onChange={(value) => setChoice(value)}
            searchable
            allowDeselect={false}
            limit={50}
            error={errors.timeZone}
          />
          <Button type="submit" loading={save.isPending} disabled={selected === current}>
            {t('staffLifecycle.timeZone.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
