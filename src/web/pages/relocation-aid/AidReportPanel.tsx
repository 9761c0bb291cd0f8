import { Anchor, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AidReportView, aidReportFileUrl, useAidReport } from '../../api/relocation-aid.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { Figure } from './AidFigure.js';
import { formatCad, regionName } from './aid-format.js';

function Breakdown({
  title,
  rows,
  label,
}: {
  title: string;
  rows: AidReportView['byPurpose'];
  label: (key: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={title}>
      <Table striped>
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('relocationAid.report.key')}</Table.Th>
            <Table.Th scope="col">{t('relocationAid.report.households')}</Table.Th>
            <Table.Th scope="col">{t('relocationAid.report.approvedCents')}</Table.Th>
            <Table.Th scope="col">{t('relocationAid.report.paidCents')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row">{label(r.key)}</Table.Th>
              <Table.Td>{r.households}</Table.Td>
              <Table.Td>{formatCad(r.approvedCents)}</Table.Td>
              <Table.Td>{formatCad(r.paidCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The aid report of the year, its breakdowns and its exports. */
export function AidReportPanel({ programId, year }: { programId: string; year: number }) {
  const { t } = useTranslation();
  const report = useAidReport(programId, year);
  const notOpened = report.error && 'code' in report.error && report.error.code === 'AID_BUDGET_NOT_FOUND';
  return (
    <Stack>
      {notOpened ? <Text>{t('relocationAid.budget.none')}</Text> : null}
      <QueryState
        isPending={report.isPending}
        error={notOpened ? null : report.error}
        onRetry={() => report.refetch()}
      >
        {report.data ? (
          <Stack>
            <section aria-labelledby="aid-report-figures">
              <Title order={3} size="h5" id="aid-report-figures">
                {t('relocationAid.report.figures')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <Figure label={t('relocationAid.report.budget')} cents={report.data.budgetCents} />
                <Figure label={t('relocationAid.report.approved')} cents={report.data.approvedCents} />
                <Figure label={t('relocationAid.report.paid')} cents={report.data.paidCents} />
                <Figure label={t('relocationAid.report.reversed')} cents={report.data.reversedCents} />
                <Figure label={t('relocationAid.report.committed')} cents={report.data.committedCents} />
                <Figure label={t('relocationAid.report.available')} cents={report.data.availableCents} />
                <Stack gap={0}>
                  <Text size="sm" c="dimmed">
                    {t('relocationAid.report.households')}
                  </Text>
                  <Text fw={700}>{report.data.households}</Text>
                </Stack>
              </SimpleGrid>
            </section>
            <Breakdown
              title={t('relocationAid.report.byPurpose')}
              rows={report.data.byPurpose}
              label={(k) => t(`relocationAid.purpose.${k}`)}
            />
            <Breakdown
              title={t('relocationAid.report.byRegion')}
              rows={report.data.byRegion}
              label={(k) => regionName(k.split('-')[1] ?? k)}
            />
            <Breakdown
              title={t('relocationAid.report.byOrganization')}
              rows={report.data.byOrganization}
              label={(name) => name}
            />
            <Group>
              <Anchor href={aidReportFileUrl(programId, year, 'csv')} download>
                {t('relocationAid.report.exportCsv')}
              </Anchor>
              <Anchor href={aidReportFileUrl(programId, year, 'xlsx')} download>
                {t('relocationAid.report.exportXlsx')}
              </Anchor>
            </Group>
          </Stack>
        ) : null}
      </QueryState>
    </Stack>
  );
}
