import { Group, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { loanFilingRoles, personDataRoles } from '../../../core/auth/roles.js';
import { usePersonFile } from '../../api/people.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { PrivacyTab } from '../privacy/PrivacyTab.js';
import { BackgroundTabs } from './BackgroundTabs.js';
import { DocumentsTab } from './DocumentsTab.js';
import { EnrolmentsTab } from './EnrolmentsTab.js';
import { FollowUpTab } from './FollowUpTab.js';
import { IdentityTab } from './IdentityTab.js';
import { LoansTab } from './LoansTab.js';
import { PlanTab } from './PlanTab.js';
import { SessionsTab } from './SessionsTab.js';
import { StatusTab } from './StatusTab.js';
import { TimelineTab } from './TimelineTab.js';
import { type BackgroundTab, backgroundTabs } from './tabs/shared.js';

export const personTabs = [
  'identity',
  'status',
  'languages',
  'education',
  'experience',
  'barriers',
  'household',
  'consent',
  'enrolments',
  'loans',
  'sessions',
  'plan',
  'followUp',
  'documents',
  'timeline',
  'privacy',
] as const;
export type PersonTab = (typeof personTabs)[number];

/** Who reads a person's collective sessions (the server checks the same list). */
const sessionTabRoles: readonly string[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/**
 * Tabs that other modules bring to the file: who sees each (the server checks again) and what it shows.
 * A module adds one entry here.
 */
const moduleTabs: Partial<
  Record<PersonTab, { roles: readonly string[]; label: string; render: (personId: string) => ReactNode }>
> = {
  plan: { roles: sessionTabRoles, label: 'plans.tab', render: (id) => <PlanTab personId={id} /> },
  followUp: { roles: sessionTabRoles, label: 'followUp.tab', render: (id) => <FollowUpTab personId={id} /> },
  documents: {
    roles: sessionTabRoles,
    label: 'documents.tab',
    render: (id) => <DocumentsTab personId={id} />,
  },
  timeline: { roles: sessionTabRoles, label: 'timeline.tab', render: (id) => <TimelineTab personId={id} /> },
  privacy: { roles: personDataRoles, label: 'privacy.tab', render: (id) => <PrivacyTab personId={id} /> },
};

const isBackgroundTab = (tab: PersonTab): tab is BackgroundTab =>
  (backgroundTabs as readonly string[]).includes(tab);

export const personSearch = z.object({ tab: z.enum(personTabs).optional().catch(undefined) });

const route = getRouteApi('/app/people/$personId');

export function PersonPage() {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const session = useSession();
  const tabs = personTabs.filter(
    (value) =>
      (value !== 'loans' || loanFilingRoles.includes(session.role)) &&
      (value !== 'sessions' || sessionTabRoles.includes(session.role)) &&
      (moduleTabs[value]?.roles.includes(session.role) ?? true),
  );
  const tabLabel = (value: PersonTab) =>
    value === 'loans'
      ? t('loanFund.person.tab')
      : value === 'sessions'
        ? t('sessions.person.tab')
        : t(moduleTabs[value]?.label ?? `person.${value}`);
  const file = usePersonFile(personId);
  const person = file.data;
  const name = person ? `${person.identity.givenName} ${person.identity.familyName}` : t('app.loading');

  return (
    <>
      <PageTitle
        title={name}
        intro={
          person ? (
            <Group gap="xs" component="span">
              {person.identity.givenNameOriginal || person.identity.familyNameOriginal ? (
                <Text span dir="auto">
                  {[person.identity.givenNameOriginal, person.identity.familyNameOriginal]
                    .filter(Boolean)
                    .join(' ')}
                </Text>
              ) : null}
              {person.age !== null ? <Text span>{t('person.age', { age: person.age })}</Text> : null}
            </Group>
          ) : undefined
        }
      />
      <QueryState isPending={file.isPending} error={file.error} onRetry={() => file.refetch()}>
        {person ? (
          <Tabs
            value={tab ?? 'identity'}
            onChange={(value) =>
              navigate({ search: { tab: (value as PersonTab) ?? undefined }, replace: true })
            }
            keepMounted={false}
          >
            <Tabs.List aria-label={t('person.tabs')} style={{ flexWrap: 'wrap' }}>
              {tabs.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {tabLabel(value)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((value) => (
              <Tabs.Panel key={value} value={value} pt="md">
                <Title order={2} size="h4" mb="sm">
                  {tabLabel(value)}
                </Title>
                {value === 'identity' ? <IdentityTab person={person} /> : null}
                {value === 'status' ? <StatusTab person={person} /> : null}
                {value === 'enrolments' ? <EnrolmentsTab personId={person.id} personName={name} /> : null}
                {value === 'loans' ? <LoansTab personId={person.id} /> : null}
                {value === 'sessions' ? <SessionsTab personId={person.id} /> : null}
                {moduleTabs[value]?.render(person.id)}
                {isBackgroundTab(value) ? <BackgroundTabs person={person} tab={value} /> : null}
              </Tabs.Panel>
            ))}
          </Tabs>
        ) : null}
      </QueryState>
    </>
  );
}
