import { BarChart } from '@mantine/charts';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ExitRuleVersion,
  type OutcomeMeasure,
  type OutcomeMeasureCode,
  type OutcomePart,
  type OutcomesPeriod,
  type ProgramOutcomes,
  useProgramOutcomes,
} from '../../../api/outcome-figures.js';
import type { ProgramDetail } from '../../../api/programs.js';
import { useSession } from '../../../api/session.js';
import { QueryState } from '../../../components/QueryState.js';
import { ScrollTable } from '../../../components/ScrollTable.js';
import { formatDate, formatNumber, todayInOrganization } from '../../../format.js';
import { lateOrange, okGreen } from '../../../status-colors.js';
import {
  formatMoneyCents,
  formatRate,
  isCalendarDay,
  last12Months,
  lastYear,
  thisYear,
} from './figures-format.js';
import { type OpenedFigure, PeopleDrawer } from './PeopleDrawer.js';

const headlineMeasures: readonly OutcomeMeasureCode[] = [
  'positive_exit_rate',
  'positive_exit_rate_after_entry',
  'employment_rate_q2',
  'employment_rate_q4',
  'credential_attainment',
  'retention_in_region_6',
  'retention_in_region_12',
  'underemployment',
];

/** The program's outcomes over a period: headline figures, exits, follow-ups, members, time to a job. */
export function OutcomesSection({
  program,
  rules,
}: {
  program: ProgramDetail;
  /** The rule's versions (to name the months after entry a rate is measured at). */
  rules: ExitRuleVersion[];
}) {
  const { t } = useTranslation();
  const today = todayInOrganization();
  const [period, setPeriod] = useState<{ from: string; to: string }>(() => last12Months(today));
  const [member, setMember] = useState<string | null>(null);
  const [figure, setFigure] = useState<OpenedFigure | null>(null);
  const valid = isCalendarDay(period.from) && isCalendarDay(period.to) && period.from <= period.to;
  const query: OutcomesPeriod = { ...period, ...(member ? { memberOrganizationId: member } : {}) };
  const outcomes = useProgramOutcomes(program.id, query, valid);
  const consortium = program.consortiumId !== null && program.organizations.length > 1;
  const presets = [
    { key: 'last12Months', period: last12Months(today) },
    { key: 'thisYear', period: thisYear(today) },
    { key: 'lastYear', period: lastYear(today) },
  ] as const;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outcomes-title">
      <Title order={2} size="h4" id="outcomes-title">
        {t('outcomeFigures.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outcomeFigures.intro')}
      </Text>
      <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <legend style={{ padding: 0, fontWeight: 600, marginBottom: 4 }}>
          {t('outcomeFigures.period.legend')}
        </legend>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('outcomeFigures.period.from')}
            value={period.from}
            onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('outcomeFigures.period.to')}
            value={period.to}
            error={valid ? undefined : t('outcomeFigures.period.invalid')}
            onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
          />
          {consortium ? (
            <Select
              label={t('outcomeFigures.period.member')}
              data={[
                { value: '', label: t('outcomeFigures.period.allMembers') },
                ...program.organizations.map((organization) => ({
                  value: organization.id,
                  label: organization.name,
                })),
              ]}
              value={member ?? ''}
              onChange={(value) => setMember(value ? value : null)}
              allowDeselect={false}
              w={{ base: '100%', xs: 300 }}
            />
          ) : null}
        </Group>
        <Group gap="xs" mt="xs" role="group" aria-label={t('outcomeFigures.period.presets')}>
          {presets.map((preset) => {
            const chosen = preset.period.from === period.from && preset.period.to === period.to;
            return (
              <Button
                key={preset.key}
                size="xs"
                variant={chosen ? 'filled' : 'default'}
                aria-pressed={chosen}
                onClick={() => setPeriod(preset.period)}
              >
                {t(`outcomeFigures.period.${preset.key}`)}
              </Button>
            );
          })}
        </Group>
      </fieldset>
      <QueryState
        isPending={valid && outcomes.isPending}
        error={outcomes.error}
        onRetry={() => outcomes.refetch()}
        missingRouteText={t('outcomeFigures.notYet')}
      >
        {outcomes.data && valid ? (
          <Figures
            outcomes={outcomes.data}
            rules={rules}
            onOpen={outcomes.data.drillDown ? setFigure : undefined}
          />
        ) : null}
      </QueryState>
      {outcomes.data?.drillDown ? (
        <PeopleDrawer programId={program.id} period={query} figure={figure} onClose={() => setFigure(null)} />
      ) : null}
    </Paper>
  );
}

