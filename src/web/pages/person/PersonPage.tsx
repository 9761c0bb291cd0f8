import { Group, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpRoles, loanFilingRoles, personDataRoles } from '../../../core/auth/roles.js';
import { caseRoles as recognitionCaseRoles } from '../../../modules/recognition/domain/vocabulary.js';
import { referralRoles } from '../../../modules/referrals/domain/vocabulary.js';
import { usePersonFile } from '../../api/people.js';
import { usePersonOverview } from '../../api/person-overview.js';
import { useSession } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { PrivacyTab } from '../privacy/PrivacyTab.js';
import { PersonReferralsTab } from '../referrals/PersonReferralsTab.js';
import { RegionalizationTab } from '../relocation-plans/RegionalizationTab.js';
import { BackgroundTabs } from './BackgroundTabs.js';
import { DocumentsTab } from './DocumentsTab.js';
import { DuplicatesPanel } from './DuplicatesPanel.js';
import { EmploymentTab } from './EmploymentTab.js';
import { EnrolmentsTab } from './EnrolmentsTab.js';
import { FollowUpTab } from './FollowUpTab.js';
import { IdentityTab } from './IdentityTab.js';
import { LoansTab } from './LoansTab.js';
import { OverviewTab } from './OverviewTab.js';
import { PlanTab } from './PlanTab.js';
import { groupOf, type PersonTab, type PersonTabGroup, personTabGroups, personTabs } from './person-tabs.js';
import { RecognitionTab } from './RecognitionTab.js';
import { SessionsTab } from './SessionsTab.js';
import { StatusTab } from './StatusTab.js';
import { TimelineTab } from './TimelineTab.js';
import { type BackgroundTab, backgroundTabs } from './tabs/shared.js';

export { type PersonTab, personSearch, personTabs } from './person-tabs.js';

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
  recognition: {
    roles: recognitionCaseRoles,
    label: 'recognition.tab',
    render: (id) => <RecognitionTab personId={id} />,
  },
  referrals: {
    roles: referralRoles,
    label: 'referrals.tab',
    render: (id) => <PersonReferralsTab personId={id} />,
  },
  followUp: { roles: sessionTabRoles, label: 'followUp.tab', render: (id) => <FollowUpTab personId={id} /> },
  documents: {
    roles: sessionTabRoles,
    label: 'documents.tab',
    render: (id) => <DocumentsTab personId={id} />,
  },
  timeline: { roles: sessionTabRoles, label: 'timeline.tab', render: (id) => <TimelineTab personId={id} /> },
  privacy: { roles: personDataRoles, label: 'privacy.tab', render: (id) => <PrivacyTab personId={id} /> },
  employment: {
    roles: personDataRoles,
    label: 'matching.employmentTab',
    render: (id) => <EmploymentTab personId={id} />,
  },
  regionalization: {
    roles: followUpRoles,
    label: 'relocationPlans.tab',
    render: (id) => <RegionalizationTab personId={id} />,
  },
};

const isBackgroundTab = (tab: PersonTab): tab is BackgroundTab =>
  (backgroundTabs as readonly string[]).includes(tab);

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
        : value === 'overview'
          ? t('overview.tab')
          : t(moduleTabs[value]?.label ?? `person.${value}`);
  const current: PersonTab = tab && tabs.includes(tab) ? tab : 'overview';
  // The overview is one read of its own (audited as a read of the file): the whole file is read only
  // when a section needs it.
  const onOverview = current === 'overview';
  const overview = usePersonOverview(personId, onOverview);
  const file = usePersonFile(personId, !onOverview);
  const person = file.data;
  const identity = person?.identity ?? overview.data?.identity;
  const age = person ? person.age : (overview.data?.identity.age ?? null);
  const name = identity ? `${identity.givenName} ${identity.familyName}` : t('app.loading');

  return (
    <>
      <PageTitle
        title={name}
        intro={
          identity ? (
            <Group gap="xs" component="span">
              {identity.givenNameOriginal || identity.familyNameOriginal ? (
                <Text span dir="auto">
                  {[identity.givenNameOriginal, identity.familyNameOriginal].filter(Boolean).join(' ')}
                </Text>
              ) : null}
              {age !== null ? <Text span>{t('person.age', { age })}</Text> : null}
            </Group>
          ) : undefined
        }
      />
      <DuplicatesPanel personId={personId} />
      <GroupedTabs
        tabs={tabs}
        current={current}
        label={tabLabel}
        onChange={(value) => navigate({ search: { tab: value }, replace: true })}
        render={(value) =>
          value === 'overview' ? (
            <OverviewTab personId={personId} />
          ) : (
            <QueryState isPending={file.isPending} error={file.error} onRetry={() => file.refetch()}>
              {person ? (
                <>
                  {value === 'identity' ? <IdentityTab person={person} /> : null}
                  {value === 'status' ? <StatusTab person={person} /> : null}
                  {value === 'enrolments' ? <EnrolmentsTab personId={person.id} personName={name} /> : null}
                  {value === 'loans' ? <LoansTab personId={person.id} /> : null}
                  {value === 'sessions' ? <SessionsTab personId={person.id} /> : null}
                  {moduleTabs[value]?.render(person.id)}
                  {isBackgroundTab(value) ? <BackgroundTabs person={person} tab={value} /> : null}
                </>
              ) : null}
            </QueryState>
          )
        }
      />
    </>
  );
}

/**
 * The file's sections in two rows: the groups, then the sections of the chosen group. Neither row
 * wraps: at 1280 px both fit; on a phone a row scrolls sideways (its tabs stay reachable by keyboard).
 */
function GroupedTabs(props: {
  tabs: readonly PersonTab[];
  current: PersonTab;
  label: (tab: PersonTab) => string;
  onChange: (tab: PersonTab) => void;
  render: (tab: PersonTab) => ReactNode;
}) {
  const { t } = useTranslation();
  const group = groupOf(props.current);
  const groups = (Object.keys(personTabGroups) as PersonTabGroup[]).filter((g) =>
    personTabGroups[g].some((tab) => props.tabs.includes(tab)),
  );
  const inGroup = props.tabs.filter((tab) => groupOf(tab) === group);
  const row = { flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' } as const;
  return (
    <Tabs
      value={group}
      onChange={(value) => {
        const first = props.tabs.find((tab) => groupOf(tab) === value);
        if (first) props.onChange(first);
      }}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('person.tabs')} style={row}>
        {groups.map((g) => (
          <Tabs.Tab key={g} value={g} style={{ flexShrink: 0 }}>
            {g === 'overview' ? t('overview.tab') : t(`overview.group.${g}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {groups.map((g) => (
        <Tabs.Panel key={g} value={g} pt="sm">
          {g === 'overview' ? (
            <>
              <Title order={2} size="h4" mb="sm" mt="xs">
                {t('overview.tab')}
              </Title>
              {props.render('overview')}
            </>
          ) : (
            <Tabs
              value={props.current}
              onChange={(value) => value && props.onChange(value as PersonTab)}
              keepMounted={false}
              variant="pills"
            >
              <Tabs.List aria-label={t(`overview.group.${g}`)} style={row}>
                {inGroup.map((tab) => (
                  <Tabs.Tab key={tab} value={tab} style={{ flexShrink: 0 }}>
                    {props.label(tab)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {inGroup.map((tab) => (
                <Tabs.Panel key={tab} value={tab} pt="md">
                  <Title order={2} size="h4" mb="sm">
                    {props.label(tab)}
                  </Title>
                  {props.render(tab)}
                </Tabs.Panel>
              ))}
            </Tabs>
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
