import { z } from 'zod';
import { underemploymentBreakdowns } from '../../../contracts/outcomes.js';
import { calendarDate } from '../../../contracts/primitives.js';
import { defineUseCase } from '../../../core/use-case.js';
import { underemploymentStatistics as publishedStatistics } from '../domain/underemployment-statistics.js';
import { defaultSmallCellThreshold } from '../domain/vocabulary.js';
import { programFiguresScope } from './program-figures.js';

export const underemploymentStatisticsInput = z.object({
  programId: z.uuid(),
  breakdown: z.enum(underemploymentBreakdowns),
  asOf: calendarDate().optional(),
});

/**
 * Anonymized underemployment of a program's people, before accompaniment (the job held at entry
 * against the qualification) and after (the job held on `asOf`, today at the latest), by country of
 * training, field, sex or years since arrival, suppressed so that no group under the threshold can be
 * read off. Aggregates only: safe for funders and for publication.
 */
export const underemploymentStatistics = defineUseCase(
  underemploymentStatisticsInput,
  async ({ input, ctx, trx, now }) => {
    const scope = await programFiguresScope(trx, ctx, { programId: input.programId, to: '2100-12-31' }, now);
    const asOf = input.asOf && input.asOf < scope.today ? input.asOf : scope.today;
    const threshold = defaultSmallCellThreshold;
    const tables = publishedStatistics(
      scope.records.filter((r) => r.enteredOn <= asOf),
      { breakdown: input.breakdown, asOf, threshold },
    );
    return { threshold, breakdown: input.breakdown, asOf, ...tables };
  },
);
