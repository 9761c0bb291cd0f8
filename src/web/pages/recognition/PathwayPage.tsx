import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PathwayView, usePathway } from '../../api/recognition.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatDateTime, todayInOrganization } from '../../format.js';
import { PathwayVersionForm } from './PathwayVersionForm.js';
import { StepsTable } from './StepsTable.js';
import { PathwayBadges, useRecognitionFormat } from './ui.js';

const route = getRouteApi('/app/recognition/pathways/$pathwayId');

/**
 * One pathway: the regulator, the steps in force with their costs, durations and sources, and every
 * version. Those the server lets keep it (canEdit) write a new version; nobody else sees the control.
 */
export function PathwayPage() {
  const { t } = useTranslation();
  const { pathwayId } = route.useParams();
  const pathway = usePathway(pathwayId);
  const format = useRecognitionFormat();
  const data = pathway.data;
  const title = data
    ? `${format.occupation(data.occupation)} — ${format.jurisdiction(data.jurisdiction)}`
    : t('app.loading');
  return (
    <>
      <Anchor size="sm" renderRoot={(props) => <Link to="/recognition" {...props} />}>
        {t('recognition.pathway.back')}
      </Anchor>
      <PageTitle
        title={title}
        intro={
          data
            ? [data.routeName, t('recognition.catalogue.keptBy', { organization: data.organizationName })]
                .filter(Boolean)
                .join(' · ')
            : undefined
        }
      />
      <QueryState
        isPending={pathway.isPending}
        error={pathway.error}
        onRetry={() => pathway.refetch()}
        missingRouteText={t('recognition.unavailable')}
      >
        {data ? <PathwayDetails pathway={data} /> : null}
      </QueryState>
    </>
  );
}

function PathwayDetails({ pathway }: { pathway: PathwayView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const current = pathway.current;
  const upcoming = current.effectiveOn > todayInOrganization();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PathwayBadges
          regulated={pathway.regulated}
          illustrative={pathway.illustrative}
          retired={pathway.retired}
        />
        {pathway.illustrative ? <Text size="sm">{t('recognition.badge.illustrativeHint')}</Text> : null}
        <Text fw={700} mt="xs">
          {t('recognition.pathway.regulator')}
        </Text>
        <Text>
          {pathway.regulatorName ? (
            pathway.regulatorUrl ? (
              <Anchor href={pathway.regulatorUrl} target="_blank" rel="noreferrer">
                {pathway.regulatorName}
              </Anchor>
            ) : (
              pathway.regulatorName
            )
          ) : (
            t('recognition.pathway.noRegulator')
          )}
        </Text>
      </Stack>

      <section aria-labelledby="pathway-steps-title">
        <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
          <div>
            <Title order={2} size="h4" id="pathway-steps-title">
              {t('recognition.pathway.steps')}
            </Title>
            <Text size="sm">
              {t(upcoming ? 'recognition.pathway.upcoming' : 'recognition.pathway.version', {
                number: current.number,
                date: formatDate(current.effectiveOn),
              })}
            </Text>
          </div>
          {pathway.canEdit && !editing ? (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t('recognition.pathway.newVersion')}
            </Button>
          ) : null}
        </Group>
        <StepsTable version={current} />
      </section>

      {editing ? <PathwayVersionForm pathway={pathway} onDone={() => setEditing(false)} /> : null}

      <VersionHistory pathway={pathway} />
    </Stack>
  );
}

function VersionHistory({ pathway }: { pathway: PathwayView }) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const caption = t('recognition.pathway.historyCaption');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pathway-history-title">
      <Title order={2} size="h4" id="pathway-history-title" mb="xs">
        {t('recognition.pathway.history')}
      </Title>
      <ScrollTable label={caption}>
        <Table miw={640}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('recognition.pathway.versionColumn')}</Table.Th>
              <Table.Th scope="col">{t('recognition.pathway.effectiveOn')}</Table.Th>
              <Table.Th scope="col">{t('recognition.pathway.changeNote')}</Table.Th>
              <Table.Th scope="col">{t('recognition.pathway.steps')}</Table.Th>
              <Table.Th scope="col">{t('recognition.pathway.recordedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pathway.versions.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Th scope="row">
                  {version.number}
                  {version.id === pathway.current.id ? ` (${t('recognition.pathway.current')})` : ''}
                </Table.Th>
                <Table.Td>{formatDate(version.effectiveOn)}</Table.Td>
                <Table.Td>{version.changeNote ?? '—'}</Table.Td>
                <Table.Td>
                  {[
                    t('recognition.catalogue.steps', { count: version.steps.length }),
                    version.steps[0]
                      ? format.money(version.typicalCostCents, version.steps[0].currency)
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Table.Td>
                <Table.Td>{formatDateTime(version.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
