import { Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutreachFigures, useOutreachFigures } from '../../api/outreach.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber, todayInOrganization } from '../../format.js';

type Row = OutreachFigures['total'];

const percent = (rate: number | null) =>
  rate === null ? '—' : `${formatNumber(Math.round(rate * 1000) / 10)} %`;

/** A program's repérage: people met in a period by source, what became of them, and the share enrolled. */
export function OutreachFiguresSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const today = todayInOrganization();
  const [period, setPeriod] = useState({
    from: `${today.slice(0, 4)}-01-01`,
    to: `${today.slice(0, 4)}-12-31`,
  });
  const valid = period.from !== '' && period.to !== '' && period.from <= period.to;
  const figures = useOutreachFigures(programId, period);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outreach-figures-title">
      <Title order={2} size="h4" id="outreach-figures-title" mb="xs">
        {t('outreach.figures.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outreach.figures.intro')}
      </Text>
      <Group mb="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t('outreach.figures.from')}
          value={period.from}
          onChange={(event) => setPeriod((p) => ({ ...p, from: event.currentTarget.value }))}
        />
        <TextInput
          type="date"
          label={t('outreach.figures.to')}
          value={period.to}
          onChange={(event) => setPeriod((p) => ({ ...p, to: event.currentTarget.value }))}
        />
      </Group>
      {valid ? (
        <QueryState isPending={figures.isPending} error={figures.error} onRetry={() => figures.refetch()}>
          {figures.data ? <FiguresTable figures={figures.data} /> : null}
        </QueryState>
      ) : null}
    </Paper>
  );
}

function FiguresTable({ figures }: { figures: OutreachFigures }) {
  const { t } = useTranslation();
  if (figures.total.met === 0) return <Text size="sm">{t('outreach.figures.none')}</Text>;
  const cells = (row: Row) => (
    <>
      <Table.Td ta="end">{formatNumber(row.met)}</Table.Td>
      <Table.Td ta="end">{formatNumber(row.open)}</Table.Td>
      <Table.Td ta="end">{formatNumber(row.outcomes.enrolled)}</Table.Td>
      <Table.Td ta="end">{formatNumber(row.outcomes.not_interested)}</Table.Td>
      <Table.Td ta="end">{formatNumber(row.outcomes.not_eligible)}</Table.Td>
      <Table.Td ta="end">{formatNumber(row.outcomes.unreachable)}</Table.Td>
      <Table.Td ta="end">{formatNumber(row.outcomes.referred_elsewhere)}</Table.Td>
      <Table.Td ta="end">{percent(row.conversionRate)}</Table.Td>
      <Table.Td ta="end">
        {row.medianDaysToEnrolment === null ? '—' : formatNumber(row.medianDaysToEnrolment)}
      </Table.Td>
    </>
  );
  return (
    <>
      <Text size="sm" mb="xs">
        {t(`outreach.figures.scope_${figures.scope}`)}
      </Text>
      <ScrollTable label={t('outreach.figures.table')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('outreach.figures.source')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.met')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.open')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.enrolled')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.notInterested')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.notEligible')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.unreachable')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.referredElsewhere')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.conversion')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('outreach.figures.medianDays')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.bySource.map((row) => (
              <Table.Tr key={row.source}>
                <Table.Th scope="row">{t(`outreach.source.${row.source}`)}</Table.Th>
                {cells(row)}
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('outreach.figures.total')}</Table.Th>
              {cells(figures.total)}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