function Figures({
  outcomes,
  rules,
  onOpen,
}: {
  outcomes: ProgramOutcomes;
  rules: ExitRuleVersion[];
  onOpen: ((figure: OpenedFigure) => void) | undefined;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const ruleUsed = outcomes.rule ? rules.find((rule) => rule.version === outcomes.rule?.version) : undefined;
  const monthsAfterEntry = ruleUsed?.measuredMonthsAfterEntry ?? null;
  const measures = headlineMeasures.filter(
    (code) => code !== 'positive_exit_rate_after_entry' || monthsAfterEntry !== null,
  );
  const labelOf = (code: OutcomeMeasureCode) =>
    t(`outcomeFigures.measure.${code}`, { months: monthsAfterEntry ?? '' });
  return (
    <Stack gap="lg" mt="md">
      <Text aria-live="polite">
        {outcomes.rule
          ? t('outcomeFigures.rule.inForce', {
              version: outcomes.rule.version,
              date: formatDate(outcomes.rule.effectiveFrom),
            })
          : t('outcomeFigures.rule.none')}
        {outcomes.ruleVersionsUsed.length > 1
          ? ` ${t('outcomeFigures.rule.versionsUsed', { versions: outcomes.ruleVersionsUsed.join(', ') })}`
          : ''}
      </Text>
      <section aria-labelledby="outcomes-headline-title">
        <Title order={3} size="h5" id="outcomes-headline-title" mb="xs">
          {t('outcomeFigures.headline')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {measures.map((code) => {
            const measure = outcomes.measures[code];
            return measure ? (
              <MeasureCard
                key={code}
                code={code}
                label={labelOf(code)}
                note={
                  outcomes.rule && code.startsWith('positive_exit_rate')
                    ? t('outcomeFigures.rule.short', {
                        version: outcomes.rule.version,
                        date: formatDate(outcomes.rule.effectiveFrom),
                      })
                    : undefined
                }
                measure={measure}
                unit={outcomes.countingUnit}
                onOpen={onOpen}
              />
            ) : null;
          })}
          <Paper withBorder p="sm" component="article" aria-labelledby="outcome-card-earnings">
            <Title order={4} size="h6" id="outcome-card-earnings">
              {t('outcomeFigures.medianEarnings')}
            </Title>
            <Text fz={28} fw={700} lh={1.2}>
              {outcomes.medianQuarterlyEarningsCents === null
                ? '—'
                : formatMoneyCents(outcomes.medianQuarterlyEarningsCents, session.organization.country)}
            </Text>
            {outcomes.medianQuarterlyEarningsCents === null ? (
              <Text size="sm">{t('outcomeFigures.medianEarningsNone')}</Text>
            ) : null}
          </Paper>
        </SimpleGrid>
      </section>
      <ExitsByOutcome outcomes={outcomes} />
      <FollowUps outcomes={outcomes} />
      {outcomes.byMember.length > 0 ? <ByMember outcomes={outcomes} /> : null}
      <TimeToFirstJob outcomes={outcomes} />
    </Stack>
  );
}

function MeasureCard({
  code,
  label,
  note,
  measure,
  unit,
  onOpen,
}: {
  code: OutcomeMeasureCode;
  label: string;
  /** The rule version a positive-exit rate is counted under. */
  note?: string;
  measure: OutcomeMeasure;
  unit: ProgramOutcomes['countingUnit'];
  onOpen: ((figure: OpenedFigure) => void) | undefined;
}) {
  const { t } = useTranslation();
  const id = `outcome-card-${code}`;
  const rate = formatRate(measure.rate);
  const open = (part: OutcomePart, count: number, visible: string, name: string) =>
    onOpen && count > 0 ? (
      <Button
        size="compact-sm"
        variant="light"
        aria-label={name}
        onClick={() => onOpen({ measure: code, part, label })}
      >
        {visible}
      </Button>
    ) : null;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={id}>
      <Stack gap={4}>
        <Title order={4} size="h6" id={id}>
          {label}
        </Title>
        <Text fz={28} fw={700} lh={1.2}>
          {rate ?? '—'}
        </Text>
        {note ? <Text size="sm">{note}</Text> : null}
        {rate === null ? <Text size="sm">{t('outcomeFigures.noDenominator')}</Text> : null}
        <Text size="sm">
          {t(`outcomeFigures.ofUnits_${unit}`, {
            numerator: formatNumber(measure.numerator),
            denominator: formatNumber(measure.denominator),
          })}
        </Text>
        <Text size="sm">
          {measure.excluded > 0
            ? t('outcomeFigures.excluded', { count: measure.excluded })
            : t('outcomeFigures.noneExcluded')}
        </Text>
        <Text size="sm">
          {measure.unreachable > 0
            ? t('outcomeFigures.unreachable', { count: measure.unreachable })
            : t('outcomeFigures.noneUnreachable')}
        </Text>
        {onOpen ? (
          <Group gap={6} mt={4}>
            {open(
              'numerator',
              measure.numerator,
              t('outcomeFigures.countedButton', { count: measure.numerator }),
              t('outcomeFigures.openNumerator', { count: measure.numerator, measure: label }),
            )}
            {open(
              'denominator',
              measure.denominator,
              t('outcomeFigures.denominatorButton', { count: measure.denominator }),
              t('outcomeFigures.openDenominator', { count: measure.denominator, measure: label }),
            )}
            {open(
              'excluded',
              measure.excluded,
              t('outcomeFigures.excludedButton', { count: measure.excluded }),
              t('outcomeFigures.openExcluded', { count: measure.excluded, measure: label }),
            )}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function ExitsByOutcome({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  const rows = outcomes.exitsByOutcome.filter((row) => row.count > 0);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const count = t('outcomeFigures.exits.count');
  return (
    <section aria-labelledby="outcomes-exits-title">
      <Title order={3} size="h5" id="outcomes-exits-title" mb="xs">
        {t('outcomeFigures.exits.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('outcomeFigures.noExits')}</Text>
      ) : (
        <>
          {/* The table below carries the same figures for keyboard and screen reader users. */}
          <div aria-hidden="true">
            <BarChart
              h={Math.max(200, rows.length * 36)}
              data={rows.map((row) => ({
                outcome: t(`outcomeFigures.outcome.${row.outcome}`),
                [count]: row.count,
              }))}
              dataKey="outcome"
              orientation="vertical"
              barChartProps={{ accessibilityLayer: false }}
              yAxisProps={{ width: 150 }}
              series={[{ name: count, color: 'blue.8' }]}
            />
          </div>
          <ScrollTable label={t('outcomeFigures.exits.caption')}>
            <Table striped mt="sm">
              <Table.Caption>{t('outcomeFigures.exits.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outcomeFigures.exits.outcome')}</Table.Th>
                  <Table.Th scope="col">{count}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.outcome}>
                    <Table.Th scope="row" fw={400}>
                      {t(`outcomeFigures.outcome.${row.outcome}`)}
                    </Table.Th>
                    <Table.Td>{formatNumber(row.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('outcomeFigures.exits.total')}</Table.Th>
                  <Table.Td fw={700}>{formatNumber(total)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollTable>
        </>
      )}
    </section>
  );
}

function FollowUps({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  const rows = outcomes.followUps;
  const answered = t('outcomeFigures.followUps.answered');
  const unreachable = t('outcomeFigures.followUps.unreachable');
  const pending = t('outcomeFigures.followUps.pending');
  const moment = (months: number) => t('outcomeFigures.followUps.months', { months });
  return (
    <section aria-labelledby="outcomes-follow-ups-title">
      <Title order={3} size="h5" id="outcomes-follow-ups-title" mb="xs">
        {t('outcomeFigures.followUps.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('outcomeFigures.followUps.none')}</Text>
      ) : (
        <>
          <div aria-hidden="true">
            <BarChart
              h={Math.max(180, rows.length * 44)}
              data={rows.map((row) => ({
                moment: moment(row.months),
                [answered]: row.answered,
                [unreachable]: row.unreachable,
                [pending]: row.pending,
              }))}
              dataKey="moment"
              orientation="vertical"
              type="stacked"
              barChartProps={{ accessibilityLayer: false }}
              yAxisProps={{ width: 150 }}
              series={[
                { name: answered, color: okGreen },
                { name: unreachable, color: lateOrange },
                { name: pending, color: 'gray.5' },
              ]}
              withLegend
            />
          </div>
          <ScrollTable label={t('outcomeFigures.followUps.caption')}>
            <Table striped mt="sm" miw={560}>
              <Table.Caption>{t('outcomeFigures.followUps.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outcomeFigures.followUps.moment')}</Table.Th>
                  <Table.Th scope="col">{t('outcomeFigures.followUps.due')}</Table.Th>
                  <Table.Th scope="col">{answered}</Table.Th>
                  <Table.Th scope="col">{unreachable}</Table.Th>
                  <Table.Th scope="col">{pending}</Table.Th>
                  <Table.Th scope="col">{t('outcomeFigures.followUps.employedShare')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.months}>
                    <Table.Th scope="row" fw={400}>
                      {moment(row.months)}
                    </Table.Th>
                    <Table.Td>{formatNumber(row.due)}</Table.Td>
                    <Table.Td>{formatNumber(row.answered)}</Table.Td>
                    <Table.Td>{formatNumber(row.unreachable)}</Table.Td>
                    <Table.Td>{formatNumber(row.pending)}</Table.Td>
                    <Table.Td>{formatRate(row.employedShare) ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </section>
  );
}

function ByMember({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="outcomes-members-title">
      <Title order={3} size="h5" id="outcomes-members-title" mb="xs">
        {t('outcomeFigures.byMember.title')}
      </Title>
      <ScrollTable label={t('outcomeFigures.byMember.caption')}>
        <Table striped miw={520}>
          <Table.Caption>{t('outcomeFigures.byMember.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('outcomeFigures.byMember.organization')}</Table.Th>
              <Table.Th scope="col">{t('outcomeFigures.byMember.exits')}</Table.Th>
              <Table.Th scope="col">{t('outcomeFigures.byMember.positive')}</Table.Th>
              <Table.Th scope="col">{t('outcomeFigures.byMember.denominator')}</Table.Th>
              <Table.Th scope="col">{t('outcomeFigures.byMember.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outcomes.byMember.map((row) => (
              <Table.Tr key={row.organizationId}>
                <Table.Th scope="row" fw={400}>
                  {row.organizationName}
                </Table.Th>
                <Table.Td>{formatNumber(row.exits)}</Table.Td>
                <Table.Td>{formatNumber(row.positive)}</Table.Td>
                <Table.Td>{formatNumber(row.denominator)}</Table.Td>
                <Table.Td>{formatRate(row.rate) ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>
  );
}

function TimeToFirstJob({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  const { medianDays, buckets } = outcomes.timeToFirstJob;
  return (
    <section aria-labelledby="outcomes-time-to-job-title">
      <Title order={3} size="h5" id="outcomes-time-to-job-title" mb="xs">
        {t('outcomeFigures.timeToJob.title')}
      </Title>
      <Text mb="xs">
        {medianDays === null
          ? t('outcomeFigures.timeToJob.noMedian')
          : t('outcomeFigures.timeToJob.median', { days: formatNumber(medianDays) })}
      </Text>
      {buckets.length > 0 ? (
        <ScrollTable label={t('outcomeFigures.timeToJob.caption')}>
          <Table striped>
            <Table.Caption>{t('outcomeFigures.timeToJob.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('outcomeFigures.timeToJob.bucket')}</Table.Th>
                <Table.Th scope="col">{t('outcomeFigures.timeToJob.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {buckets.map((row) => (
                <Table.Tr key={row.bucket}>
                  <Table.Th scope="row" fw={400}>
                    {t(`outcomeFigures.timeToJob.${row.bucket}`, { defaultValue: row.bucket })}
                  </Table.Th>
                  <Table.Td>{formatNumber(row.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
