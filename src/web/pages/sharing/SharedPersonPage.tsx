import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { type SharedPersonView, useSharedPerson } from '../../api/sharing.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDate } from '../../format.js';
import { languageName } from '../../format-names.js';
import { Facts } from '../person/Facts.js';
import { SimpleTable } from '../person/tabs/shared.js';
import { SharedRegionalizationPlan } from '../relocation-plans/SharedRegionalizationPlan.js';

const route = getRouteApi('/app/shared-people/$personId');

/** A file a partner shared with us, read only: the sections its consent covers, nothing else. */
export function SharedPersonPage() {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  const shared = useSharedPerson(personId);
  const data = shared.data;
  const name = data?.identity
    ? `${data.identity.givenName} ${data.identity.familyName}`
    : t('sharing.fileTitle');
  return (
    <>
      <Anchor
        size="sm"
        mb="xs"
        display="inline-block"
        renderRoot={(props) => <Link to="/shared-people" {...props} />}
      >
        {t('sharing.back')}
      </Anchor>
      <PageTitle
        title={name}
        intro={
          data
            ? data.sharedUntil
              ? t('sharing.readOnly', {
                  organization: data.organizationName,
                  until: formatDate(data.sharedUntil),
                })
              : t('sharing.readOnlyNoEnd', { organization: data.organizationName })
            : undefined
        }
      />
      {shared.error instanceof ApiError && shared.error.code === 'SHARED_PERSON_NOT_FOUND' ? (
        <Alert color="gray" role="status">
          {t('sharing.notShared')}
        </Alert>
      ) : (
        <QueryState isPending={shared.isPending} error={shared.error} onRetry={() => shared.refetch()}>
          {data ? <SharedSections data={data} /> : null}
        </QueryState>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function SharedSections({ data }: { data: SharedPersonView }) {
  const { t } = useTranslation();
  const { identity, plan, sessions, employment, documents } = data;
  return (
    <Stack gap="md">
      {identity ? (
        <Section title={t('sharing.section.identity')}>
          <Facts
            items={[
              { label: t('person.firstName'), value: identity.givenName },
              { label: t('person.lastName'), value: identity.familyName },
              { label: t('person.originalFirstName'), value: identity.givenNameOriginal },
              { label: t('person.originalLastName'), value: identity.familyNameOriginal },
              { label: t('person.birthDate'), value: formatDate(identity.birthDate) },
              { label: t('person.email'), value: identity.email },
              { label: t('person.phone'), value: identity.phone },
              { label: t('person.city'), value: identity.city },
              {
                label: t('sharing.preferredLanguage'),
                value: identity.preferredLanguage ? languageName(identity.preferredLanguage) : null,
              },
            ]}
          />
        </Section>
      ) : null}
      {data.sections.includes('plan') ? (
        <Section title={t('sharing.section.plan')}>
          {plan ? (
            <Facts
              items={[
                {
                  label: t('sharing.planStatus'),
                  value: t(`plans.statuses.${plan.status}`, { defaultValue: plan.status }),
                },
                {
                  label: t('sharing.section.plan'),
                  value: t('sharing.planProgress', { done: plan.done, counted: plan.counted }),
                },
                { label: t('sharing.planOverdue'), value: String(plan.overdueSteps) },
              ]}
            />
          ) : (
            <Text>{t('sharing.noPlan')}</Text>
          )}
          {data.regionalizationPlan ? <SharedRegionalizationPlan plan={data.regionalizationPlan} /> : null}
        </Section>
      ) : null}
      {sessions ? (
        <Section title={t('sharing.section.sessions')}>
          {sessions.length === 0 ? (
            <Text>{t('sharing.noSessions')}</Text>
          ) : (
            <SimpleTable
              headers={[t('sharing.sessionTitle'), t('sharing.sessionStatus'), t('sharing.attendance')]}
              rows={sessions.map((s, index) => ({
                key: `${s.title}-${index}`,
                cells: [
                  s.title,
                  t(`sessions.enrolmentStatus.${s.status}`, { defaultValue: s.status }),
                  t('sharing.attendanceOf', { attended: s.meetingsAttended, marked: s.meetingsMarked }),
                ],
              }))}
            />
          )}
        </Section>
      ) : null}
      {employment ? (
        <Section title={t('sharing.section.employment')}>
          {employment.length === 0 ? (
            <Text>{t('sharing.noEmployment')}</Text>
          ) : (
            <SimpleTable
              headers={[
                t('sharing.jobTitle'),
                t('sharing.contract'),
                t('sharing.startsOn'),
                t('sharing.plannedEndOn'),
                t('sharing.endedEarlyOn'),
              ]}
              rows={employment.map((e, index) => ({
                key: `${e.startsOn}-${index}`,
                cells: [
                  e.jobTitle ?? '—',
                  t(`offers.contractType.${e.contractType}`, { defaultValue: e.contractType }),
                  formatDate(e.startsOn),
                  formatDate(e.plannedEndOn) || '—',
                  formatDate(e.endedEarlyOn) || '—',
                ],
              }))}
            />
          )}
        </Section>
      ) : null}
      {documents ? (
        <Section title={t('sharing.section.documents')}>
          {documents.length === 0 ? (
            <Text>{t('sharing.noDocuments')}</Text>
          ) : (
            <SimpleTable
              headers={[t('sharing.documentTitle'), t('sharing.documentType'), t('sharing.uploadedAt')]}
              rows={documents.map((d, index) => ({
                key: `${d.title}-${index}`,
                cells: [
                  d.title,
                  t(`documents.type.${d.type}`, { defaultValue: d.type }),
                  formatDate(d.uploadedAt),
                ],
              }))}
            />
          )}
        </Section>
      ) : null}
    </Stack>
  );
}
