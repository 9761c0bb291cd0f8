import { z } from 'zod';
import { handoffDeclineReasons, handoffReasons } from '../modules/handoffs/domain/handoff-rules.js';
import { declineReasons, referralKinds } from '../modules/referrals/domain/vocabulary.js';
import { defineRoute, idParam } from './define.js';
import { calendarDate } from './primitives.js';

/**
 * A program's figures of referrals and of hand-offs between organizations (docs/referrals.md,
 * docs/handoffs.md): counts only, a count under the threshold (and any that would give it away)
 * published as null.
 */
const count = z.number().int().nonnegative().nullable();

const period = z
  .object({ from: calendarDate(), to: calendarDate() })
  .refine((q) => q.from <= q.to, { message: 'The period ends on or after its first day', path: ['to'] });

function figuresResponse<C extends readonly [string, ...string[]]>(
  categories: C,
  statuses: readonly [string, ...string[]],
  reasons: readonly [string, ...string[]],
) {
  const outcomeRow = z.object({
    total: count,
    statuses: z.record(z.enum(statuses), count),
    declined: count,
    declineReasons: z.record(z.enum(reasons), count),
  });
  const answers = z.object({
    medianDays: z.number().nonnegative().nullable().describe('Median days from sending to the answer'),
    shareWithinDelay: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe("Answered within the sender's reminder delay, among those answered or past it"),
  });
  return z.object({
    /** Every organization taking part for those who steer the program, the reader's own otherwise. */
    scope: z.enum(['organization', 'program']),
    threshold: z.number().int().positive(),
    /**
     * Those of the period and organizations made in no program (null: fewer than the threshold): they
     * count in no program's figures.
     */
    withoutProgram: count,
    total: outcomeRow,
    byCategory: z.array(outcomeRow.extend({ category: z.enum(categories) })),
    byOrganization: z.array(
      z.object({
        organizationId: z.uuid(),
        organizationName: z.string(),
        sent: count,
        sentToServices: count,
        received: count,
      }),
    ),
    answers: z.object({
      total: answers.extend({ answered: count }),
      byOrganization: z.array(answers.extend({ organizationId: z.uuid(), organizationName: z.string() })),
    }),
  });
}

export const referralFiguresRoute = defineRoute({
  operationId: 'programReferralFigures',
  method: 'GET',
  path: '/api/programs/:id/referral-figures',
  policy: 'session',
  summary:
    "A program's referrals over a period: sent and received by member organization, by purpose and outcome, delays to answer (small cells suppressed)",
  tags: ['referrals'],
  params: idParam,
  query: period,
  response: figuresResponse(referralKinds, ['pending', 'accepted', 'completed', 'withdrawn'], declineReasons),
});

export const handoffFiguresRoute = defineRoute({
  operationId: 'programHandoffFigures',
  method: 'GET',
  path: '/api/programs/:id/handoff-figures',
  policy: 'session',
  summary:
    "A program's hand-offs over a period: proposed and received by member organization, by reason and outcome, delays to decide (small cells suppressed)",
  tags: ['handoffs'],
  params: idParam,
  query: period,
  response: figuresResponse(handoffReasons, ['proposed', 'accepted', 'withdrawn'], handoffDeclineReasons),
});
