import { BarChart, FunnelChart } from '@mantine/charts';
import { Anchor, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HouseholdFigures, useHouseholdFigures } from '../../api/moves.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber } from '../../format.js';

const route = getRouteApi('/app/programs/$programId/households');
const funnelColors = ['blue.9', 'blue.8', 'indigo.8', 'teal.8', 'green.9'];

/**
 * Emplois en régions' figures: households settled in a region each year against the target, the
 * chosen year by region and by member, and the path from the front door to a settlement still there
 * after 12 months. Each chart has its table: the figures for keyboard and screen reader users.
 */
export function HouseholdFiguresPage() {
  const { t, i18n } = useTranslation();
  const { programId } = route.useParams();
  const [year, setYear] = useState<number | undefined>(undefined);
  const figures = useHouseholdFigures(programId, year);
  const data = figures.data;
  const programName = data ? (i18n.language === 'fr' ? data.program.nameFr : data.program.nameEn) : '';
  return (
    <Stack gap="md">
      <PageTitle title={t('moves.figures.title')} />
      {data ? (
        <Anchor renderRoot={(props) => <Link to="/programs/$programId" params={{ programId }} {...props} />}>
          {programName}
        </Anchor>
      ) : null}
      <Text>{t('moves.figures.intro')}</Text>
      <QueryState isPending={figures.isPending} error={figures.error} onRetry={() => figures.refetch()}>
        {data ? (
          <>
            {data.scope === 'organization' ? (
              <Text c="dimmed">{t('moves.figures.scopeOrganization')}</Text>
            ) : null}
            <YearsSection data={data} />
            <Group>
              <NativeSelect
                label={t('moves.figures.yearLabel')}
                value={String(data.year)}
                onChange={(event) => setYear(Number(event.currentTarget.value))}
                data={[...data.years].reverse().map((y) => String(y.year))}
              />
            </Group>
            <FunnelSection data={data} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <CountsTable
                title={t('moves.figures.byRegion', { year: data.year })}
                column={t('moves.figures.region')}
                rows={data.byRegion}
                year={data.year}
                note={t('moves.figures.groupsNote')}
              />
              <CountsTable
                title={t('moves.figures.byOrganization', { year: data.year })}
                column={t('moves.figures.organization')}
                rows={data.byOrganization}
                year={data.year}
              />
            </SimpleGrid>
          </>
        ) : null}
      </QueryState>
    </Stack>
  );
}

function YearsSection({ data }: { data: HouseholdFigures }) {
  const { t } = useTranslation();
  const households = t('moves.figures.households');
  const target = t('moves.figures.target');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="households-years">
      <Title order={2} size="h4" id="households-years" mb="sm">
        {t('moves.figures.byYear')}
      </Title>
      <BarChart
        h={220}
        data={data.years.map((y) => ({
          year: String(y.year),
          [households]: y.households,
          [target]: y.target ?? 0,
        }))}
        dataKey="year"
        barChartProps={{ accessibilityLayer: false }}
        withLegend
        series={[
          { name: households, color: 'blue.8' },
          { name: target, color: 'gray.5' },
        ]}
      />
      <ScrollTable label={t('moves.figures.yearTable')}>
        <Table striped mt="sm">
          <Table.Caption>{t('moves.figures.yearTable')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('moves.figures.yearLabel')}</Table.Th>
              <Table.Th scope="col">{households}</Table.Th>
              <Table.Th scope="col">{target}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.years.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Th scope="row">{y.year}</Table.Th>
                <Table.Td>{formatNumber(y.households)}</Table.Td>
                <Table.Td>
                  {y.target === null ? t('moves.figures.noTarget') : formatNumber(y.target)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

function FunnelSection({ data }: { data: HouseholdFigures }) {
  const { t } = useTranslation();
  const moved = data.funnel.stages.find((s) => s.stage === 'moves')?.households ?? 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="households-funnel">
      <Title order={2} size="h4" id="households-funnel" mb="sm">
        {t('moves.figures.funnel', { year: data.year })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <FunnelChart
          size={220}
          withLabels
          labelsPosition="right"
          data={data.funnel.stages.map((s, index) => ({
            name: t(`moves.figures.stages.${s.stage}`),
            value: s.households,
            color: funnelColors[index] ?? 'blue.8',
          }))}
          funnelChartProps={{ accessibilityLayer: false }}
          aria-hidden
        />
        <ScrollTable label={t('moves.figures.funnelTable', { year: data.year })}>
          <Table striped>
            <Table.Caption>{t('moves.figures.funnelTable', { year: data.year })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('moves.figures.stage')}</Table.Th>
                <Table.Th scope="col">{t('moves.figures.households')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.funnel.stages.map((s) => (
                <Table.Tr key={s.stage} data-stage={s.stage}>
                  <Table.Th scope="row">{t(`moves.figures.stages.${s.stage}`)}</Table.Th>
                  <Table.Td>{formatNumber(s.households)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </SimpleGrid>
      {moved > 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('moves.figures.retentionDue', { count: data.funnel.retentionDue, year: data.year })}
        </Text>
      ) : null}
    </Paper>
  );
}

function CountsTable({
  title,
  column,
  rows,
  year,
  note,
}: {
  title: string;
  column: string;
  rows: HouseholdFigures['byRegion'];
  year: number;
  note?: string;
}) {
  const { t } = useTranslation();
  return (
    // Not a landmark of its own: its table's scrolling box is the region, named by the same title.
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{t('moves.figures.none', { year })}</Text>
      ) : (
        <ScrollTable label={title}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{column}</Table.Th>
                <Table.Th scope="col">{t('moves.figures.households')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row">{row.name ?? row.key}</Table.Th>
                  <Table.Td>{formatNumber(row.households)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {note ? (
        <Text size="xs" c="dimmed" mt="xs">
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}
