import { Anchor, Badge, Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type FrontDoorRequestView, useFrontDoorRequest } from '../../api/front-door.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';
import { ProposalReason, RequestOccupation, regionName, requestName } from './FrontDoorQueuePage.js';
import { RequestActions } from './RequestActions.js';

const route = getRouteApi('/app/front-door/$requestId');

/** One request: what the person told, the proposal and its reason, and what comes next. */
export function FrontDoorRequestPage() {
  const { t } = useTranslation();
  const { requestId } = route.useParams();
  const request = useFrontDoorRequest(requestId);
  return (
    <>
      <PageTitle
        title={
          request.data
            ? t('frontDoor.request.title', { name: requestName(request.data, t('frontDoor.anonymized')) })
            : t('frontDoor.title')
        }
        intro={
          <Anchor size="sm" renderRoot={(props) => <Link to="/front-door" {...props} />}>
            {t('frontDoor.request.back')}
          </Anchor>
        }
      />
      <QueryState isPending={request.isPending} error={request.error} onRetry={() => request.refetch()}>
        {request.data ? <RequestDetail request={request.data} /> : null}
      </QueryState>
    </>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function RequestDetail({ request }: { request: FrontDoorRequestView }) {
  const { t } = useTranslation();
  return (
    <Grid gap="lg" overflow="hidden">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack>
          <Paper withBorder p="md" component="section" aria-labelledby="request-identity">
            <Title order={2} size="h4" id="request-identity" mb="sm">
              {t('frontDoor.request.identity')}
            </Title>
            <Stack gap="xs" component="dl" m={0}>
              <Row label={t('frontDoor.request.email')}>{request.email ?? '—'}</Row>
              <Row label={t('frontDoor.request.phone')}>{request.phone ?? '—'}</Row>
              <Row label={t('frontDoor.request.birthYear')}>{request.birthYear ?? '—'}</Row>
              <Row label={t('frontDoor.request.language')}>{request.language.toUpperCase()}</Row>
              <Row label={t('frontDoor.request.residence')}>
                {[
                  request.residenceCity,
                  request.residenceRegionCode ? regionName(request.residenceRegionCode) : null,
                  request.residenceCountry,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </Row>
              <Row label={t('frontDoor.request.status')}>
                {!request.statusShown
                  ? t('frontDoor.request.statusHidden')
                  : request.status
                    ? t(`frontDoor.statuses.${request.status}`)
                    : t('frontDoor.request.statusNone')}
              </Row>
              <Row label={t('frontDoor.request.languages')}>
                {request.languages.length === 0
                  ? '—'
                  : request.languages
                      .map((l) => `${l.code.toUpperCase()} (${t(`frontDoor.levels.${l.level}`)})`)
                      .join(', ')}
              </Row>
              <Row label={t('frontDoor.request.occupation')}>
                <RequestOccupation request={request} />
              </Row>
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="request-sought">
            <Title order={2} size="h4" id="request-sought" mb="sm">
              {t('frontDoor.request.sought')}
            </Title>
            <Stack gap="xs" component="dl" m={0}>
              <Row label={t('frontDoor.request.regions')}>
                {request.anyRegion
                  ? t('frontDoor.anyRegion')
                  : request.regionsSought.map(regionName).join(' › ')}
              </Row>
              <Row label={t('frontDoor.request.community')}>
                {request.communityKinds.map((k) => t(`frontDoor.kinds.${k}`)).join(', ') || '—'}
              </Row>
              <Row label={t('frontDoor.request.needs')}>
                {request.communityNeeds.map((n) => t(`frontDoor.needs.${n}`)).join(', ') || '—'}
              </Row>
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="request-household">
            <Title order={2} size="h4" id="request-household" mb="sm">
              {t('frontDoor.request.household')} ·{' '}
              {t('frontDoor.householdSize', { count: request.householdSize })}
            </Title>
            {request.household.length === 0 ? (
              <Text>{t('frontDoor.request.householdNone')}</Text>
            ) : (
              <List>
                {request.household.map((m, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the household as the person listed it
                  <List.Item key={index}>
                    {t(`frontDoor.relations.${m.relation}`)}
                    {m.givenName ? ` — ${m.givenName}` : ''} ({m.birthYear})
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
          {request.message ? (
            <Paper withBorder p="md" component="section" aria-labelledby="request-message">
              <Title order={2} size="h4" id="request-message" mb="sm">
                {t('frontDoor.request.message')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{request.message}</Text>
            </Paper>
          ) : null}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack>
          <Paper withBorder p="md" component="section" aria-labelledby="request-routing">
            <Title order={2} size="h4" id="request-routing" mb="sm">
              {t('frontDoor.table.state')}
            </Title>
            <Stack gap="xs">
              <Badge variant="light" color={request.state === 'new' ? 'orange.9' : 'gray.8'}>
                {t(`frontDoor.states.${request.state}`)}
              </Badge>
              <Text size="sm">
                {t('frontDoor.request.received', { date: formatDateTime(request.receivedAt) })}
              </Text>
              {request.repeatCount > 0 ? (
                <Text size="sm">{t('frontDoor.repeats', { count: request.repeatCount })}</Text>
              ) : null}
              {request.proposedOrganization ? (
                <div>
                  <Text size="sm">
                    {t('frontDoor.request.proposal', { organization: request.proposedOrganization.name })}
                  </Text>
                  <ProposalReason request={request} />
                </div>
              ) : null}
              {request.assignedOrganization ? (
                <Text size="sm" fw={600}>
                  {t('frontDoor.request.assigned', { organization: request.assignedOrganization.name })}
                </Text>
              ) : null}
              {request.assignmentNote ? (
                <Text size="sm">
                  {t('frontDoor.request.assignmentNote', { note: request.assignmentNote })}
                </Text>
              ) : null}
              {request.closeReason ? (
                <Text size="sm">
                  {t('frontDoor.request.closed', {
                    reason: t(`frontDoor.closeReasons.${request.closeReason}`),
                  })}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('frontDoor.request.consent', {
                  date: formatDateTime(request.consentGivenAt),
                  version: request.consentTextVersion,
                })}
              </Text>
            </Stack>
          </Paper>
          <RequestActions request={request} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
