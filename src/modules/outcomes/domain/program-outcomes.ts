import { credentialAttainment } from './credential-attainment.js';
import { quarterAfter } from './dates.js';
import { employmentRateAfterExit } from './employment-rate-after-exit.js';
import { followUpSituation } from './follow-up-situation.js';
import { inPeriod, type Measure, type Period, rateOf, unitKeyOf } from './measure.js';
import { medianEarningsAfterExit } from './median-earnings.js';
import { positiveExitRateAfterEntry, positiveExitRateAtExit } from './positive-exit-rate.js';
import type { OutcomeRecord } from './records.js';
import { retentionInRegion } from './retention-in-region.js';
import type { RuleVersion } from './rule.js';
import { timeToFirstJob, timeToJobBuckets } from './time-to-first-job.js';
import { underemploymentAt } from './underemployment.js';
import {
  type CountingUnit,
  defaultFollowUpMonths,
  type ExitOutcome,
  exitOutcomes,
  type OutcomeMeasureCode,
} from './vocabulary.js';

export { type OutcomeMeasureCode, outcomeMeasures } from './vocabulary.js';

const emptyMeasure = (): Measure => ({
  numerator: 0,
  denominator: 0,
  rate: null,
  excluded: 0,
  unreachable: 0,
  members: { numerator: [], denominator: [], excluded: [], unreachable: [] },
});

/** Exits whose n-th quarter after exit has ended by `asOf`: a later one is not known yet, not a failure. */
const quarterEnded = (records: readonly OutcomeRecord[], n: number, asOf: string) =>
  records.filter((r) => r.exit !== null && quarterAfter(r.exit.on, n).end <= asOf);

/**
 * A program's outcome figures over a period, from its records and the rule version in force at the
 * period's end (its counting unit, the months after entry it measures at, its follow-up moments).
 * Every measure keeps the ids behind its counts for a drill-down. "Now" is `asOf`: nothing later is known.
 */
export function programOutcomes(
  records: readonly OutcomeRecord[],
  rule: RuleVersion | null,
  period: Period,
  asOf: string,
  fallbackUnit: CountingUnit,
) {
  const unit = rule?.rule.countingUnit ?? fallbackUnit;
  const exitedInPeriod = records.filter((r) => r.exit !== null && inPeriod(r.exit.on, period));
  const underemployment = underemploymentAt(exitedInPeriod, asOf < period.to ? asOf : period.to);
  const months = rule?.rule.measuredMonthsAfterEntry ?? null;
  const measures: Record<OutcomeMeasureCode, Measure> = {
    positive_exit_rate: positiveExitRateAtExit(records, period, unit),
    positive_exit_rate_after_entry:
      months === null ? emptyMeasure() : positiveExitRateAfterEntry(records, period, { months, asOf, unit }),
    employment_rate_q2: employmentRateAfterExit(quarterEnded(records, 2, asOf), { period, quarter: 2, unit }),
    employment_rate_q4: employmentRateAfterExit(quarterEnded(records, 4, asOf), { period, quarter: 4, unit }),
    credential_attainment: credentialAttainment(records, { period, unit }),
    retention_in_region_6: retentionInRegion(records, { period, months: 6, asOf, unit }),
    retention_in_region_12: retentionInRegion(records, { period, months: 12, asOf, unit }),
    underemployment: {
      numerator: underemployment.underemployed,
      denominator: underemployment.knownLevels,
      rate: underemployment.rate,
      excluded: 0,
      unreachable: 0,
      members: {
        numerator: underemployment.members.underemployed,
        denominator: [...underemployment.members.underemployed, ...underemployment.members.matched],
        excluded: [],
        unreachable: [],
      },
    },
  };
  const byOutcome = new Map<ExitOutcome, number>();
  for (const record of exitedInPeriod) {
    const outcome = (record.exit as NonNullable<OutcomeRecord['exit']>).outcome;
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  }
  const firstJob = timeToFirstJob(records, { period, asOf, unit });
  const byOrganization = new Map<string, OutcomeRecord[]>();
  for (const record of records) {
    const list = byOrganization.get(record.organizationId) ?? [];
    list.push(record);
    byOrganization.set(record.organizationId, list);
  }
  return {
    unit,
    measures,
    unitKey: (record: OutcomeRecord) => unitKeyOf(record, unit),
    ruleVersionsUsed: [
      ...new Set(exitedInPeriod.flatMap((r) => (r.exit?.ruleVersion == null ? [] : [r.exit.ruleVersion]))),
    ].sort((a, b) => a - b),
    exitsByOutcome: exitOutcomes
      .filter((o) => byOutcome.has(o))
      .map((outcome) => ({ outcome, count: byOutcome.get(outcome) ?? 0 })),
    medianQuarterlyEarningsCents: medianEarningsAfterExit(records, { period }).medianCents,
    timeToFirstJob: {
      medianDays: firstJob.medianDays,
      buckets: timeToJobBuckets.map((bucket) => ({ bucket, count: firstJob.buckets[bucket].length })),
    },
    followUps: followUpSituation(exitedInPeriod, {
      asOf,
      moments: rule?.rule.followUpMonths ?? defaultFollowUpMonths,
    }),
    byOrganization: [...byOrganization].map(([organizationId, list]) => {
      const measure = positiveExitRateAtExit(list, period, unit);
      return {
        organizationId,
        exits: list.filter((r) => r.exit !== null && inPeriod(r.exit.on, period)).length,
        positive: measure.numerator,
        denominator: measure.denominator,
        rate: rateOf(measure.numerator, measure.denominator),
      };
    }),
  };
}
