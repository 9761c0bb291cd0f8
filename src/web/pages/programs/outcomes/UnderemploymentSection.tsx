import { BarChart } from '@mantine/charts';
import {
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type UnderemploymentBreakdown,
  type UnderemploymentStatistics,
  underemploymentBreakdowns,
  useUnderemploymentStatistics,
} from '../../../api/outcome-figures.js';
import { QueryState } from '../../../components/QueryState.js';
import { ScrollTable } from '../../../components/ScrollTable.js';
import { formatDate, formatNumber, localeTag, todayInOrganization } from '../../../format.js';
import { csvField, formatRate, isCalendarDay } from './figures-format.js';

type CountTable = UnderemploymentStatistics['before'];
type Cell = number | null;

/** The name of a group of a breakdown in the reader's language; the code itself when it has none. */
function useGroupLabel() {
  const { t } = useTranslation();
  return (breakdown: UnderemploymentBreakdown, group: string): string => {
    if (group === 'unknown') return t('outcomeFigures.underemployment.unknown');
    if (breakdown === 'training_country' && /^[A-Z]{2}$/.test(group)) {
      try {
        return new Intl.DisplayNames([localeTag()], { type: 'region' }).of(group) ?? group;
      } catch {
        return group;
      }
    }
    if (breakdown === 'field' && /^\d{2}$/.test(group))
      return t(`outcomeFigures.isced.f${group}`, { defaultValue: group });
    if (breakdown === 'sex' || breakdown === 'years_since_arrival')
      return t(`outcomeFigures.underemployment.${group}`, { defaultValue: group });
    return group;
  };
}

/**
 * Anonymized underemployment of the program's people, by a breakdown, before and after accompaniment:
 * the server suppresses the small cells (and those that would reveal them); they are shown as such.
 */
export function UnderemploymentSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [breakdown, setBreakdown] = useState<UnderemploymentBreakdown>('training_country');
  const [asOf, setAsOf] = useState(() => todayInOrganization());
  const valid = isCalendarDay(asOf);
  const statistics = useUnderemploymentStatistics(programId, { breakdown, asOf }, valid);
  const data = statistics.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="underemployment-title">
      <Title order={2} size="h4" id="underemployment-title">
        {t('outcomeFigures.underemployment.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('outcomeFigures.underemployment.intro')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
        <Select
          label={t('outcomeFigures.underemployment.breakdown')}
          data={underemploymentBreakdowns.map((value) => ({
            value,
            label: t(`outcomeFigures.underemployment.${value}`),
          }))}
          value={breakdown}
          onChange={(value) => value && setBreakdown(value as UnderemploymentBreakdown)}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('outcomeFigures.underemployment.asOf')}
          value={asOf}
          onChange={(event) => setAsOf(event.currentTarget.value)}
        />
        {data ? <ExportButton statistics={data} /> : null}
      </Group>
      <QueryState
        isPending={valid && statistics.isPending}
        error={statistics.error}
        onRetry={() => statistics.refetch()}
        missingRouteText={t('outcomeFigures.notYet')}
      >
        {data ? (
          <Stack gap="lg">
            <Text size="sm" id="small-cell-rule">
              {t('outcomeFigures.underemployment.smallCellRule', { threshold: data.threshold })}
            </Text>
            <CountsTable
              id="underemployment-before"
              title={t('outcomeFigures.underemployment.before')}
              caption={t('outcomeFigures.underemployment.beforeCaption', {
                breakdown: t(`outcomeFigures.underemployment.${data.breakdown}`).toLocaleLowerCase(
                  localeTag(),
                ),
              })}
              table={data.before}
              statistics={data}
            />
            <CountsTable
              id="underemployment-after"
              title={t('outcomeFigures.underemployment.after', { date: formatDate(data.asOf) })}
              caption={t('outcomeFigures.underemployment.afterCaption', {
                date: formatDate(data.asOf),
                breakdown: t(`outcomeFigures.underemployment.${data.breakdown}`).toLocaleLowerCase(
                  localeTag(),
                ),
              })}
              table={data.after}
              statistics={data}
            />
            <PublishedChart statistics={data} />
          </Stack>
        ) : null}
      </QueryState>
    </Paper>
  );
}

