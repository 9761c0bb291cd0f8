import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PathwayFiguresView, useRecognitionFigures } from '../../api/recognition.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber } from '../../format.js';
import { useRecognitionFormat } from './ui.js';

/**
 * The working group's view: per pathway, how many people, the results, what the fund's loans paid out,
 * and per step where people are, how long it takes (median) and where they stop. Counts only.
 */
export function FiguresPage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // An end before the start is not sent: the server would refuse it; the field says why.
  const reversed = from !== '' && to !== '' && to < from;
  const figures = useRecognitionFigures(reversed ? {} : { from: from || undefined, to: to || undefined });
  const pathways = figures.data?.pathways ?? [];
  return (
    <>
      <Anchor size="sm" renderRoot={(props) => <Link to="/recognition" {...props} />}>
        {t('recognition.pathway.back')}
      </Anchor>
      <PageTitle title={t('recognition.figures.title')} intro={t('recognition.figures.intro')} />
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('recognition.figures.periodLabel')}
        onSubmit={(event: React.FormEvent) => event.preventDefault()}
      >
        <Group gap="md" align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('recognition.figures.from')}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('recognition.figures.to')}
            value={to}
            error={reversed ? t('recognition.figures.toBeforeFrom') : undefined}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
        </Group>
        <Text size="sm" mt="xs">
          {t('recognition.figures.periodHint')}
        </Text>
      </Paper>
      <QueryState
        isPending={figures.isPending}
        error={figures.error}
        onRetry={() => figures.refetch()}
        missingRouteText={t('recognition.unavailable')}
      >
        {figures.data && pathways.every((p) => p.people === 0) ? (
          <Text role="status">{t('recognition.figures.empty')}</Text>
        ) : null}
        {pathways.length > 0 ? (
          <Stack gap="lg">
            <SummaryTable pathways={pathways} />
            {pathways
              .filter((p) => p.people > 0)
              .map((pathway) => (
                <PathwaySteps key={pathway.pathwayId} pathway={pathway} />
              ))}
          </Stack>
        ) : null}
      </QueryState>
    </>
  );
}

function usePathwayName() {
  const format = useRecognitionFormat();
  return (p: PathwayFiguresView) =>
    [format.occupation(p.occupation), format.jurisdiction(p.jurisdiction), p.routeName]
      .filter(Boolean)
      .join(' — ');
}

function SummaryTable({ pathways }: { pathways: PathwayFiguresView[] }) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const name = usePathwayName();
  const caption = t('recognition.figures.summaryCaption');
  const numeric = { ta: 'end' } as const;
  return (
    <ScrollTable label={caption}>
      <Table striped miw={1100}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('recognition.figures.pathway')}</Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.people')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.open')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.recognised')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.partial')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.refused')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.closedWithoutResult')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.employedWithCredential')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.employedInProgress')}
            </Table.Th>
            <Table.Th scope="col" {...numeric}>
              {t('recognition.figures.fundPaid')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pathways.map((p) => (
            <Table.Tr key={p.pathwayId}>
              <Table.Th scope="row" fw={600}>
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      to="/recognition/pathways/$pathwayId"
                      params={{ pathwayId: p.pathwayId }}
                      {...props}
                    />
                  )}
                >
                  {name(p)}
                </Anchor>
              </Table.Th>
              <Table.Td {...numeric}>{formatNumber(p.people)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(p.open)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(p.results.recognised)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(p.results.partial)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(p.results.refused)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(p.closedWithoutResult)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(p.employedInField.credentialObtained)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(p.employedInField.inProgress)}</Table.Td>
              <Table.Td {...numeric}>
                {p.fundPaid.length === 0
                  ? '—'
                  : p.fundPaid.map((paid) => (
                      <Text size="sm" key={paid.currency}>
                        {format.money(paid.disbursedCents, paid.currency)} (
                        {t('recognition.figures.loans', { count: paid.loans })})
                      </Text>
                    ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Each version's steps: where people are, the median days a step takes, and the drop-outs at it. */
function PathwaySteps({ pathway }: { pathway: PathwayFiguresView }) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const name = usePathwayName()(pathway);
  const headingId = `figures-${pathway.pathwayId}`;
  const numeric = { ta: 'end' } as const;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {name}
      </Title>
      <Stack gap="md">
        {pathway.versions.map((version) => {
          const caption = t('recognition.figures.stepsCaption', {
            pathway: name,
            number: version.number,
            count: version.cases,
          });
          const chartData = version.steps
            .filter((step) => step.medianDays !== null)
            .map((step) => ({ step: `${step.position}. ${format.label(step)}`, days: step.medianDays }));
          return (
            <Stack gap="sm" key={version.versionId}>
              <ScrollTable label={caption}>
                <Table striped miw={640}>
                  <Table.Caption>{caption}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('recognition.pathway.step')}</Table.Th>
                      <Table.Th scope="col" {...numeric}>
                        {t('recognition.figures.inProgress')}
                      </Table.Th>
                      <Table.Th scope="col" {...numeric}>
                        {t('recognition.figures.done')}
                      </Table.Th>
                      <Table.Th scope="col" {...numeric}>
                        {t('recognition.figures.medianDays')}
                      </Table.Th>
                      <Table.Th scope="col" {...numeric}>
                        {t('recognition.figures.dropOuts')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {version.steps.map((step) => (
                      <Table.Tr key={step.position}>
                        <Table.Th scope="row" fw={400}>
                          {step.position}. {format.label(step)}
                        </Table.Th>
                        <Table.Td {...numeric}>{formatNumber(step.inProgress)}</Table.Td>
                        <Table.Td {...numeric}>{formatNumber(step.done)}</Table.Td>
                        <Table.Td {...numeric}>
                          {step.medianDays === null ? '—' : format.days(step.medianDays)}
                        </Table.Td>
                        <Table.Td {...numeric}>{formatNumber(step.dropOuts)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
              {chartData.length > 1 ? (
                // The table above carries every figure; the chart only helps to see the longest steps.
                <figure
                  style={{ margin: 0 }}
                  aria-label={t('recognition.figures.chartLabel', { pathway: name, number: version.number })}
                >
                  <BarChart
                    h={Math.max(160, chartData.length * 36)}
                    data={chartData}
                    dataKey="step"
                    orientation="vertical"
                    yAxisProps={{ width: 180 }}
                    series={[{ name: 'days', label: t('recognition.figures.medianDays'), color: 'blue.8' }]}
                    valueFormatter={(value) => format.days(value)}
                  />
                </figure>
              ) : null}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
