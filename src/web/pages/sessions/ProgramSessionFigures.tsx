import { BarChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresRoles } from '../../../core/auth/roles.js';
import { useSession } from '../../api/session.js';
import { type SessionFigures, useSessionFigures } from '../../api/sessions.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber, todayInOrganization } from '../../format.js';
import { SeriesFiguresTable, seriesPageSize } from './SeriesFiguresTable.js';
import { useSessionFormat } from './ui.js';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The program's period if it has one, else this calendar year up to today. */
function initialPeriod(startsOn: string | null, endsOn: string | null) {
  const today = todayInOrganization();
  return { from: startsOn ?? `${today.slice(0, 4)}-01-01`, to: endsOn ?? today };
}

/** Collective sessions of a program on its dashboard: figures from attendance, for a period. */
export function ProgramSessionFigures({
  programId,
  startsOn,
  endsOn,
}: {
  programId: string;
  startsOn: string | null;
  endsOn: string | null;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [period, setPeriodOnly] = useState(() => initialPeriod(startsOn, endsOn));
  // The server sends the totals and one page of series; another period starts again at page 1.
  const [seriesPage, setSeriesPage] = useState(1);
  const setPeriod = (next: typeof period) => {
    setPeriodOnly(next);
    setSeriesPage(1);
  };
  const valid = isoDay.test(period.from) && isoDay.test(period.to) && period.from <= period.to;
  const figures = useSessionFigures(
    { ...period, programId, seriesPage, seriesPageSize },
    valid && figuresRoles.includes(session.role),
  );
  if (!figuresRoles.includes(session.role)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="session-figures-title">
      <Title order={2} size="h4" id="session-figures-title" mb="sm">
        {t('sessions.figures.title')}
      </Title>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <TextInput
          type="date"
          label={t('sessions.figures.from')}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('sessions.figures.to')}
          value={period.to}
          error={valid ? undefined : t('sessions.figures.invalidPeriod')}
          onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
        />
      </Group>
      <QueryState
        isPending={valid && figures.isPending}
        error={figures.error}
        onRetry={() => figures.refetch()}
      >
        {figures.data && valid ? (
          figures.data.sessions === 0 ? (
            <Text>{t('sessions.figures.none')}</Text>
          ) : (
            <>
              <Headline figures={figures.data} />
              <HoursDistribution figures={figures.data} />
              <SeriesFiguresTable
                programId={programId}
                period={period}
                rows={figures.data.bySeries}
                total={figures.data.sessions}
                page={seriesPage}
                onPageChange={setSeriesPage}
              />
            </>
          )
        ) : null}
      </QueryState>
    </Paper>
  );
}

function Headline({ figures }: { figures: SessionFigures }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const hours = (value: number | null) =>
    value === null
      ? '—'
      : t('sessions.figures.hoursValue', { hours: formatNumber(Math.round(value * 10) / 10) });
  const cells = [
    { label: t('sessions.figures.sessions'), value: formatNumber(figures.sessions) },
    { label: t('sessions.figures.meetingsHeld'), value: formatNumber(figures.meetingsHeld) },
    {
      label: t('sessions.figures.fillRate'),
      value: format.percent(figures.fillRate.numerator, figures.fillRate.denominator),
      hint:
        figures.fillRate.denominator === 0
          ? t('sessions.figures.noSeatLimit')
          : t('sessions.figures.fillRateHint', {
              taken: formatNumber(figures.fillRate.numerator),
              seats: formatNumber(figures.fillRate.denominator),
            }),
    },
    {
      label: t('sessions.figures.attendanceRate'),
      value: format.percent(figures.attendanceRate.numerator, figures.attendanceRate.denominator),
      hint: t('sessions.figures.attendanceRateHint', {
        attended: format.duration(figures.attendanceRate.numerator),
        scheduled: format.duration(figures.attendanceRate.denominator),
      }),
    },
    {
      label: t('sessions.figures.noShowRate'),
      value: format.percent(figures.noShowRate.numerator, figures.noShowRate.denominator),
      hint: t('sessions.figures.noShowRateHint', {
        noShows: formatNumber(figures.noShowRate.numerator),
        marks: formatNumber(figures.noShowRate.denominator),
      }),
    },
    { label: t('sessions.figures.participants'), value: formatNumber(figures.participants) },
    {
      label: t('sessions.figures.medianHours'),
      value: hours(figures.medianHoursPerParticipant),
      hint: t('sessions.figures.meanHours', { hours: hours(figures.hoursPerParticipant) }),
    },
    { label: t('sessions.figures.attestations'), value: formatNumber(figures.attestationsIssued) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md" component="dl" m={0}>
      {cells.map((cell) => (
        <Paper key={cell.label} withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {cell.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {cell.value}
          </Text>
          {cell.hint ? (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {cell.hint}
            </Text>
          ) : null}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function HoursDistribution({ figures }: { figures: SessionFigures }) {
  const { t } = useTranslation();
  const band = (b: SessionFigures['hoursDistribution'][number]) =>
    b.toHours === 0
      ? t('sessions.figures.bandNone')
      : b.toHours === null
        ? t('sessions.figures.bandAbove', { from: b.fromHours })
        : t('sessions.figures.band', { from: b.fromHours, to: b.toHours });
  const rows = figures.hoursDistribution.map((b) => ({ label: band(b), participants: b.participants }));
  return (
    <>
      <Title order={3} size="h5" mb="xs">
        {t('sessions.figures.hoursTitle')}
      </Title>
      <div aria-hidden="true">
        <BarChart
          h={220}
          data={rows.map((row) => ({
            label: row.label,
            [t('sessions.figures.participants')]: row.participants,
          }))}
          dataKey="label"
          // The table below carries the figures for keyboard and screen reader users.
          barChartProps={{ accessibilityLayer: false }}
          series={[{ name: t('sessions.figures.participants'), color: 'blue.8' }]}
        />
      </div>
      <ScrollTable label={t('sessions.figures.hoursCaption')}>
        <Table mt="sm" mb="md" striped miw={320}>
          <Table.Caption>{t('sessions.figures.hoursCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sessions.figures.hoursBand')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.participants')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td>{formatNumber(row.participants)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
