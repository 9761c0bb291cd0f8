import { Alert, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDuplicateRuns, useStartDuplicateRun } from '../../api/duplicates.js';
import { errorMessage } from '../../api/errors.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDateTime } from '../../format.js';
import { runProgress } from './run-progress.js';

const statusColor = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' } as const;

/** The phase a run is in, by name, and how far it went in that phase. */
function RunProgress({ run }: { run: Parameters<typeof runProgress>[0] }) {
  const { t } = useTranslation();
  const { phase, percent } = runProgress(run);
  const label = t(`duplicates.runs.phase.${phase}`, { percent });
  return (
    <Stack gap={4}>
      <Text size="sm">{label}</Text>
      <Progress value={percent} aria-label={label} animated />
    </Stack>
  );
}

/**
 * The batch run of duplicate detection over the consortia my organization coordinates: start one (a
 * job), follow its progress, read its figures by pair of member organizations. The coordination sees
 * figures, never a file: each member reviews its own files on its list (docs/duplicates.md).
 */
export function DuplicateRunsPage() {
  const { t } = useTranslation();
  const runs = useDuplicateRuns();
  const start = useStartDuplicateRun();
  const data = runs.data;
  return (
    <>
      <PageTitle title={t('duplicates.runs.title')} intro={t('duplicates.runs.intro')} />
      <QueryState isPending={runs.isPending} error={runs.error} onRetry={() => runs.refetch()}>
        <Stack gap="md">
          {start.error ? (
            <Alert color="red" role="alert">
              {errorMessage(start.error)}
            </Alert>
          ) : null}
          {data && data.consortia.length === 0 ? <Text>{t('duplicates.runs.noConsortium')}</Text> : null}
          <Group gap="sm">
            {data?.consortia.map((consortium) => (
              <Button
                key={consortium.id}
                loading={start.isPending && start.variables === consortium.id}
                disabled={data.runs.some(
                  (run) =>
                    run.consortium.id === consortium.id &&
                    (run.status === 'queued' || run.status === 'running'),
                )}
                onClick={() => start.mutate(consortium.id)}
              >
                {t('duplicates.runs.start', { consortium: consortium.name })}
              </Button>
            ))}
          </Group>
          {data && data.runs.length === 0 && data.consortia.length > 0 ? (
            <Text>{t('duplicates.runs.none')}</Text>
          ) : null}
          {data?.runs.map((run) => (
            <Paper withBorder p="md" key={run.id} component="section" aria-labelledby={`run-${run.id}`}>
              <Stack gap="xs">
                <Group gap="sm">
                  <Title order={2} size="h5" id={`run-${run.id}`}>
                    {t('duplicates.runs.runOf', {
                      consortium: run.consortium.name,
                      date: formatDateTime(run.requestedAt),
                    })}
                  </Title>
                  <Badge color={statusColor[run.status]} variant="light">
                    {t(`duplicates.runs.status.${run.status}`)}
                  </Badge>
                </Group>
                {run.status === 'running' || run.status === 'queued' ? <RunProgress run={run} /> : null}
                <Text size="sm">
                  {t('duplicates.runs.counts', { compared: run.comparedPairs, found: run.foundPairs })}
                </Text>
                {run.figures.length > 0 ? (
                  <ScrollTable label={t('duplicates.runs.figures')}>
                    <Table striped>
                      <Table.Caption>{t('duplicates.runs.figures')}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('duplicates.runs.member')}</Table.Th>
                          <Table.Th scope="col">{t('duplicates.runs.member')}</Table.Th>
                          <Table.Th scope="col" ta="right">
                            {t('duplicates.runs.pairs')}
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {run.figures.map((figure) => (
                          <Table.Tr key={`${figure.first.id}|${figure.second.id}`}>
                            <Table.Td>{figure.first.name}</Table.Td>
                            <Table.Td>{figure.second.name}</Table.Td>
                            <Table.Td ta="right">{figure.pairs}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                ) : null}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </QueryState>
    </>
  );
}
