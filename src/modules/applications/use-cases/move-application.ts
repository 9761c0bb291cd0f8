import { z } from 'zod';
import { moveApplicationBody } from '../../../contracts/applications.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { hasConsent } from '../../people/api.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { moveRefusal } from '../domain/application-state.js';
import { applicationErrors } from '../errors.js';
import { applicationActor, visibleApplication } from './application-access.js';
import { recordMove } from './application-moves.js';
import { applicationViews } from './application-views.js';

const input = moveApplicationBody.extend({ applicationId: z.uuid() });

/** The purpose of consent that sending a person's file to an employer needs. */
export const sendingPurpose = 'contacting_employers';

/**
 * Moves an application on by hand: sent (only with the person's consent to contacting employers in force
 * on that day), interview, refused (a coded reason the party may give), withdrawn. "Hired" is recorded
 * with its placement. The day defaults to the organization's today and is never before the previous
 * step. On the person's timeline; audited. Returns the application as it now is.
 */
export const moveApplication = defineUseCase(
  input,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = applicationActor(ctx, true);
    const application = await visibleApplication(trx, actor, input.applicationId, true);
    const refusal = moveRefusal(application.state, { to: input.to, refusal: input.refusal ?? null });
    if (refusal === 'same_state') throw applicationErrors.sameState();
    if (refusal === 'final_state') throw applicationErrors.finalState();
    if (refusal === 'not_allowed')
      throw applicationErrors.moveNotAllowed({ from: application.state, to: input.to });
    if (refusal === 'hire_needs_placement') throw applicationErrors.hireNeedsPlacement();
    if (refusal === 'reason_required') throw applicationErrors.reasonRequired();
    if (refusal === 'reason_not_of_party') throw applicationErrors.reasonNotOfParty();
    if (refusal === 'reason_not_expected') throw applicationErrors.reasonNotExpected();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const onDate = input.onDate ?? today;
    if (onDate > today) throw applicationErrors.moveInFuture();
    const repo = applicationsRepository(trx);
    const previous = (await repo.movesOf([application.id])).at(-1)?.occurredOn;
    if (previous && onDate < previous) throw applicationErrors.moveBeforePrevious({ previous });
    if (input.to === 'sent' && !(await hasConsent(trx, application.personId, sendingPurpose, null, onDate)))
      throw applicationErrors.consentRequired();
    await recordMove(
      trx,
      { actor, now, newId, audit, timeline },
      application,
      { to: input.to, onDate, refusal: input.refusal ?? null, note: input.note ?? null },
      ctx.requestId,
    );
    const moved = await repo.find(application.id, actor.organizationId);
    const [view] = await applicationViews(trx, actor.organizationId, moved ? [moved] : []);
    if (!view) throw applicationErrors.applicationNotFound();
    return view;
  },
);
