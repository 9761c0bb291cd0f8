import { Alert, Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersonOverviewView, usePersonOverview } from '../../api/person-overview.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate, formatDateTime } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';
import { AlertBadges } from '../caseload/CaseloadSignals.js';
import { MergedFileBadge } from './MergedFileBadge.js';
import type { PersonTab } from './person-tabs.js';

/**
 * The first screen of the file: the highlights a counselor checks before anything else, each card
 * leading to the tab that holds the details. One request (GET /api/people/:id/overview).
 */
export function OverviewTab({ personId }: { personId: string }) {
  const overview = usePersonOverview(personId);
  return (
    <QueryState isPending={overview.isPending} error={overview.error} onRetry={() => overview.refetch()}>
      {overview.data ? <Highlights personId={personId} data={overview.data} /> : null}
    </QueryState>
  );
}

function Highlights({ personId, data }: { personId: string; data: PersonOverviewView }) {
  const { t } = useTranslation();
  const follow = data.followUp;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="person-overview">
      <Card title={t('overview.who')} personId={personId} tab="identity">
        <WhoCard data={data} />
      </Card>
      <Card title={t('overview.accompaniment')} personId={personId} tab="enrolments">
        <ProgramsCard data={data} />
      </Card>
      {follow ? (
        <>
          <Card title={t('overview.alerts')} personId={personId} tab="followUp">
            <AlertBadges alerts={follow.alerts} />
            {follow.nextStep ? (
              <Text size="sm" mt="xs">
                {t('overview.nextStep', {
                  title: follow.nextStep.title,
                  date: formatDate(follow.nextStep.dueOn),
                })}
              </Text>
            ) : null}
          </Card>
          <Card title={t('overview.contacts')} personId={personId} tab="followUp">
            <ContactsCard follow={follow} />
          </Card>
          <Card title={t('overview.plan')} personId={personId} tab="plan">
            <PlanCard plan={follow.plan} />
          </Card>
        </>
      ) : null}
      <Card title={t('overview.consents')} personId={personId} tab="consent">
        <ConsentsCard data={data} />
      </Card>
    </SimpleGrid>
  );
}

