import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importColumns, importTemplateCsv } from '../../../modules/offers/domain/import-columns.js';
import { type ImportReport, useImportOffers } from '../../api/offers.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SpreadsheetUploadForm } from '../../components/SpreadsheetUploadForm.js';
import { currentLanguage } from '../../i18n/index.js';
import { notify } from '../../notify.js';

/**
 * Imports employers and their job offers from a CSV or XLSX file: the file is checked first (a dry run
 * that writes nothing and says, row by row, what would be created or updated and which rows are
 * refused and why), then imported — every row or none.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const send = useImportOffers();

  const check = async () => {
    if (!file) return;
    setReport(null);
    try {
      setReport(await send.mutateAsync({ file, dryRun: true }));
    } catch {
      // Shown below the form.
    }
  };
  const importNow = async () => {
    if (!file) return;
    try {
      const result = await send.mutateAsync({ file, dryRun: false });
      setReport(result);
      if (result.committed)
        notify({
          color: 'green',
          message: t('offers.import.done', {
            employers: result.summary.employersCreated + result.summary.employersUpdated,
            offers: result.summary.offersCreated,
          }),
        });
    } catch {
      // Shown below the form.
    }
  };

  return (
    <>
      <Anchor
        size="sm"
        mb="xs"
        display="inline-block"
        renderRoot={(props) => <Link to="/offers" search={{}} {...props} />}
      >
        {t('offers.page.back')}
      </Anchor>
      <PageTitle title={t('offers.import.title')} intro={t('offers.import.intro')} />
      <SpreadsheetUploadForm
        labels={{
          templateHint: t('offers.import.templateHint'),
          template: t('offers.import.template'),
          file: t('offers.import.file'),
          fileHint: t('offers.import.fileHint'),
          check: t('offers.import.check'),
        }}
        templateCsv={importTemplateCsv()}
        templateFileName="passerelle-employers-offers.csv"
        file={file}
        onFile={(chosen) => {
          setFile(chosen);
          setReport(null);
          send.reset();
        }}
        onCheck={check}
        busy={send.isPending}
        checking={send.isPending && send.variables?.dryRun === true}
        error={send.error}
      />
      {report ? (
        <ReportView
          report={report}
          importing={send.isPending && send.variables?.dryRun === false}
          onImport={importNow}
        />
      ) : null}
      <ColumnList />
    </>
  );
}

function ReportView({
  report,
  importing,
  onImport,
}: {
  report: ImportReport;
  importing: boolean;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage() === 'fr' ? 'fr' : 'en';
  const { summary } = report;
  const refused = summary.refusedRows > 0;
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="import-report">
      <Stack>
        <Title order={2} size="h4" id="import-report">
          {report.committed ? t('offers.import.reportDone') : t('offers.import.reportDry')}
        </Title>
        <Text role="status">
          {t('offers.import.summary', {
            rows: summary.rows,
            employersCreated: summary.employersCreated,
            employersUpdated: summary.employersUpdated,
            offersCreated: summary.offersCreated,
            refused: summary.refusedRows,
          })}
        </Text>
        {report.ignoredColumns.length > 0 ? (
          <Text size="sm">{t('offers.import.ignored', { columns: report.ignoredColumns.join(', ') })}</Text>
        ) : null}
        {refused ? (
          <Alert color="orange" role="alert">
            {t('offers.import.refusedHint')}
          </Alert>
        ) : null}
        {!report.committed && !refused ? (
          <Group>
            <Button onClick={onImport} loading={importing}>
              {t('offers.import.importNow', { count: summary.rows })}
            </Button>
          </Group>
        ) : null}
        {report.committed ? (
          <Anchor renderRoot={(props) => <Link to="/offers" search={{}} {...props} />}>
            {t('offers.import.seeOffers')}
          </Anchor>
        ) : null}
        <Table striped aria-labelledby="import-report" style={{ overflowWrap: 'anywhere' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('offers.import.row')}</Table.Th>
              <Table.Th>{t('offers.import.employer')}</Table.Th>
              <Table.Th>{t('offers.import.offer')}</Table.Th>
              <Table.Th>{t('offers.import.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.row} data-row={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {row.employer.name || '—'}
                    </Text>
                    <Badge
                      variant="light"
                      color={row.employer.outcome === 'refused' ? 'red.9' : 'gray.8'}
                      tt="none"
                    >
                      {t(`offers.import.employerOutcome.${row.employer.outcome}`)}
                    </Badge>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {row.offer ? (
                    <Stack gap={2}>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {row.offer.offerId ? (
                          <Anchor
                            size="sm"
                            renderRoot={(props) => (
                              <Link
                                to="/offers/$offerId"
                                params={{ offerId: row.offer?.offerId ?? '' }}
                                {...props}
                              />
                            )}
                          >
                            {row.offer.title}
                          </Anchor>
                        ) : (
                          row.offer.title
                        )}
                      </Text>
                      <Badge
                        variant="light"
                        color={row.offer.outcome === 'refused' ? 'red.9' : 'gray.8'}
                        tt="none"
                      >
                        {t(
                          `offers.import.offerOutcome.${row.offer.outcome === 'created' && !report.committed ? 'toCreate' : row.offer.outcome}`,
                        )}
                      </Badge>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('offers.import.noOffer')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.refusals.length === 0 ? (
                    '—'
                  ) : (
                    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                      {row.refusals.map((refusal) => (
                        <Text component="li" size="sm" key={`${refusal.code}-${refusal.column}`}>
                          {refusal.column ? (
                            <Text span fw={600} size="sm">
                              {t('offers.import.column', { column: refusal.column })}{' '}
                            </Text>
                          ) : null}
                          {refusal.message[language]}{' '}
                          <Text span c="dimmed" size="xs">
                            ({refusal.code})
                          </Text>
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function ColumnList() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-columns">
      <Title order={2} size="h4" id="import-columns" mb="sm">
        {t('offers.import.columns')}
      </Title>
      <Text size="sm" mb="sm">
        {t('offers.import.columnsHint')}
      </Text>
      {/* No scrolling box: the cells wrap, so a phone reads the list without a region to scroll by keyboard. */}
      <Table striped aria-labelledby="import-columns" style={{ overflowWrap: 'anywhere' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('offers.import.columnName')}</Table.Th>
            <Table.Th>{t('offers.import.columnPart')}</Table.Th>
            <Table.Th>{t('offers.import.columnExample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {importColumns.map((column) => (
            <Table.Tr key={column.name}>
              <Table.Td>
                <code>{column.name}</code>
                {column.required ? ` (${t('offers.import.required')})` : ''}
              </Table.Td>
              <Table.Td>{t(`offers.import.part.${column.part}`)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{column.example || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
