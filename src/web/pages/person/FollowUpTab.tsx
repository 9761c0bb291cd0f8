import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonFollowUp } from '../../api/follow-up.js';
import { QueryState } from '../../components/QueryState.js';
import { AppointmentForm } from '../follow-up/AppointmentForm.js';
import { AppointmentsTable } from '../follow-up/AppointmentsTable.js';
import { NoteForm, NotesList } from '../follow-up/NotesSection.js';

/** The person's appointments (in person, phone, video, with partners) and notes. */
export function FollowUpTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const followUp = usePersonFollowUp(personId);
  const [scheduling, setScheduling] = useState(false);
  const [writing, setWriting] = useState(false);
  return (
    <QueryState
      isPending={followUp.isPending}
      error={followUp.error}
      onRetry={() => followUp.refetch()}
      missingRouteText={t('followUp.unavailable')}
    >
      {followUp.data ? (
        <Stack gap="lg">
          <section aria-labelledby="appointments-title">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="appointments-title">
                {t('followUp.appointments.title')}
              </Title>
              {scheduling ? null : (
                <Button size="sm" onClick={() => setScheduling(true)}>
                  {t('followUp.appointments.schedule')}
                </Button>
              )}
            </Group>
            {scheduling ? <AppointmentForm personId={personId} onDone={() => setScheduling(false)} /> : null}
            <AppointmentsTable personId={personId} appointments={followUp.data.appointments} />
          </section>
          <section aria-labelledby="notes-title">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="notes-title">
                {t('followUp.notes.title')}
              </Title>
              {writing ? null : (
                <Button size="sm" onClick={() => setWriting(true)}>
                  {t('followUp.notes.write')}
                </Button>
              )}
            </Group>
            {writing ? (
              <Paper withBorder p="md" mb="sm">
                <NoteForm personId={personId} onDone={() => setWriting(false)} />
              </Paper>
            ) : null}
            <NotesList personId={personId} notes={followUp.data.notes} />
          </section>
        </Stack>
      ) : null}
    </QueryState>
  );
}
