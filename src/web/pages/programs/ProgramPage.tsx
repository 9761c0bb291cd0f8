import { BarChart } from '@mantine/charts';
import { Grid, List, Paper, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProgram } from '../../api/people.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatNumber } from '../../format.js';

const route = getRouteApi('/app/programs/$programId');

export function ProgramPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const data = program.data;
  return (
    <>
      <PageTitle title={data?.name ?? t('programs.title')} intro={data?.description ?? undefined} />
      <QueryState isPending={program.isPending} error={program.error} onRetry={() => program.refetch()}>
        {data ? (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="md" component="section" aria-labelledby="rules-title">
                <Title order={2} size="h4" id="rules-title" mb="sm">
                  {t('eligibility.rules')}
                </Title>
                {data.rules.length === 0 ? (
                  <Text>{t('eligibility.noRules')}</Text>
                ) : (
                  <List spacing="xs">
                    {data.rules.map((rule) => (
                      <List.Item key={rule.id}>{rule.readable}</List.Item>
                    ))}
                  </List>
                )}
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="md" component="section" aria-labelledby="referents-title">
                <Title order={2} size="h4" id="referents-title" mb="sm">
                  {t('programs.referents')}
                </Title>
                {data.referents.length === 0 ? (
                  <Text>{t('programs.noReferents')}</Text>
                ) : (
                  <List spacing="xs">
                    {data.referents.map((referent) => (
                      <List.Item key={`${referent.organizationName}-${referent.displayName}`}>
                        {referent.organizationName}: {referent.displayName}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Paper>
            </Grid.Col>
            <Grid.Col span={12}>
              <Paper withBorder p="md" component="section" aria-labelledby="targets-title">
                <Title order={2} size="h4" id="targets-title" mb="sm">
                  {t('programs.targets')}
                </Title>
                {data.targets.length === 0 ? (
                  <Text>{t('programs.noTargets')}</Text>
                ) : (
                  <Table.ScrollContainer minWidth={480}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('programs.scope')}</Table.Th>
                          <Table.Th scope="col">{t('programs.target')}</Table.Th>
                          <Table.Th scope="col">{t('programs.unit')}</Table.Th>
                          <Table.Th scope="col">{t('programs.period')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.targets.map((target) => (
                          <Table.Tr key={target.id}>
                            <Table.Td>{target.organizationName ?? t('programs.total')}</Table.Td>
                            <Table.Td>{formatNumber(target.value)}</Table.Td>
                            <Table.Td>{t(`targetUnit.${target.unit}`, target.unit)}</Table.Td>
                            <Table.Td>{target.period}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Paper>
            </Grid.Col>
            <Grid.Col span={12}>
              <Paper withBorder p="md" component="section" aria-labelledby="progress-title">
                <Title order={2} size="h4" id="progress-title" mb="sm">
                  {t('programs.progress')}
                </Title>
                {data.progress.length === 0 ? (
                  <Text>{t('programs.noProgress')}</Text>
                ) : (
                  <>
                    <BarChart
                      h={280}
                      data={data.progress.map((row) => ({
                        label: row.label,
                        [t('programs.actual')]: row.actual,
                        [t('programs.target')]: row.target,
                      }))}
                      dataKey="label"
                      series={[
                        { name: t('programs.actual'), color: 'blue.8' },
                        { name: t('programs.target'), color: 'gray.5' },
                      ]}
                      withLegend
                      aria-hidden
                    />
                    {/* The same figures as a table, for screen readers and for reading exact values. */}
                    <Table mt="md" striped>
                      <Table.Caption>{t('programs.progressCaption')}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('programs.scope')}</Table.Th>
                          <Table.Th scope="col">{t('programs.actual')}</Table.Th>
                          <Table.Th scope="col">{t('programs.target')}</Table.Th>
                          <Table.Th scope="col">{t('programs.rate')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.progress.map((row) => (
                          <Table.Tr key={row.label}>
                            <Table.Td>{row.label}</Table.Td>
                            <Table.Td>{formatNumber(row.actual)}</Table.Td>
                            <Table.Td>{formatNumber(row.target)}</Table.Td>
                            <Table.Td>
                              {row.target > 0 ? `${Math.round((row.actual / row.target) * 100)} %` : '—'}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </>
                )}
              </Paper>
            </Grid.Col>
          </Grid>
        ) : null}
      </QueryState>
    </>
  );
}
