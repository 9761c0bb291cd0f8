import { Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Participant, type SeriesDetail, useWithdrawParticipant } from '../../api/sessions.js';
import { notify } from '../../notify.js';
import { AttendanceDrawer } from './AttendanceDrawer.js';
import { EnrolmentStatusBadge } from './ui.js';

export function ParticipantsTable({ series }: { series: SeriesDetail }) {
  const { t } = useTranslation();
  const [attendanceOf, setAttendanceOf] = useState<Participant | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const withdraw = useWithdrawParticipant(series.id);

  const confirmWithdrawal = async (participant: Participant) => {
    try {
      const result = await withdraw.mutateAsync(participant.enrolmentId);
      notify({
        color: 'green',
        message:
          result.promoted.length === 0
            ? t('sessions.participants.withdrawn', { name: participant.name })
            : t('sessions.participants.withdrawnPromoted', {
                name: participant.name,
                count: result.promoted.length,
              }),
      });
      setConfirming(null);
    } catch {
      // The global notice shows the server's message.
    }
  };

  return (
    <section aria-labelledby="participants-title">
      <Title order={2} size="h4" id="participants-title" mb="sm">
        {t('sessions.participants.title')}
      </Title>
      {series.participants.length === 0 ? (
        <Text>{t('sessions.participants.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('sessions.participants.caption', { title: series.title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.participants.name')}</Table.Th>
                <Table.Th scope="col">{t('sessions.field.organization')}</Table.Th>
                <Table.Th scope="col">{t('sessions.participants.status')}</Table.Th>
                <Table.Th scope="col">{t('app.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.participants.map((participant) => (
                <Table.Tr key={participant.enrolmentId}>
                  <Table.Th scope="row" fw={600}>
                    {participant.mine && participant.personId ? (
                      <Anchor
                        renderRoot={(props) => (
                          <Link
                            to="/people/$personId"
                            params={{ personId: participant.personId as string }}
                            search={{ tab: 'sessions' }}
                            {...props}
                          />
                        )}
                      >
                        {participant.name}
                      </Anchor>
                    ) : (
                      participant.name
                    )}
                    {participant.kind === 'staff' ? (
                      <Text size="xs" fw={400}>
                        {t('sessions.participants.staff')}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{participant.organizationName}</Table.Td>
                  <Table.Td>
                    <EnrolmentStatusBadge status={participant.status} rank={participant.waitlistRank} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setAttendanceOf(participant)}
                        aria-label={t('sessions.participants.attendanceOf', { name: participant.name })}
                      >
                        {t('sessions.participants.attendance')}
                      </Button>
                      {participant.mine && participant.status !== 'withdrawn' ? (
                        confirming === participant.enrolmentId ? (
                          <>
                            <Button
                              size="xs"
                              color="red.9"
                              loading={withdraw.isPending}
                              onClick={() => confirmWithdrawal(participant)}
                            >
                              {t('sessions.participants.confirmWithdraw', { name: participant.name })}
                            </Button>
                            <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                              {t('app.cancel')}
                            </Button>
                          </>
                        ) : (
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.9"
                            onClick={() => setConfirming(participant.enrolmentId)}
                            aria-label={t('sessions.participants.withdrawOf', { name: participant.name })}
                          >
                            {t('sessions.participants.withdraw')}
                          </Button>
                        )
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AttendanceDrawer series={series} participant={attendanceOf} onClose={() => setAttendanceOf(null)} />
    </section>
  );
}
