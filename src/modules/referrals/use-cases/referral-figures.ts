import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { referralFacts } from '../adapters/referral-facts.js';
import { declineReasons, referralKinds } from '../domain/vocabulary.js';
import { referralErrors } from '../errors.js';
import { exchangeFiguresOfProgram } from './exchange-figures-of-program.js';

/** The statuses shown beside the declined ones, which are shown by their reason. */
export const referralFigureStatuses = ['pending', 'accepted', 'completed', 'withdrawn'] as const;

/**
 * The referrals of a program's organizations over a period (docs/referrals.md, "Figures"): sent and
 * received by member organization, by purpose and outcome, the median days to answer and the share
 * answered within the sender's reminder delay. Counts only, small cells suppressed: for the staff of
 * the organizations taking part (funders read the program's reports). A referral carries no program:
 * those sent or received by the organizations in view count, whatever the program of the person.
 */
export const programReferralFigures = defineUseCase(
  z.object({ programId: z.uuid(), from: z.iso.date(), to: z.iso.date() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const figures = await exchangeFiguresOfProgram(trx, actor, {
      ...input,
      facts: referralFacts,
      delay: 'referralDays',
      vocabulary: { categories: referralKinds, statuses: referralFigureStatuses, declineReasons },
      now,
    });
    if (!figures) throw referralErrors.programNotFound();
    return figures;
  },
);
