import { Anchor, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { attestationPdfUrl, type StaffTrainingRecord, useStaffTraining } from '../../api/sessions.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatNumber } from '../../format.js';
import { CertificationForm } from './CertificationForm.js';
import { EnrolmentStatusBadge, useSessionFormat } from './ui.js';

const route = getRouteApi('/app/staff/$userId/training');

/** A staff member's training record: what they attended, what it credited, where the certification stands. */
export function StaffTrainingPage() {
  const { t } = useTranslation();
  const { userId } = route.useParams();
  const record = useStaffTraining(userId);
  const data = record.data;
  return (
    <>
      <PageTitle
        title={
          data ? t('sessions.training.titleOf', { name: data.displayName }) : t('sessions.training.title')
        }
        intro={t('sessions.training.intro')}
      />
      <QueryState isPending={record.isPending} error={record.error} onRetry={() => record.refetch()}>
        {data ? (
          <Stack gap="lg">
            <CertificationPanel record={data} />
            <TrainingsTable record={data} />
            {data.canConfigure ? <CertificationForm current={data.certification} /> : null}
          </Stack>
        ) : null}
      </QueryState>
    </>
  );
}

function CertificationPanel({ record }: { record: StaffTrainingRecord }) {
  const { t, i18n } = useTranslation();
  const format = useSessionFormat();
  const certification = record.certification;
  const totals = (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" component="dl" m={0}>
      <Fact label={t('sessions.training.trainings')} value={formatNumber(record.trainings.length)} />
      <Fact
        label={t('sessions.training.hoursCredited')}
        value={format.duration(record.totals.attendedMinutes)}
      />
      <Fact label={t('sessions.training.points')} value={formatNumber(record.totals.points)} />
    </SimpleGrid>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="certification-title">
      <Title order={2} size="h4" id="certification-title" mb="sm">
        {certification
          ? (i18n.resolvedLanguage ?? i18n.language).startsWith('en')
            ? certification.nameEn
            : certification.nameFr
          : t('sessions.training.totalsTitle')}
      </Title>
      {certification ? (
        <Stack gap="sm" mb="md">
          <Text>
            {certification.progress.reached
              ? t('sessions.training.reached', {
                  from: formatDate(certification.progress.from),
                  to: formatDate(certification.progress.to),
                })
              : t('sessions.training.notReached', {
                  from: formatDate(certification.progress.from),
                  to: formatDate(certification.progress.to),
                })}
          </Text>
          {certification.requiredMinutes !== null ? (
            <Requirement
              label={t('sessions.training.hoursRequirement', {
                earned: format.duration(certification.progress.minutes),
                required: format.duration(certification.requiredMinutes),
              })}
              progress={certification.progress.minutesProgress ?? 0}
            />
          ) : null}
          {certification.requiredPoints !== null ? (
            <Requirement
              label={t('sessions.training.pointsRequirement', {
                earned: formatNumber(certification.progress.points),
                required: formatNumber(certification.requiredPoints),
              })}
              progress={certification.progress.pointsProgress ?? 0}
            />
          ) : null}
        </Stack>
      ) : (
        <Text mb="md">{t('sessions.training.noCertification')}</Text>
      )}
      {totals}
    </Paper>
  );
}

function Requirement({ label, progress }: { label: string; progress: number }) {
  const percent = Math.round(progress * 100);
  return (
    <div>
      <Text size="sm" mb={4}>
        {label} ({percent} %)
      </Text>
      <Progress value={percent} color={percent >= 100 ? 'teal.8' : 'blue.8'} aria-label={label} size="lg" />
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}

function TrainingsTable({ record }: { record: StaffTrainingRecord }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trainings-title">
      <Title order={2} size="h4" id="trainings-title" mb="sm">
        {t('sessions.training.trainingsTitle')}
      </Title>
      {record.trainings.length === 0 ? (
        <Text>{t('sessions.training.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.figures.session')}</Table.Th>
                <Table.Th scope="col">{t('sessions.figures.organizer')}</Table.Th>
                <Table.Th scope="col">{t('sessions.person.firstMeeting')}</Table.Th>
                <Table.Th scope="col">{t('sessions.training.status')}</Table.Th>
                <Table.Th scope="col">{t('sessions.training.hoursCredited')}</Table.Th>
                <Table.Th scope="col">{t('sessions.training.points')}</Table.Th>
                <Table.Th scope="col">{t('sessions.training.attestation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.trainings.map((training) => (
                <Table.Tr key={training.enrolmentId}>
                  <Table.Th scope="row" fw={400}>
                    {training.title}
                  </Table.Th>
                  <Table.Td>{training.organizerName}</Table.Td>
                  <Table.Td>{format.date(training.firstMeetingAt)}</Table.Td>
                  <Table.Td>
                    <EnrolmentStatusBadge status={training.status} />
                  </Table.Td>
                  <Table.Td>
                    {t('sessions.training.hoursOf', {
                      attended: format.duration(training.attendedMinutes),
                      scheduled: format.duration(training.scheduledMinutes),
                    })}
                    {training.meetingsToCome > 0 ? (
                      <Text size="xs" c="dimmed">
                        {t('sessions.training.toCome', { count: training.meetingsToCome })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {t('sessions.training.pointsOf', {
                      earned: formatNumber(training.points),
                      offered: formatNumber(training.pointsOffered),
                    })}
                  </Table.Td>
                  <Table.Td>
                    {training.attestation ? (
                      <Group gap="xs" wrap="nowrap">
                        <Text span size="sm">
                          {training.attestation.code}
                        </Text>
                        <Anchor
                          href={attestationPdfUrl(training.enrolmentId, format.documentLocale)}
                          target="_blank"
                          aria-label={t('sessions.person.pdfOf', { title: training.title })}
                        >
                          <IconFileTypePdf size={18} aria-hidden />
                        </Anchor>
                      </Group>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
