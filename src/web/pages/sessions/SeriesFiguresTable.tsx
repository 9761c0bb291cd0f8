import { BarChart } from '@mantine/charts';
import { Button, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SessionFigures, useSessionFigures } from '../../api/sessions.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber } from '../../format.js';
import { useSessionFormat } from './ui.js';

export const seriesPageSize = 10;
const rate = (format: ReturnType<typeof useSessionFormat>, value: number | null) =>
  value === null ? '—' : format.percent(value, 1);

/**
 * Attendance series by series (a page at a time, as the server sends it: `rows` is page `page` of
 * `total`), and one series meeting by meeting on demand.
 */
export function SeriesFiguresTable({
  programId,
  period,
  rows,
  total,
  page,
  onPageChange,
}: {
  programId: string;
  period: { from: string; to: string };
  rows: SessionFigures['bySeries'];
  total: number;
  page: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const [opened, setOpened] = useState<{ row: SessionFigures['bySeries'][number] } | null>(null);
  const shown = rows;
  const openedRow = opened?.row;
  return (
    <>
      <Title order={3} size="h5" mb="xs">
        {t('sessions.figures.seriesTitle')}
      </Title>
      <div aria-hidden="true">
        <BarChart
          h={Math.max(160, shown.length * 36)}
          data={shown.map((row) => ({
            label: row.title,
            [t('sessions.figures.attendanceRate')]: Math.round((row.attendanceRate ?? 0) * 100),
          }))}
          dataKey="label"
          orientation="vertical"
          barChartProps={{ accessibilityLayer: false }}
          yAxisProps={{ width: 160 }}
          xAxisProps={{ domain: [0, 100] }}
          unit=" %"
          series={[{ name: t('sessions.figures.attendanceRate'), color: 'teal.8' }]}
        />
      </div>
      <ScrollTable label={t('sessions.figures.seriesCaption')}>
        <Table mt="sm" striped miw={640}>
          <Table.Caption>{t('sessions.figures.seriesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sessions.figures.session')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.organizer')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.seats')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.meetingsHeld')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.attendanceRate')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.noShowRate')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.attestations')}</Table.Th>
              <Table.Th scope="col">{t('sessions.figures.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.seriesId}>
                <Table.Th scope="row" fw={400}>
                  {row.title}
                </Table.Th>
                <Table.Td>{row.organizationName}</Table.Td>
                <Table.Td>
                  {row.capacity === null
                    ? formatNumber(row.enrolled)
                    : t('sessions.figures.seatsOf', {
                        enrolled: formatNumber(row.enrolled),
                        capacity: formatNumber(row.capacity),
                      })}
                </Table.Td>
                <Table.Td>{formatNumber(row.meetingsHeld)}</Table.Td>
                <Table.Td>{rate(format, row.attendanceRate)}</Table.Td>
                <Table.Td>{rate(format, row.noShowRate)}</Table.Td>
                <Table.Td>{formatNumber(row.attestationsIssued)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-expanded={openedRow?.seriesId === row.seriesId}
                    aria-controls="series-meetings-figures"
                    aria-label={t('sessions.figures.byMeetingOf', { title: row.title })}
                    onClick={() => setOpened(openedRow?.seriesId === row.seriesId ? null : { row })}
                  >
                    {t('sessions.figures.byMeeting')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Pager page={page} pageSize={seriesPageSize} total={total} onChange={onPageChange} />
      <div id="series-meetings-figures">
        {openedRow ? <MeetingFigures programId={programId} period={period} series={openedRow} /> : null}
      </div>
    </>
  );
}

function MeetingFigures({
  programId,
  period,
  series,
}: {
  programId: string;
  period: { from: string; to: string };
  series: SessionFigures['bySeries'][number];
}) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const figures = useSessionFigures({ ...period, programId, seriesId: series.seriesId });
  const meetings = figures.data?.byMeeting ?? [];
  return (
    <QueryState isPending={figures.isPending} error={figures.error} onRetry={() => figures.refetch()}>
      {meetings.length === 0 ? (
        <Text mt="md">{t('sessions.figures.noMeetingHeld', { title: series.title })}</Text>
      ) : (
        <ScrollTable label={t('sessions.figures.meetingsCaption', { title: series.title })}>
          <Table mt="md" striped miw={420}>
            <Table.Caption>{t('sessions.figures.meetingsCaption', { title: series.title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.figures.meeting')}</Table.Th>
                <Table.Th scope="col">{t('sessions.figures.marks')}</Table.Th>
                <Table.Th scope="col">{t('sessions.figures.attendanceRate')}</Table.Th>
                <Table.Th scope="col">{t('sessions.figures.noShowRate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meetings.map((meeting) => (
                <Table.Tr key={meeting.meetingId}>
                  <Table.Td>{format.dateTime(meeting.startsAt)}</Table.Td>
                  <Table.Td>{formatNumber(meeting.marks)}</Table.Td>
                  <Table.Td>{rate(format, meeting.attendanceRate)}</Table.Td>
                  <Table.Td>{rate(format, meeting.noShowRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </QueryState>
  );
}
