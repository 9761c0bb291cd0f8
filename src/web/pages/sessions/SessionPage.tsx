import { Anchor, Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.js';
import { type SeriesDetail, sessionStaffRoles, useSeries } from '../../api/sessions.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { Facts } from '../person/Facts.js';
import { EnrolForm } from './EnrolForm.js';
import { HostEmployerLink } from './HostEmployerFields.js';
import { MeetingsTable } from './MeetingsTable.js';
import { ParticipantsTable } from './ParticipantsTable.js';
import { Seats } from './SessionsPage.js';
import { SignupRequestsSection } from './SignupRequestsSection.js';
import { AttestationBadge, useSessionFormat } from './ui.js';

const route = getRouteApi('/app/sessions/$seriesId');

export function SessionPage() {
  const { t } = useTranslation();
  const { seriesId } = route.useParams();
  const session = useSession();
  const series = useSeries(seriesId);
  const data = series.data;
  return (
    <>
      <PageTitle
        title={data?.title ?? t('sessions.detail.title')}
        intro={
          data ? (
            <Group gap="xs" component="span">
              <span>
                {data.organizationName} · {t(`sessions.kind.${data.kind}`)}
              </span>
              <AttestationBadge grants={data.grantsAttestation} />
              {data.status === 'planned' ? null : (
                <Badge color="gray.7" variant="filled" tt="none">
                  {t(`sessions.seriesStatus.${data.status}`)}
                </Badge>
              )}
            </Group>
          ) : undefined
        }
        actions={
          <Anchor renderRoot={(props) => <Link to="/sessions" {...props} />}>
            {t('sessions.detail.back')}
          </Anchor>
        }
      />
      <QueryState
        isPending={series.isPending}
        error={series.error}
        onRetry={() => series.refetch()}
        missingRouteText={t('sessions.unavailable')}
      >
        {data ? (
          <Stack gap="lg">
            <SeriesFacts series={data} />
            <MeetingsTable series={data} />
            <ParticipantsTable series={data} />
            <SignupRequestsSection series={data} />
            {sessionStaffRoles.includes(session.role) && data.status === 'planned' ? (
              <EnrolForm series={data} />
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
    </>
  );
}

function SeriesFacts({ series }: { series: SeriesDetail }) {
  const { t, i18n } = useTranslation();
  const format = useSessionFormat();
  const language = (() => {
    try {
      return new Intl.DisplayNames([i18n.resolvedLanguage ?? i18n.language], { type: 'language' }).of(
        series.language,
      );
    } catch {
      return series.language;
    }
  })();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="series-facts-title">
      <Title order={2} size="h4" id="series-facts-title" mb="sm">
        {t('sessions.detail.about')}
      </Title>
      <Facts
        items={[
          { label: t('sessions.field.audience'), value: t(`sessions.audience.${series.audience}`) },
          { label: t('sessions.field.mode'), value: t(`sessions.mode.${series.mode}`) },
          { label: t('sessions.field.language'), value: language },
          { label: t('sessions.field.openness'), value: t(`sessions.openness.${series.openness}`) },
          {
            label: t('sessions.field.dates'),
            value:
              series.meetings > 1
                ? t('sessions.detail.dateRange', {
                    first: format.date(series.firstMeetingAt),
                    last: format.date(series.lastMeetingAt),
                    count: series.meetings,
                  })
                : format.dateTime(series.firstMeetingAt),
          },
          { label: t('sessions.field.seats'), value: <Seats series={series} /> },
          ...(series.employer
            ? [
                {
                  label: t('sessions.field.hostEmployer'),
                  value: <HostEmployerLink employer={series.employer} />,
                },
              ]
            : []),
          ...(series.place ? [{ label: t('sessions.field.place'), value: series.place }] : []),
          ...(series.meetingLink
            ? [
                {
                  label: t('sessions.field.meetingLink'),
                  value: (
                    <Anchor
                      href={series.meetingLink}
                      target="_blank"
                      rel="noreferrer"
                      style={{ wordBreak: 'break-all' }}
                    >
                      {series.meetingLink}
                    </Anchor>
                  ),
                },
              ]
            : []),
          { label: t('sessions.field.presenter'), value: series.presenter },
          {
            label: t('sessions.field.attestation'),
            value: series.attestationRule
              ? t('sessions.type.ruleSummary', { percent: series.attestationRule.minAttendancePercent })
              : t('sessions.type.noAttestation'),
          },
        ]}
      />
    </Paper>
  );
}
