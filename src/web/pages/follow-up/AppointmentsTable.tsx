import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type Appointment, useRecordOutcome } from '../../api/follow-up.js';
import { notify } from '../../notify.js';
import { MergedFileBadge } from '../person/MergedFileBadge.js';
import { CancelDialog, MoveDialog } from './AppointmentDialogs.js';
import { AppointmentStatusBadge, useFollowUpFormat, useWhere } from './ui.js';

export function AppointmentsTable({
  personId,
  appointments,
}: {
  personId: string;
  appointments: Appointment[];
}) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const where = useWhere();
  const outcome = useRecordOutcome(personId);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const record = async (appointment: Appointment, status: 'held' | 'missed') => {
    try {
      await outcome.mutateAsync({ appointmentId: appointment.id, status });
      notify({ color: 'green', message: t('followUp.appointments.recorded') });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    }
  };
  if (appointments.length === 0) return <Text>{t('followUp.appointments.empty')}</Text>;
  const now = Date.now();
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Caption>{t('followUp.appointments.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('followUp.appointments.when')}</Table.Th>
              <Table.Th scope="col">{t('followUp.appointments.mode')}</Table.Th>
              <Table.Th scope="col">{t('followUp.appointments.where')}</Table.Th>
              <Table.Th scope="col">{t('followUp.appointments.participants')}</Table.Th>
              <Table.Th scope="col">{t('followUp.appointments.status')}</Table.Th>
              <Table.Th scope="col">{t('followUp.appointments.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {appointments.map((a) => {
              const when = format.dateTime(a.startsAt);
              const begun = Date.parse(a.startsAt) <= now;
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={600}>
                    {when} · {a.durationMinutes} min
                    {a.fromMergedFile ? <MergedFileBadge file={a.fromMergedFile} /> : null}
                  </Table.Th>
                  <Table.Td>{t(`followUp.mode.${a.mode}`)}</Table.Td>
                  <Table.Td>
                    {a.mode === 'video' && a.meetingLink ? (
                      <Anchor href={a.meetingLink} target="_blank" rel="noreferrer">
                        {a.meetingLink}
                      </Anchor>
                    ) : (
                      where(a)
                    )}
                  </Table.Td>
                  <Table.Td>
                    {a.participants
                      .map((p) =>
                        p.kind === 'staff'
                          ? p.displayName
                          : t('followUp.appointments.partner', { name: p.name }),
                      )
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>
                    <AppointmentStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>
                    {/* A merged file's appointment is changed on that file, where it stays. */}
                    <Group gap="xs" wrap="nowrap" display={a.fromMergedFile ? 'none' : undefined}>
                      {a.status !== 'cancelled' && begun && a.status !== 'held' ? (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('followUp.appointments.markHeldOf', { date: when })}
                          onClick={() => void record(a, 'held')}
                        >
                          {t('followUp.appointments.markHeld')}
                        </Button>
                      ) : null}
                      {a.status !== 'cancelled' && begun && a.status !== 'missed' ? (
                        <Button
                          size="xs"
                          variant="light"
                          color="orange.9"
                          aria-label={t('followUp.appointments.markMissedOf', { date: when })}
                          onClick={() => void record(a, 'missed')}
                        >
                          {t('followUp.appointments.markMissed')}
                        </Button>
                      ) : null}
                      {a.status === 'scheduled' ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('followUp.appointments.moveOf', { date: when })}
                          onClick={() => setMoving(a)}
                        >
                          {t('followUp.appointments.move')}
                        </Button>
                      ) : null}
                      {a.status === 'scheduled' ? (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          aria-label={t('followUp.appointments.cancelOf', { date: when })}
                          onClick={() => setCancelling(a)}
                        >
                          {t('followUp.appointments.cancel')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {moving ? (
        <MoveDialog personId={personId} appointment={moving} onClose={() => setMoving(null)} />
      ) : null}
      {cancelling ? (
        <CancelDialog personId={personId} appointment={cancelling} onClose={() => setCancelling(null)} />
      ) : null}
    </>
  );
}
