import { Alert, Anchor, Button, Code, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileTypePdf } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import {
  attestationPdfUrl,
  type Participant,
  type ParticipantAttendance,
  type SeriesDetail,
  useIssueAttestation,
  useParticipantAttendance,
} from '../../api/sessions.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { Facts } from '../person/Facts.js';
import { okGreen, useSessionFormat } from './ui.js';

/** A participant's hours and where their attestation stands, beside the participants table. */
export function AttendanceDrawer({
  series,
  participant,
  onClose,
}: {
  series: SeriesDetail;
  participant: Participant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 40em)');
  return (
    <Drawer.Root
      opened={participant !== null}
      onClose={onClose}
      position="right"
      size={narrow ? '100%' : 'lg'}
    >
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A <header> inside the dialog would be a second page banner for assistive technology. */}
        <Drawer.Header component="div">
          <Drawer.Title>
            {participant ? t('sessions.attendance.title', { name: participant.name }) : ''}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('app.close')} />
        </Drawer.Header>
        <Drawer.Body>
          {participant ? <AttendanceBody series={series} enrolmentId={participant.enrolmentId} /> : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

function AttendanceBody({ series, enrolmentId }: { series: SeriesDetail; enrolmentId: string }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const attendance = useParticipantAttendance(enrolmentId);
  const data = attendance.data;
  return (
    <QueryState
      isPending={attendance.isPending}
      error={attendance.error}
      onRetry={() => attendance.refetch()}
    >
      {data ? (
        <Stack gap="lg">
          <Facts
            items={[
              {
                label: t('sessions.attendance.hours'),
                value: t('sessions.attendance.hoursValue', {
                  attended: format.duration(data.totals.attendedMinutes),
                  scheduled: format.duration(data.totals.scheduledMinutes),
                }),
              },
              {
                label: t('sessions.attendance.rate'),
                value: format.percent(data.totals.attendedMinutes, data.totals.scheduledMinutes),
              },
              { label: t('sessions.attendance.excused'), value: String(data.totals.excusedAbsences) },
              { label: t('sessions.attendance.unexcused'), value: String(data.totals.unexcusedAbsences) },
              { label: t('sessions.attendance.unmarked'), value: String(data.totals.unmarkedMeetings) },
              { label: t('sessions.attendance.toCome'), value: String(data.meetingsToCome) },
            ]}
          />
          <Decision series={series} enrolmentId={enrolmentId} attendance={data} />
        </Stack>
      ) : null}
    </QueryState>
  );
}

function Decision({
  series,
  enrolmentId,
  attendance,
}: {
  series: SeriesDetail;
  enrolmentId: string;
  attendance: ParticipantAttendance;
}) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const issue = useIssueAttestation(series.id);
  const decision = attendance.attestation;
  const issued = attendance.issued;
  return (
    <section aria-labelledby="decision-title">
      <Title order={3} size="h5" id="decision-title" mb="xs">
        {t('sessions.attendance.decision')}
      </Title>
      {decision === null ? <Text>{t('sessions.type.noAttestation')}</Text> : null}
      {decision?.outcome === 'granted' ? (
        <Text fw={600} c={okGreen}>
          {t('sessions.attendance.granted', {
            attended: format.duration(decision.attendedMinutes),
            scheduled: format.duration(decision.scheduledMinutes),
          })}
        </Text>
      ) : null}
      {decision?.outcome === 'refused' ? (
        <Text fw={600} c="red.9">
          {t('sessions.attendance.refused', { missing: format.duration(decision.missingMinutes) })}
        </Text>
      ) : null}
      {decision?.outcome === 'pending' ? (
        <Text>{t(`sessions.attendance.pending.${decision.reason}`)}</Text>
      ) : null}
      {issued ? (
        <Stack gap="xs" mt="md">
          <Text>
            {t('sessions.attendance.issuedOn', { date: formatDate(issued.issuedOn) })}{' '}
            <Code>{issued.code}</Code>
          </Text>
          <Group gap="md">
            {(['fr', 'en'] as const).map((locale) => (
              <Anchor key={locale} href={attestationPdfUrl(enrolmentId, locale)} target="_blank">
                <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
                {t(`sessions.attendance.pdf.${locale}`)}
              </Anchor>
            ))}
            <Anchor
              renderRoot={(props) => <Link to="/verify/$code" params={{ code: issued.code }} {...props} />}
            >
              {t('sessions.attendance.verifyLink')}
            </Anchor>
          </Group>
        </Stack>
      ) : null}
      {issue.error ? (
        <Alert color="red" role="alert" mt="sm">
          {errorMessage(issue.error)}
        </Alert>
      ) : null}
      {decision?.outcome === 'granted' ? (
        <Button
          mt="md"
          loading={issue.isPending}
          variant={issued ? 'light' : 'filled'}
          onClick={async () => {
            try {
              const result = await issue.mutateAsync(enrolmentId);
              notify({
                color: 'green',
                message: t(
                  result.reissued ? 'sessions.attendance.reissuedNotice' : 'sessions.attendance.issuedNotice',
                  {
                    code: result.code,
                  },
                ),
              });
            } catch {
              // Shown above the button.
            }
          }}
        >
          {issued ? t('sessions.attendance.reissue') : t('sessions.attendance.issue')}
        </Button>
      ) : null}
    </section>
  );
}