/** A highlight: its heading, its facts, and a link to the tab with the details. */
function Card(props: { title: string; personId: string; tab: PersonTab; children: ReactNode }) {
  const { t } = useTranslation();
  const id = `overview-${props.tab}-${props.title.replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs" h="100%">
        <Title order={3} size="h5" id={id}>
          {props.title}
        </Title>
        <div style={{ flex: 1 }}>{props.children}</div>
        <Anchor
          size="sm"
          renderRoot={(rootProps) => (
            <Link
              to="/people/$personId"
              params={{ personId: props.personId }}
              search={{ tab: props.tab }}
              {...rootProps}
            />
          )}
        >
          {t('overview.open', { section: props.title })}
        </Anchor>
      </Stack>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:
      </Text>{' '}
      <Text span fw={500} size="sm">
        {children}
      </Text>
    </Text>
  );
}

function WhoCard({ data }: { data: PersonOverviewView }) {
  const { t } = useTranslation();
  const { identity, status } = data;
  const original = [identity.givenNameOriginal, identity.familyNameOriginal].filter(Boolean).join(' ');
  return (
    <Stack gap={4}>
      <Text fw={600}>
        {identity.givenName} {identity.familyName}
      </Text>
      {original ? (
        <Text dir="auto" lang="und">
          {original}
        </Text>
      ) : null}
      {identity.age !== null ? <Text size="sm">{t('person.age', { age: identity.age })}</Text> : null}
      {identity.city ? <Fact label={t('person.city')}>{identity.city}</Fact> : null}
      {identity.occupations.length > 0 ? (
        <Fact label={t('overview.occupations')}>{identity.occupations.join(', ')}</Fact>
      ) : null}
      {data.sensitiveHidden ? (
        <Alert color="gray" p="xs" icon={<IconLock size={16} aria-hidden />}>
          <Text size="sm">{t('person.statusHidden')}</Text>
        </Alert>
      ) : (
        <>
          <Fact label={t('person.immigrationStatus')}>
            {status?.immigrationStatus ? t(`status.${status.immigrationStatus}`) : t('app.unknown')}
          </Fact>
          {status?.statusDate ? (
            <Fact label={t('person.statusDate')}>{formatDate(status.statusDate)}</Fact>
          ) : null}
          {status?.asylumApplicationDate ? (
            <Fact label={t('person.asylumApplicationDate')}>{formatDate(status.asylumApplicationDate)}</Fact>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function ProgramsCard({ data }: { data: PersonOverviewView }) {
  const { t, i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (
    <Stack gap={6}>
      <Fact label={t('overview.referent')}>{data.referent?.name ?? t('overview.noReferent')}</Fact>
      {data.programs.length === 0 ? (
        <Text size="sm">{t('person.noEnrolments')}</Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.programs.map((p) => (
            <Group key={p.enrolmentId} component="li" gap="xs" wrap="wrap">
              <Text size="sm" fw={500}>
                {english ? p.nameEn : p.nameFr}
              </Text>
              <Badge
                color={p.status === 'enrolled' ? okGreen : 'gray.7'}
                variant="filled"
                tt="none"
                style={{ minWidth: 'max-content' }}
              >
                {t(`enrolmentStatus.${p.status}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {p.endedOn
                  ? t('overview.programDates', { from: formatDate(p.enrolledOn), to: formatDate(p.endedOn) })
                  : t('overview.programSince', { date: formatDate(p.enrolledOn) })}
              </Text>
              {p.fromMergedFile ? <MergedFileBadge file={p.fromMergedFile} /> : null}
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

type FollowUp = NonNullable<PersonOverviewView['followUp']>;

function ContactsCard({ follow }: { follow: FollowUp }) {
  const { t } = useTranslation();
  const low = follow.alerts.includes('lowIntensity');
  return (
    <Stack gap={4}>
      <Fact label={t('overview.nextAppointment')}>
        {follow.nextAppointmentAt ? formatDateTime(follow.nextAppointmentAt) : t('overview.none')}
      </Fact>
      <Fact label={t('overview.lastContact')}>
        {follow.lastContactOn ? formatDate(follow.lastContactOn) : t('overview.never')}
      </Fact>
      <Text size="sm" fw={low ? 700 : undefined} c={low ? lateOrange : undefined}>
        {follow.expectedContacts === null
          ? t('overview.contacts30', { count: follow.contactsLast30Days })
          : t('overview.contacts30OfExpected', {
              count: follow.contactsLast30Days,
              expected: follow.expectedContacts,
            })}
      </Text>
      {follow.missedAppointments > 0 ? (
        <Text size="sm">{t('overview.missed', { count: follow.missedAppointments })}</Text>
      ) : null}
    </Stack>
  );
}

function PlanCard({ plan }: { plan: FollowUp['plan'] }) {
  const { t } = useTranslation();
  if (!plan) return <Text size="sm">{t('overview.noPlan')}</Text>;
  const percent = plan.percent ?? 0;
  return (
    <Stack gap={6}>
      <Text size="sm">
        {plan.counted === 0
          ? t('overview.planNoSteps')
          : t('overview.planProgress', { done: plan.done, counted: plan.counted, percent })}
      </Text>
      <Progress.Root>
        <Progress.Section
          value={percent}
          color={okGreen}
          aria-label={t('overview.planProgressLabel')}
          aria-valuetext={`${percent} %`}
        />
      </Progress.Root>
      {plan.overdueSteps > 0 ? (
        <Text size="sm" fw={700} c={lateOrange}>
          {t('caseload.overdueCount', { count: plan.overdueSteps })}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t(`plans.statuses.${plan.status}`)} · {t(`overview.signature.${plan.signature}`)}
      </Text>
    </Stack>
  );
}

function ConsentsCard({ data }: { data: PersonOverviewView }) {
  const { t } = useTranslation();
  if (data.consents.length === 0) return <Text size="sm">{t('person.noConsent')}</Text>;
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {data.consents.map((c) => (
        <Text component="li" size="sm" key={`${c.purpose}-${c.revokedOn ?? ''}-${c.expiresOn ?? ''}`}>
          {t(`consentPurpose.${c.purpose}`)} —{' '}
          <Text span fw={600} size="sm" c={c.inForce ? okGreen : lateOrange}>
            {c.inForce
              ? c.expiresOn
                ? t('overview.consentUntil', { date: formatDate(c.expiresOn) })
                : t('overview.consentInForce')
              : c.revokedOn
                ? t('person.revokedOn', { date: formatDate(c.revokedOn) })
                : t('overview.consentExpired')}
          </Text>
        </Text>
      ))}
    </Stack>
  );
}
