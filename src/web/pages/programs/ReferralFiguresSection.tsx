import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type HandoffFigures,
  type ReferralFigures,
  useHandoffFigures,
  useReferralFigures,
} from '../../api/exchange-figures.js';
import { PeriodFields, useYearPeriod } from '../../components/PeriodFields.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatNumber } from '../../format.js';

type Figures = ReferralFigures | HandoffFigures;
type Count = number | null;

/** A suppressed count (a small cell, or one that would give a small cell away) reads "—". */
const shown = (value: Count) => (value === null ? '—' : formatNumber(value));
const percent = (rate: number | null) =>
  rate === null ? '—' : `${formatNumber(Math.round(rate * 1000) / 10)} %`;

/**
 * A program's referrals and hand-offs between organizations over a period (issue 16), beside its
 * repérage: counts by purpose (reason) and outcome, by organization, and how fast receivers answer.
 * Nobody is named; small cells come suppressed from the server.
 */
export function ReferralFiguresSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const { period, setPeriod, valid } = useYearPeriod();
  const referrals = useReferralFigures(programId, period, valid);
  const handoffs = useHandoffFigures(programId, period, valid);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referral-figures-title">
      <Title order={2} size="h4" id="referral-figures-title" mb="xs">
        {t('referrals.figures.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('referrals.figures.intro')}
      </Text>
      <PeriodFields
        period={period}
        onChange={setPeriod}
        fromLabel={t('referrals.figures.from')}
        toLabel={t('referrals.figures.to')}
      />
      {valid ? (
        <Stack gap="lg">
          <QueryState
            isPending={referrals.isPending}
            error={referrals.error}
            onRetry={() => referrals.refetch()}
          >
            {referrals.data ? <ReferralTables figures={referrals.data} /> : null}
          </QueryState>
          <Title order={3} size="h5" id="handoff-figures-title">
            {t('handoffs.figures.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('handoffs.figures.intro')}
          </Text>
          <QueryState
            isPending={handoffs.isPending}
            error={handoffs.error}
            onRetry={() => handoffs.refetch()}
          >
            {handoffs.data ? <HandoffTables figures={handoffs.data} /> : null}
          </QueryState>
        </Stack>
      ) : null}
    </Paper>
  );
}

/** How many of the period were made in no program, hence are not counted in the tables. */
function WithoutProgram({
  figures,
  kind,
}: {
  figures: ReferralFigures | HandoffFigures;
  kind: 'referrals' | 'handoffs';
}) {
  const { t } = useTranslation();
  if (figures.withoutProgram === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      {figures.withoutProgram === null
        ? t(`${kind}.figures.withoutProgramFew`, { threshold: figures.threshold })
        : t(`${kind}.figures.withoutProgram`, { count: figures.withoutProgram })}
    </Text>
  );
}

function ReferralTables({ figures }: { figures: ReferralFigures }) {
  const { t } = useTranslation();
  if (figures.total.total === 0)
    return (
      <Stack gap="xs">
        <Text size="sm">{t('referrals.figures.none')}</Text>
        <WithoutProgram figures={figures} kind="referrals" />
      </Stack>
    );
  const statuses = ['pending', 'accepted', 'completed', 'withdrawn'] as const;
  return (
    <Stack gap="sm">
      <WithoutProgram figures={figures} kind="referrals" />
      <Text size="sm">{t(`referrals.figures.scope_${figures.scope}`)}</Text>
      <OutcomeTable
        figures={figures}
        caption={t('referrals.figures.byPurpose')}
        categoryLabel={t('referrals.figures.purpose')}
        totalLabel={t('referrals.figures.sent')}
        categoryName={(category) => t(`referrals.purpose.${category}`)}
        statuses={statuses.map((status) => ({ status, label: t(`referrals.status.${status}`) }))}
      />
      <DeclinesTable
        figures={figures}
        caption={t('referrals.figures.declines')}
        reasonName={(reason) => t(`referrals.declineReason.${reason}`)}
      />
      <OrganizationsTable figures={figures} kind="referrals" />
      <Text size="sm" c="dimmed">
        {t('referrals.figures.suppressed', { threshold: figures.threshold })}
      </Text>
    </Stack>
  );
}

function HandoffTables({ figures }: { figures: HandoffFigures }) {
  const { t } = useTranslation();
  if (figures.total.total === 0)
    return (
      <Stack gap="xs">
        <Text size="sm">{t('handoffs.figures.none')}</Text>
        <WithoutProgram figures={figures} kind="handoffs" />
      </Stack>
    );
  const statuses = ['proposed', 'accepted', 'withdrawn'] as const;
  return (
    <Stack gap="sm">
      <WithoutProgram figures={figures} kind="handoffs" />
      <OutcomeTable
        figures={figures}
        caption={t('handoffs.figures.byReason')}
        categoryLabel={t('handoffs.figures.reasonColumn')}
        totalLabel={t('handoffs.figures.proposed')}
        categoryName={(category) => t(`handoffs.reason.${category}`)}
        statuses={statuses.map((status) => ({ status, label: t(`handoffs.status.${status}`) }))}
      />
      <DeclinesTable
        figures={figures}
        caption={t('handoffs.figures.declines')}
        reasonName={(reason) => t(`handoffs.declineReason.${reason}`)}
      />
      <OrganizationsTable figures={figures} kind="handoffs" />
      <Text size="sm" c="dimmed">
        {t('referrals.figures.suppressed', { threshold: figures.threshold })}
      </Text>
    </Stack>
  );
}

function OutcomeTable({
  figures,
  caption,
  categoryLabel,
  totalLabel,
  categoryName,
  statuses,
}: {
  figures: Figures;
  caption: string;
  categoryLabel: string;
  totalLabel: string;
  categoryName: (category: string) => string;
  statuses: { status: string; label: string }[];
}) {
  const { t } = useTranslation();
  const row = (label: string, outcome: Figures['total'], key: string, bold = false) => (
    <Table.Tr key={key} fw={bold ? 700 : undefined}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td ta="end">{shown(outcome.total)}</Table.Td>
      {statuses.map(({ status }) => (
        <Table.Td key={status} ta="end">
          {shown((outcome.statuses as Record<string, Count>)[status] ?? null)}
        </Table.Td>
      ))}
      <Table.Td ta="end">{shown(outcome.declined)}</Table.Td>
    </Table.Tr>
  );
  return (
    <ScrollTable label={caption}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{categoryLabel}</Table.Th>
            <Table.Th scope="col" ta="end">
              {totalLabel}
            </Table.Th>
            {statuses.map(({ status, label }) => (
              <Table.Th key={status} scope="col" ta="end">
                {label}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="end">
              {t('referrals.figures.declined')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures.byCategory.map((category) =>
            row(categoryName(category.category), category, category.category),
          )}
          {row(t('referrals.figures.total'), figures.total, 'total', true)}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function DeclinesTable({
  figures,
  caption,
  reasonName,
}: {
  figures: Figures;
  caption: string;
  reasonName: (reason: string) => string;
}) {
  const { t } = useTranslation();
  const reasons = Object.entries(figures.total.declineReasons as Record<string, Count>);
  if (figures.total.declined === 0) return null;
  return (
    <ScrollTable label={caption}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referrals.figures.reason')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('referrals.figures.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reasons.map(([reason, count]) => (
            <Table.Tr key={reason}>
              <Table.Th scope="row">{reasonName(reason)}</Table.Th>
              <Table.Td ta="end">{shown(count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function OrganizationsTable({ figures, kind }: { figures: Figures; kind: 'referrals' | 'handoffs' }) {
  const { t } = useTranslation();
  const caption = t(
    kind === 'referrals' ? 'referrals.figures.byOrganization' : 'handoffs.figures.byOrganization',
  );
  const answersOf = new Map(figures.answers.byOrganization.map((a) => [a.organizationId, a]));
  const days = (value: number | null) => (value === null ? '—' : formatNumber(value));
  const total = figures.answers.total;
  return (
    <>
      <ScrollTable label={caption}>
        <Table striped>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('referrals.figures.organization')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {kind === 'referrals'
                  ? t('referrals.figures.sentToOrganizations')
                  : t('handoffs.figures.proposedBy')}
              </Table.Th>
              {kind === 'referrals' ? (
                <Table.Th scope="col" ta="end">
                  {t('referrals.figures.sentToServices')}
                </Table.Th>
              ) : null}
              <Table.Th scope="col" ta="end">
                {kind === 'referrals' ? t('referrals.figures.received') : t('handoffs.figures.received')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {kind === 'referrals' ? t('referrals.figures.medianDays') : t('handoffs.figures.medianDays')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {kind === 'referrals'
                  ? t('referrals.figures.withinDelay')
                  : t('handoffs.figures.withinDelay')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.byOrganization.map((organization) => {
              const answers = answersOf.get(organization.organizationId);
              return (
                <Table.Tr key={organization.organizationId}>
                  <Table.Th scope="row">{organization.organizationName}</Table.Th>
                  <Table.Td ta="end">{shown(organization.sent)}</Table.Td>
                  {kind === 'referrals' ? (
                    <Table.Td ta="end">{shown(organization.sentToServices)}</Table.Td>
                  ) : null}
                  <Table.Td ta="end">{shown(organization.received)}</Table.Td>
                  <Table.Td ta="end">{days(answers?.medianDays ?? null)}</Table.Td>
                  <Table.Td ta="end">{percent(answers?.shareWithinDelay ?? null)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Text size="sm">
        {t(kind === 'referrals' ? 'referrals.figures.answered' : 'handoffs.figures.decided', {
          count: shown(total.answered),
          days: days(total.medianDays),
          share: percent(total.shareWithinDelay),
        })}
      </Text>
    </>
  );
}
