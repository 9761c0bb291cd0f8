import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  peopleImportColumns,
  peopleImportTemplateCsv,
} from '../../../modules/people/domain/people-import-columns.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SpreadsheetUploadForm } from '../../components/SpreadsheetUploadForm.js';
import { formatDate } from '../../format.js';
import { currentLanguage } from '../../i18n/index.js';
import { type PeopleImportReport, type PeopleImportRow, useImportPeople } from './people-import-api.js';

const statusColor: Record<PeopleImportRow['status'], string> = {
  ok: 'blue.9',
  error: 'red.9',
  skipped: 'gray.8',
  created: 'green.9',
};

const nameOf = (row: { givenName: string; familyName: string }) =>
  `${row.givenName} ${row.familyName}`.trim() || '—';

/**
 * Brings people in from a spreadsheet: the file is checked first (every row with the registration's
 * rules, and its possible duplicates in the organization, in the file, and elsewhere in the consortium),
 * the user leaves out the rows they do not want, then the rows kept are imported in one go.
 */
export function PeopleImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<PeopleImportReport | null>(null);
  const [leftOut, setLeftOut] = useState<ReadonlySet<number>>(new Set());
  const send = useImportPeople();

  const check = async () => {
    if (!file) return;
    setReport(null);
    setLeftOut(new Set());
    try {
      setReport(await send.mutateAsync({ file, dryRun: true, skip: [] }));
    } catch {
      // Shown below the form.
    }
  };
  const refused = (report?.rows ?? []).filter((row) => row.status === 'error').map((row) => row.row);
  const toImport = (report?.rows ?? []).filter((row) => row.status === 'ok' && !leftOut.has(row.row)).length;
  const importNow = async () => {
    if (!file || !report) return;
    try {
      setReport(await send.mutateAsync({ file, dryRun: false, skip: [...leftOut, ...refused] }));
    } catch {
      // Shown below the form.
    }
  };
  const toggle = (row: number, keep: boolean) =>
    setLeftOut((previous) => {
      const next = new Set(previous);
      keep ? next.delete(row) : next.add(row);
      return next;
    });

  return (
    <>
      <Anchor
        size="sm"
        mb="xs"
        display="inline-block"
        renderRoot={(props) => <Link to="/caseload" search={{}} {...props} />}
      >
        {t('peopleImport.back')}
      </Anchor>
      <PageTitle title={t('peopleImport.title')} intro={t('peopleImport.intro')} />
      <SpreadsheetUploadForm
        labels={{
          templateHint: t('peopleImport.templateHint'),
          template: t('peopleImport.template'),
          file: t('peopleImport.file'),
          fileHint: t('peopleImport.fileHint'),
          check: t('peopleImport.check'),
        }}
        templateCsv={peopleImportTemplateCsv()}
        templateFileName="passerelle-people.csv"
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
      {report?.committed ? <DoneView report={report} /> : null}
      {report ? (
        <ReportView
          report={report}
          leftOut={leftOut}
          onToggle={toggle}
          toImport={toImport}
          importing={send.isPending && send.variables?.dryRun === false}
          onImport={importNow}
        />
      ) : null}
      <ColumnList />
    </>
  );
}

