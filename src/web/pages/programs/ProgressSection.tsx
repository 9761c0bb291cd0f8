import { LineChart } from '@mantine/charts';
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTolerance, type TargetStatus } from '../../../modules/programs/domain/target-trajectory.js';
import { useProgramProgress } from '../../api/programs.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatNumber, localeTag } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';

type ProgressRow = NonNullable<ReturnType<typeof useProgramProgress>['data']>['rows'][number];

const statusColor: Record<TargetStatus, string> = {
  achieved: okGreen,
  on_track: 'blue.8',
  behind: lateOrange,
  not_started: 'gray.7',
};

/** 'YYYY-MM' → 'Mar 2026' / 'mars 2026'. */
function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(localeTag(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 15)),
  );
}

/** Expected counts are fractions of a unit: shown to the unit, as no one counts 41.6 households. */
const whole = (value: number) => formatNumber(Math.round(value));

function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="filled" style={{ flexShrink: 0 }}>
      {t(`targets.status.${status}`)}
    </Badge>
  );
}

/**
 * Progress against each target: a table of every row (actual, expected by today, projection, status),
 * then each target's trajectory month by month — a chart of the cumulative count against the straight
 * line to the target, with the same figures as a table to open.
 */
export function ProgressSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const progress = useProgramProgress(programId);
  const rows = progress.data?.rows ?? [];
  const today = progress.data?.today ?? '';
  const scopeOf = (row: ProgressRow) =>
    `${row.organizationName ?? t('programs.total')} (${formatDate(row.periodStart)} – ${formatDate(row.periodEnd)})`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="progress-title">
      <Title order={2} size="h4" id="progress-title" mb="sm">
        {t('programs.progress')}
      </Title>
      <QueryState isPending={progress.isPending} error={progress.error} onRetry={() => progress.refetch()}>
        {rows.length === 0 ? (
          <Text>{t('programs.noProgress')}</Text>
        ) : (
          <Stack gap="md">
            <ScrollTable label={t('programs.progressCaption')}>
              <Table striped miw={720}>
                <Table.Caption>{t('programs.progressCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('programs.scope')}</Table.Th>
                    <Table.Th scope="col">{t('programs.actual')}</Table.Th>
                    <Table.Th scope="col">{t('programs.target')}</Table.Th>
                    <Table.Th scope="col">{t('programs.rate')}</Table.Th>
                    <Table.Th scope="col">{t('targets.expectedColumn')}</Table.Th>
                    <Table.Th scope="col">{t('targets.projectionColumn')}</Table.Th>
                    <Table.Th scope="col">{t('targets.statusColumn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.targetId}>
                      <Table.Td>{scopeOf(row)}</Table.Td>
                      <Table.Td>
                        {formatNumber(row.actual)} {t(`targetUnit.${row.unit}`)}
                      </Table.Td>
                      <Table.Td>{formatNumber(row.target)}</Table.Td>
                      <Table.Td>
                        {row.target > 0 ? `${Math.round((row.actual / row.target) * 100)} %` : '—'}
                      </Table.Td>
                      <Table.Td>{whole(row.expectedToDate)}</Table.Td>
                      <Table.Td>{row.projection === null ? '—' : formatNumber(row.projection)}</Table.Td>
                      <Table.Td>
                        <TargetStatusBadge status={row.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <Text size="sm" c="dimmed">
              {t('targets.rule', { tolerance: `${Math.round(defaultTolerance * 100)} %` })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {rows.map((row) => (
                <TargetTrajectory key={row.targetId} row={row} scope={scopeOf(row)} today={today} />
              ))}
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}

function TargetTrajectory({ row, scope, today }: { row: ProgressRow; scope: string; today: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const counted = t('targets.actualCumulative');
  const expected = t('targets.expectedCumulative');
  const projection =
    row.projection === null
      ? t('targets.noProjection', { date: formatDate(row.periodStart) })
      : today > row.periodEnd
        ? t('targets.projectionEnded', { date: formatDate(row.periodEnd) })
        : t('targets.projection', { count: formatNumber(row.projection), date: formatDate(row.periodEnd) });
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      {/* The badge goes under a long title on a phone rather than being cut short. */}
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Title order={3} size="h5" id={titleId}>
          {t('targets.trajectoryOf', { scope })}
        </Title>
        <TargetStatusBadge status={row.status} />
      </Group>
      <Text fw={600}>
        {t('targets.actualOfTarget', {
          actual: formatNumber(row.actual),
          target: formatNumber(row.target),
          unit: t(`targetUnit.${row.unit}`),
        })}
      </Text>
      <Text size="sm">{t('targets.expectedToDate', { count: whole(row.expectedToDate) })}</Text>
      <Text size="sm" mb="sm">
        {projection}
      </Text>
      <div aria-hidden="true">
        <LineChart
          h={200}
          data={row.series.map((point) => ({
            month: monthLabel(point.month),
            [counted]: point.actual,
            [expected]: Math.round(point.expected * 10) / 10,
          }))}
          dataKey="month"
          // The table below carries the figures for keyboard and screen reader users.
          lineChartProps={{ accessibilityLayer: false }}
          yAxisProps={{ width: 48 }}
          withDots={false}
          withLegend
          referenceLines={[{ y: row.target, label: t('targets.target'), color: 'gray.7' }]}
          series={[
            { name: counted, color: 'blue.8' },
            { name: expected, color: 'gray.6', strokeDasharray: '5 5' },
          ]}
        />
      </div>
      <details>
        <summary>{t('targets.showAsTable')}</summary>
        <ScrollTable label={t('targets.seriesCaption', { scope })}>
          <Table striped mt="sm">
            <Table.Caption>{t('targets.seriesCaption', { scope })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('targets.month')}</Table.Th>
                <Table.Th scope="col">{counted}</Table.Th>
                <Table.Th scope="col">{expected}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {row.series.map((point) => (
                <Table.Tr key={point.month}>
                  <Table.Th scope="row" fw={400}>
                    {monthLabel(point.month)}
                  </Table.Th>
                  <Table.Td>
                    {point.actual === null ? t('targets.notYet') : formatNumber(point.actual)}
                  </Table.Td>
                  <Table.Td>{whole(point.expected)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </details>
    </Paper>
  );
}
