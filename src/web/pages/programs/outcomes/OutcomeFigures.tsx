import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type ExitRuleVersion,
  type OutcomeMeasureCode,
  outcomeMeasureCodes,
  type ProgramOutcomes,
} from '../../../api/outcome-figures.js';
import { useSession } from '../../../api/session.js';
import { formatDate } from '../../../format.js';
import { ExitsByOutcome } from './ExitsByOutcome.js';
import { FollowUpFigures } from './FollowUpFigures.js';
import { formatMoneyCents } from './figures-format.js';
import { MeasureCard } from './MeasureCard.js';
import { MemberFigures } from './MemberFigures.js';
import type { OpenedFigure } from './PeopleDrawer.js';
import { TimeToFirstJob } from './TimeToFirstJob.js';

/** Every measure the server computes is a headline card, in the contract's order. */
const headlineMeasures: readonly OutcomeMeasureCode[] = outcomeMeasureCodes;

/** The figures of one period: the rule behind them, the headline measures, then the detailed tables. */
export function OutcomeFigures({
  outcomes,
  rules,
  onOpen,
}: {
  outcomes: ProgramOutcomes;
  rules: ExitRuleVersion[];
  /** Opens the people behind a figure; absent for those who see aggregates only. */
  onOpen: ((figure: OpenedFigure) => void) | undefined;
}) {
  const { t } = useTranslation();
  const ruleUsed = outcomes.rule ? rules.find((rule) => rule.version === outcomes.rule?.version) : undefined;
  const monthsAfterEntry = ruleUsed?.measuredMonthsAfterEntry ?? null;
  // The rate N months after entry only when the rule names N.
  const measures = headlineMeasures.filter(
    (code) => code !== 'positive_exit_rate_after_entry' || monthsAfterEntry !== null,
  );
  const ruleNote = outcomes.rule
    ? t('outcomeFigures.rule.short', {
        version: outcomes.rule.version,
        date: formatDate(outcomes.rule.effectiveFrom),
      })
    : undefined;
  return (
    <Stack gap="lg" mt="md">
      <RuleInForce outcomes={outcomes} />
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
                label={t(`outcomeFigures.measure.${code}`, { months: monthsAfterEntry ?? '' })}
                note={code.startsWith('positive_exit_rate') ? ruleNote : undefined}
                measure={measure}
                unit={outcomes.countingUnit}
                onOpen={onOpen}
              />
            ) : null;
          })}
          <EarningsCard cents={outcomes.medianQuarterlyEarningsCents} />
        </SimpleGrid>
      </section>
      <ExitsByOutcome outcomes={outcomes} />
      <FollowUpFigures outcomes={outcomes} />
      {outcomes.byMember.length > 0 ? <MemberFigures outcomes={outcomes} /> : null}
      <TimeToFirstJob outcomes={outcomes} />
    </Stack>
  );
}

/** The rule version in force, and every version behind the figures when several decided them. */
function RuleInForce({ outcomes }: { outcomes: ProgramOutcomes }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Median quarterly earnings, in the currency of the organization's country. */
function EarningsCard({ cents }: { cents: number | null }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby="outcome-card-earnings">
      <Title order={4} size="h6" id="outcome-card-earnings">
        {t('outcomeFigures.medianEarnings')}
      </Title>
      <Text fz={28} fw={700} lh={1.2}>
        {cents === null ? '—' : formatMoneyCents(cents, session.organization.country)}
      </Text>
      {cents === null ? <Text size="sm">{t('outcomeFigures.medianEarningsNone')}</Text> : null}
    </Paper>
  );
}