function DoneView({ report }: { report: PeopleImportReport }) {
  const { t } = useTranslation();
  const created = report.rows.filter((row) => row.personId);
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="people-import-done">
      <Title order={2} size="h4" id="people-import-done" mb="xs">
        {t('peopleImport.doneTitle')}
      </Title>
      <Text role="status" mb="xs">
        {t('peopleImport.done', { count: created.length })}
        {report.summary.enrolments > 0
          ? ` ${t('peopleImport.doneEnrolments', { count: report.summary.enrolments })}`
          : ''}
      </Text>
      <List size="sm" spacing={4}>
        {created.map((row) => (
          <List.Item key={row.row}>
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link
                  to="/people/$personId"
                  params={{ personId: row.personId ?? '' }}
                  search={{}}
                  {...props}
                />
              )}
            >
              {t('peopleImport.openFile', { name: nameOf(row) })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function ReportView({
  report,
  leftOut,
  onToggle,
  toImport,
  importing,
  onImport,
}: {
  report: PeopleImportReport;
  leftOut: ReadonlySet<number>;
  onToggle: (row: number, keep: boolean) => void;
  toImport: number;
  importing: boolean;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const { summary } = report;
  const preview = !report.committed;
  // The program column only when the file names programs: a plain caseload keeps its narrow table.
  const withPrograms = report.rows.some((row) => row.program);
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="people-import-report">
      <Stack>
        <Title order={2} size="h4" id="people-import-report">
          {t('peopleImport.reportTitle')}
        </Title>
        {preview ? (
          <Text role="status">
            {t('peopleImport.summary', {
              rows: summary.rows,
              ok: summary.ok,
              errors: summary.errors,
              skipped: summary.skipped,
              duplicates: summary.possibleDuplicates,
            })}
          </Text>
        ) : null}
        {preview && summary.enrolments > 0 ? (
          <Text size="sm">{t('peopleImport.summaryEnrolments', { count: summary.enrolments })}</Text>
        ) : null}
        {report.ignoredColumns.length > 0 ? (
          <Text size="sm">{t('peopleImport.ignored', { columns: report.ignoredColumns.join(', ') })}</Text>
        ) : null}
        {!report.dryRun && !report.committed ? (
          <Alert color="red" role="alert">
            {t('peopleImport.notCommitted')}
          </Alert>
        ) : null}
        {preview && summary.errors > 0 ? <Alert color="orange">{t('peopleImport.refusedHint')}</Alert> : null}
        {preview ? (
          <Group>
            {toImport > 0 ? (
              <Button onClick={onImport} loading={importing}>
                {t('peopleImport.importNow', { count: toImport })}
              </Button>
            ) : (
              <Text size="sm">{t('peopleImport.nothingToImport')}</Text>
            )}
          </Group>
        ) : null}
        {/* No scrolling box: the cells wrap, so a phone reads the table without a region to scroll. */}
        <Table striped aria-labelledby="people-import-report" style={{ overflowWrap: 'anywhere' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('peopleImport.row')}</Table.Th>
              <Table.Th>{t('peopleImport.person')}</Table.Th>
              {withPrograms ? <Table.Th>{t('peopleImport.program')}</Table.Th> : null}
              <Table.Th>{t('peopleImport.result')}</Table.Th>
              {preview ? <Table.Th>{t('peopleImport.keep')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <RowView
                key={row.row}
                row={row}
                preview={preview}
                withPrograms={withPrograms}
                kept={!leftOut.has(row.row)}
                onToggle={onToggle}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function RowView({
  row,
  preview,
  withPrograms,
  kept,
  onToggle,
}: {
  row: PeopleImportRow;
  preview: boolean;
  withPrograms: boolean;
  kept: boolean;
  onToggle: (row: number, keep: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage() === 'fr' ? 'fr' : 'en';
  const status = preview && row.status === 'ok' && !kept ? 'skipped' : row.status;
  const reasons = (list: readonly string[]) => list.map((r) => t(`duplicates.reason.${r}`)).join(', ');
  const { organization, inFile, elsewhere } = row.duplicates;
  return (
    <Table.Tr data-row={row.row} data-status={status}>
      <Table.Td>{row.row}</Table.Td>
      <Table.Td>
        {row.personId ? (
          <Anchor
            size="sm"
            renderRoot={(props) => (
              <Link to="/people/$personId" params={{ personId: row.personId ?? '' }} search={{}} {...props} />
            )}
          >
            {nameOf(row)}
          </Anchor>
        ) : (
          <Text size="sm">{nameOf(row)}</Text>
        )}
      </Table.Td>
      {withPrograms ? (
        <Table.Td>
          {row.program ? (
            <Text size="sm">
              {row.enrolmentId
                ? t('peopleImport.enrolledIn', { program: row.program.name })
                : `${row.program.name} (${row.program.code})`}
            </Text>
          ) : (
            <Text size="sm">—</Text>
          )}
        </Table.Td>
      ) : null}
      <Table.Td>
        <Stack gap={4}>
          <Badge variant="light" color={statusColor[status]} tt="none">
            {t(`peopleImport.status.${status}`)}
          </Badge>
          {row.errors.length > 0 ? (
            <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {row.errors.map((error) => (
                <Text component="li" size="sm" key={`${error.code}-${error.column}`}>
                  {error.message[language]}{' '}
                  <Text span c="dimmed" size="xs">
                    ({error.code})
                  </Text>
                </Text>
              ))}
            </Stack>
          ) : null}
          {organization.length > 0 ? (
            <div>
              <Text size="sm" fw={600}>
                {t('peopleImport.inOrganization')}
              </Text>
              <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {organization.map((candidate) => (
                  <Text component="li" size="sm" key={candidate.id}>
                    <Anchor
                      size="sm"
                      renderRoot={(props) => (
                        <Link
                          to="/people/$personId"
                          params={{ personId: candidate.id }}
                          search={{}}
                          target="_blank"
                          {...props}
                        />
                      )}
                    >
                      {candidate.birthDate
                        ? t('peopleImport.candidate', {
                            name: nameOf(candidate),
                            birthDate: formatDate(candidate.birthDate),
                          })
                        : nameOf(candidate)}
                    </Anchor>{' '}
                    ({reasons(candidate.reasons)})
                  </Text>
                ))}
              </Stack>
            </div>
          ) : null}
          {inFile.map((other) => (
            <Text size="sm" key={other.row}>
              {t('peopleImport.inFile', { row: other.row, reasons: reasons(other.reasons) })}
            </Text>
          ))}
          {elsewhere ? <Text size="sm">{t('duplicates.elsewhere')}</Text> : null}
        </Stack>
      </Table.Td>
      {preview ? (
        <Table.Td>
          {row.status === 'ok' ? (
            <Checkbox
              checked={kept}
              onChange={(event) => onToggle(row.row, event.currentTarget.checked)}
              aria-label={t('peopleImport.keepRow', { row: row.row, name: nameOf(row) })}
            />
          ) : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

function ColumnList() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="people-import-columns">
      <Title order={2} size="h4" id="people-import-columns" mb="sm">
        {t('peopleImport.columnsTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('peopleImport.columnsHint')}
      </Text>
      <Table striped aria-labelledby="people-import-columns" style={{ overflowWrap: 'anywhere' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('peopleImport.columnName')}</Table.Th>
            <Table.Th>{t('peopleImport.columnAlso')}</Table.Th>
            <Table.Th>{t('peopleImport.columnExample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {peopleImportColumns.map((column) => (
            <Table.Tr key={column.name}>
              <Table.Td>
                <code>{column.name}</code>
                {column.required ? ` (${t('peopleImport.required')})` : ''}
              </Table.Td>
              <Table.Td>{column.aliases.join(', ')}</Table.Td>
              <Table.Td>{column.example || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
