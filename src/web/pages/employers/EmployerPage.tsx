import { Anchor, Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerView, useEmployer } from '../../api/employers.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { CommitmentsSection } from './CommitmentsSection.js';
import { ContactsSection } from './ContactsSection.js';
import { EmployerFormDialog } from './EmployerFormDialog.js';
import { EngagementHistory } from './EngagementHistory.js';
import { OffersSection } from './OffersSection.js';
import { Section } from './Section.js';
import { SitesSection } from './SitesSection.js';

const route = getRouteApi('/app/employers/$employerId');

/**
 * One employer: its identity, sites, contacts, commitments and engagement history. Its organization's
 * followers change it from here; a consortium partner's shared employer reads the same, without the
 * buttons.
 */
export function EmployerPage() {
  const { t } = useTranslation();
  const { employerId } = route.useParams();
  const employer = useEmployer(employerId);
  const data = employer.data;
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Anchor
        size="sm"
        mb="xs"
        display="inline-block"
        renderRoot={(props) => <Link to="/employers" search={{}} {...props} />}
      >
        {t('employers.page.back')}
      </Anchor>
      <PageTitle
        title={data?.name ?? t('employers.title')}
        intro={
          data?.sharedWithMe
            ? t('employers.page.sharedWithMe', { organization: data.owner.organizationName })
            : undefined
        }
        actions={
          data?.mayEdit ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('employers.page.edit')}
            </Button>
          ) : null
        }
      />
      <QueryState isPending={employer.isPending} error={employer.error} onRetry={() => employer.refetch()}>
        {data ? (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <IdentitySection employer={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <SitesSection employer={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ContactsSection employer={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <CommitmentsSection employer={data} />
            </Grid.Col>
            <Grid.Col span={12}>
              <OffersSection employer={data} />
            </Grid.Col>
            <Grid.Col span={12}>
              <EngagementHistory employer={data} />
            </Grid.Col>
          </Grid>
        ) : null}
      </QueryState>
      {data ? (
        <EmployerFormDialog opened={editing} onClose={() => setEditing(false)} employer={data} />
      ) : null}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function IdentitySection({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const none = t('employers.fields.notGiven');
  return (
    <Section id="employer-identity" title={t('employers.page.identity')}>
      <Stack component="dl" gap="xs" m={0}>
        <Fact label={t('employers.page.legalIdentifier')}>
          {employer.legalIdentifier
            ? `${t(`employers.scheme.${employer.legalIdentifier.scheme}`)} ${employer.legalIdentifier.display}`
            : none}
        </Fact>
        <Fact label={t('employers.page.sector')}>
          {employer.sector
            ? `${t(`employers.sectorScheme.${employer.sector.scheme}`)} ${employer.sector.code}${
                employer.sector.label ? ` — ${employer.sector.label}` : ''
              }`
            : none}
        </Fact>
        <Fact label={t('employers.fields.sizeBand')}>
          {employer.sizeBand ? t(`employers.size.${employer.sizeBand}`) : none}
        </Fact>
        <Fact label={t('employers.fields.website')}>
          {employer.website ? (
            <Anchor href={employer.website} target="_blank" rel="noopener noreferrer">
              {employer.website}
            </Anchor>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('employers.siae')}>
          {employer.siae ? (
            <Group gap={6} component="span">
              <Badge color="teal.9" variant="filled" tt="none" component="span">
                {employer.siaeKind ? t(`employers.siaeKind.${employer.siaeKind}`) : t('employers.siae')}
              </Badge>
              {employer.siaeConsortium
                ? t('employers.page.ofConsortium', { consortium: employer.siaeConsortium.name })
                : null}
            </Group>
          ) : (
            t('app.no')
          )}
        </Fact>
        <Fact label={t('employers.page.sharing')}>
          {employer.sharedWithMe
            ? t('employers.page.sharedBy', { organization: employer.owner.organizationName })
            : employer.sharedWithConsortium
              ? t('employers.page.shared')
              : t('employers.page.notShared')}
        </Fact>
      </Stack>
    </Section>
  );
}
