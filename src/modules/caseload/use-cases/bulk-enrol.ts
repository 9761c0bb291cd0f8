import { sql } from 'kysely';
import { bulkEnrolBody } from '../../../contracts/caseload-work.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { processingRestrictedError } from '../../../core/db/processing-restriction.js';
import { AppError } from '../../../core/errors.js';
import { translate } from '../../../core/i18n/locale.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { enrolPersonWithin, sessionEnrolmentRoles } from '../../sessions/api.js';

/**
 * Refusals about the series itself (it does not exist, is closed, is for staff): nobody can be enrolled,
 * so the whole request is refused and nothing changes. Any other refusal concerns one person.
 */
const seriesRefusals = new Set(['SESSION_NOT_FOUND', 'SESSION_CLOSED', 'SESSION_WRONG_AUDIENCE']);

/**
 * Enrols the selected people in a collective session one after the other, in the order given, through
 * the sessions module's own enrolment (seats, waitlist, consent to share with another organization,
 * invitation, timeline, audit). Each person's enrolment is a savepoint of one transaction: a person the
 * sessions module refuses (already enrolled, consent missing, file restricted) leaves the others'
 * places as they are and is reported with the reason — the sessions module itself takes people one by
 * one (a seat or the waitlist), so all-or-nothing would refuse ten people for one already enrolled.
 * One more audit entry sums the request up.
 */
export const bulkEnrol = defineUseCase(bulkEnrolBody, async (scope) => {
  const { input, ctx, trx, audit } = scope;
  const actor = requireActor(ctx);
  requireRole(actor, sessionEnrolmentRoles);
  const results = [];
  for (const personId of [...new Set(input.personIds)]) {
    const person = await personSummary(trx, personId, actor.organizationId);
    const name = person ? `${person.givenName} ${person.familyName}` : null;
    await sql`SAVEPOINT caseload_bulk_enrol`.execute(trx);
    try {
      const { status } = await enrolPersonWithin(scope, input.seriesId, personId);
      await sql`RELEASE SAVEPOINT caseload_bulk_enrol`.execute(trx);
      results.push({ personId, name, outcome: status, code: null, reason: null });
    } catch (thrown) {
      await sql`ROLLBACK TO SAVEPOINT caseload_bulk_enrol`.execute(trx);
      const error = thrown instanceof AppError ? thrown : processingRestrictedError(thrown);
      if (!error || seriesRefusals.has(error.code)) throw thrown;
      results.push({
        personId,
        name,
        outcome: 'refused' as const,
        code: error.code,
        reason: translate(error.messages, ctx.locale, error.params),
      });
    }
  }
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'session.bulk_enrol',
    resourceType: 'session_series',
    resourceId: input.seriesId,
    requestId: ctx.requestId,
    details: {
      enrolled: results.filter((r) => r.outcome === 'enrolled').length,
      waitlisted: results.filter((r) => r.outcome === 'waitlisted').length,
      refused: results.filter((r) => r.outcome === 'refused').length,
    },
  });
  return { results };
});
