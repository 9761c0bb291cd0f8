import { Button, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import { reminderDelayBounds, useReminderDelays, useSetReminderDelays } from '../../api/reminder-delays.js';
import { FormErrorAlert } from '../../components/FormErrorAlert.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';

type Delays = { referralDays: number | ''; handoffDays: number | '' };

/**
 * The organization's reminder delays (migration 0086): how long a referral it sent may stay pending,
 * and a hand-off it proposed may wait, before both sides get a reminder task. Administrators, directors
 * and coordinators change them (on the staff page, and on the referrals sent for coordinators, who have
 * no staff page); the other staff read them.
 */
export function ReminderDelaysPanel() {
  const { t } = useTranslation();
  const delays = useReminderDelays();
  const save = useSetReminderDelays();
  const [draft, setDraft] = useState<Delays | null>(null);
  const current: Delays | null = draft ?? delays.data ?? null;
  const errors = fieldErrorsOf(save.error);
  const canChange = delays.data?.canChange ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    // An emptied field is sent as is (0): the server says why it is refused, next to the field.
    save.mutate(
      { referralDays: Number(current.referralDays || 0), handoffDays: Number(current.handoffDays || 0) },
      {
        onSuccess: () => {
          setDraft(null);
          notify({ color: 'green', message: t('referrals.reminderDelays.saved') });
        },
      },
    );
  };
  const field = (name: 'referralDays' | 'handoffDays') =>
    current ? (
      <NumberInput
        label={t(`referrals.reminderDelays.${name}`)}
        description={t('referrals.reminderDelays.bounds', reminderDelayBounds)}
        min={reminderDelayBounds.min}
        max={reminderDelayBounds.max}
        allowDecimal={false}
        allowNegative={false}
        value={current[name]}
        readOnly={!canChange}
        onChange={(value) => setDraft({ ...current, [name]: value === '' ? '' : Number(value) })}
        error={errors[name]}
      />
    ) : null;
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="reminder-delays-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="reminder-delays-title">
            {t('referrals.reminderDelays.title')}
          </Title>
          <Text size="sm">{t('referrals.reminderDelays.intro')}</Text>
          <QueryState isPending={delays.isPending} error={delays.error} onRetry={() => delays.refetch()}>
            <FormErrorAlert error={save.error} />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              {field('referralDays')}
              {field('handoffDays')}
            </SimpleGrid>
            {canChange ? (
              <Button type="submit" loading={save.isPending} disabled={!draft}>
                {t('referrals.reminderDelays.save')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('referrals.reminderDelays.readOnly')}
              </Text>
            )}
          </QueryState>
        </Stack>
      </form>
    </Paper>
  );
}