function CountsTable({
  id,
  title,
  caption,
  table,
  statistics,
}: {
  id: string;
  title: string;
  caption: string;
  table: CountTable;
  statistics: UnderemploymentStatistics;
}) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {table.rows.length === 0 ? (
        <Text>{t('outcomeFigures.underemployment.empty')}</Text>
      ) : (
        <ScrollTable label={caption}>
          <Table striped miw={480}>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`outcomeFigures.underemployment.${statistics.breakdown}`)}</Table.Th>
                <Table.Th scope="col">{t('outcomeFigures.underemployment.people')}</Table.Th>
                <Table.Th scope="col">{t('outcomeFigures.underemployment.underemployed')}</Table.Th>
                <Table.Th scope="col">{t('outcomeFigures.underemployment.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => (
                <Table.Tr key={row.group}>
                  <Table.Th scope="row" fw={400}>
                    {groupLabel(statistics.breakdown, row.group)}
                  </Table.Th>
                  <CountCell value={row.people} threshold={statistics.threshold} />
                  <CountCell value={row.underemployed} threshold={statistics.threshold} />
                  <RateCell row={row} threshold={statistics.threshold} />
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('outcomeFigures.underemployment.total')}</Table.Th>
                <CountCell value={table.total.people} threshold={statistics.threshold} />
                <CountCell value={table.total.underemployed} threshold={statistics.threshold} />
                <RateCell row={table.total} threshold={statistics.threshold} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

function Suppressed({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Text component="span" size="sm" fs="italic" data-suppressed="">
        {t('outcomeFigures.underemployment.suppressed', { threshold })}
      </Text>
      <VisuallyHidden>{` ${t('outcomeFigures.underemployment.suppressedExplanation', { threshold })}`}</VisuallyHidden>
    </>
  );
}

function CountCell({ value, threshold }: { value: Cell; threshold: number }) {
  return <Table.Td>{value === null ? <Suppressed threshold={threshold} /> : formatNumber(value)}</Table.Td>;
}

const rateSuppressed = (row: { people: Cell; underemployed: Cell; rate: number | null }) =>
  row.rate === null && (row.people === null || row.underemployed === null);

function RateCell({
  row,
  threshold,
}: {
  row: { people: Cell; underemployed: Cell; rate: number | null };
  threshold: number;
}) {
  return (
    <Table.Td>
      {rateSuppressed(row) ? <Suppressed threshold={threshold} /> : (formatRate(row.rate) ?? '—')}
    </Table.Td>
  );
}

/** The rate of each group before and after, published cells only (the tables above carry every figure). */
function PublishedChart({ statistics }: { statistics: UnderemploymentStatistics }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  const before = t('outcomeFigures.underemployment.chartBefore');
  const after = t('outcomeFigures.underemployment.chartAfter');
  const afterByGroup = new Map(statistics.after.rows.map((row) => [row.group, row.rate]));
  const groups = [...new Set([...statistics.before.rows, ...statistics.after.rows].map((row) => row.group))];
  const data = groups
    .map((group) => ({
      group: groupLabel(statistics.breakdown, group),
      before: statistics.before.rows.find((row) => row.group === group)?.rate ?? null,
      after: afterByGroup.get(group) ?? null,
    }))
    .filter((row) => row.before !== null || row.after !== null)
    .map((row) => ({
      group: row.group,
      [before]: row.before === null ? null : Math.round(row.before * 1000) / 10,
      [after]: row.after === null ? null : Math.round(row.after * 1000) / 10,
    }));
  if (data.length === 0) return null;
  return (
    <section aria-labelledby="underemployment-chart-title">
      <Title order={3} size="h5" id="underemployment-chart-title" mb="xs">
        {t('outcomeFigures.underemployment.chartTitle')}
      </Title>
      {/* The same figures are in the tables above, for keyboard and screen reader users. */}
      <div aria-hidden="true">
        <BarChart
          h={Math.max(200, data.length * 56)}
          data={data}
          dataKey="group"
          orientation="vertical"
          barChartProps={{ accessibilityLayer: false }}
          yAxisProps={{ width: 150 }}
          xAxisProps={{ domain: [0, 100] }}
          valueFormatter={(value) => formatRate(value / 100) ?? ''}
          series={[
            { name: before, color: 'gray.6' },
            { name: after, color: 'blue.8' },
          ]}
          withLegend
        />
      </div>
    </section>
  );
}

/** The same tables, suppressed cells included as such, as a CSV file made in the browser. */
function ExportButton({ statistics }: { statistics: UnderemploymentStatistics }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  const exportCsv = () => {
    const suppressed = t('outcomeFigures.underemployment.csvSuppressed');
    const cell = (value: Cell) => (value === null ? suppressed : String(value));
    const rate = (row: { people: Cell; underemployed: Cell; rate: number | null }) =>
      rateSuppressed(row) ? suppressed : (formatRate(row.rate) ?? '');
    const lines: (string | number)[][] = [
      [t('outcomeFigures.underemployment.csvThreshold', { threshold: statistics.threshold })],
      [
        t('outcomeFigures.underemployment.csvTable'),
        t(`outcomeFigures.underemployment.${statistics.breakdown}`),
        t('outcomeFigures.underemployment.people'),
        t('outcomeFigures.underemployment.underemployed'),
        t('outcomeFigures.underemployment.rate'),
      ],
    ];
    const tables = [
      [t('outcomeFigures.underemployment.before'), statistics.before],
      [t('outcomeFigures.underemployment.after', { date: statistics.asOf }), statistics.after],
    ] as const;
    for (const [name, table] of tables) {
      for (const row of table.rows)
        lines.push([
          name,
          groupLabel(statistics.breakdown, row.group),
          cell(row.people),
          cell(row.underemployed),
          rate(row),
        ]);
      lines.push([
        name,
        t('outcomeFigures.underemployment.total'),
        cell(table.total.people),
        cell(table.total.underemployed),
        rate(table.total),
      ]);
    }
    const text = `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `underemployment-${statistics.breakdown}-${statistics.asOf}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={exportCsv}>
      {t('outcomeFigures.underemployment.export')}
    </Button>
  );
}
