import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { exchangeFiguresOfProgram } from '../../referrals/api.js';
import { handoffFacts } from '../adapters/handoff-facts.js';
import { handoffDeclineReasons, handoffReasons } from '../domain/handoff-rules.js';
import { handoffErrors } from '../errors.js';

/** The statuses shown beside the declined ones, which are shown by their reason. */
export const handoffFigureStatuses = ['proposed', 'accepted', 'withdrawn'] as const;

/**
 * The hand-offs of a program over a period (docs/handoffs.md, "Figures"): proposed and received by
 * member organization, by reason and outcome, the median days to decide and the share decided within
 * the sender's reminder delay. Those carrying an enrolment of the program; those carrying none are
 * only counted as left out (`withoutProgram`). Counts only, small cells suppressed, for the staff of the organizations
 * taking part (the referrals' figures' computation, through its api).
 */
export const programHandoffFigures = defineUseCase(
  z.object({ programId: z.uuid(), from: z.iso.date(), to: z.iso.date() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const figures = await exchangeFiguresOfProgram(trx, actor, {
      ...input,
      facts: handoffFacts,
      delay: 'handoffDays',
      vocabulary: {
        categories: handoffReasons,
        statuses: handoffFigureStatuses,
        declineReasons: handoffDeclineReasons,
      },
      now,
    });
    if (!figures) throw handoffErrors.programNotFound();
    return figures;
  },
);
