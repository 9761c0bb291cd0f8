import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type OutreachFigures, useOutreachFigures } from '../../api/outreach.js';
import { PeriodFields, useYearPeriod } from '../../components/PeriodFields.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber } from '../../format.js';

type Row = OutreachFigures['total'];

const percent = (rate: number | null) =>
  rate === null ? '—' : `${formatNumber(Math.round(rate * 1000) / 10)} %`;

/** A program's repérage: people met in a period by source, what became of them, and the share enrolled. */
export function OutreachFiguresSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const { period, setPeriod, valid } = useYearPeriod();
  const figures = useOutreachFigures(programId, period);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outreach-figures-title">
      <Title order={2} size="h4" id="outreach-figures-title" mb="xs">
        {t('outreach.figures.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outreach.figures.intro')}
      </Text>
      <PeriodFields
        period={period}
        onChange={setPeriod}
        fromLabel={t('outreach.figures.from')}
        toLabel={t('outreach.figures.to')}
      />
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
