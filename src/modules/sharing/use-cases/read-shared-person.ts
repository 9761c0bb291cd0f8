import { z } from 'zod';
import type { SharedPersonView } from '../../../contracts/sharing.js';
import { requireActor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentsOfPerson, isSensitiveType } from '../../documents/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { sharedFileOf } from '../../people/api.js';
import type { ConsentSection } from '../../people/domain/consent.js';
import { sharedUntil } from '../../people/domain/consent.js';
import { placementsPersonData } from '../../placements/api.js';
import { planProgressOfPerson } from '../../plans/api.js';
import { sessionsPersonData } from '../../sessions/api.js';
import { sharingErrors } from '../errors.js';
import { sharedReader, todayOfOwner } from './sharing-access.js';

/**
 * A person's file as a partner reads it: only the sections a consent in force that day covers, each
 * through the api of the module that keeps it; the others are null. Without consent, once revoked (from
 * its day), after its expiry, for a file restricted or anonymized, or for a role that does not read
 * files: 404. Each read is audited under the consent that allowed it, the owner as its subject.
 */
export const readSharedPerson = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<SharedPersonView> => {
    const actor = requireActor(ctx);
    const reader = await sharedReader(trx, actor, 'file');
    const shared = await sharedFileOf(trx, input.personId, reader, todayOfOwner(trx, now));
    if (!shared) throw sharingErrors.sharedPersonNotFound();
    const owner = shared.organizationId;
    const has = (section: ConsentSection) => shared.sections.has(section);
    const consents = [...new Set(shared.sections.values())];
    for (const consent of consents)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: owner,
        action: 'sharing.read',
        resourceType: 'consent',
        resourceId: consent.id,
        personId: input.personId,
        requestId: ctx.requestId,
        details: { sections: [...shared.sections].filter(([, c]) => c === consent).map(([s]) => s) },
      });
    const organization = await organizationsApi(trx).findOrganization(owner);
    return {
      id: input.personId,
      organizationName: organization?.name ?? '',
      sections: [...shared.sections.keys()],
      sharedUntil: sharedUntil(consents),
      identity: has('identity') ? shared.identity : null,
      plan: has('plan') ? await planOf(trx, owner, input.personId, shared.today) : null,
      sessions: has('sessions') ? await sessionsOf(trx, owner, input.personId) : null,
      employment: has('employment') ? await employmentOf(trx, owner, input.personId) : null,
      documents: has('documents') ? await documentsOf(trx, owner, input.personId) : null,
    };
  },
);

async function planOf(db: Executor, owner: string, personId: string, today: string) {
  const plan = await planProgressOfPerson(db, owner, personId, today);
  return (
    plan && {
      status: plan.status,
      done: plan.done,
      counted: plan.counted,
      percent: plan.percent,
      overdueSteps: plan.overdueSteps,
    }
  );
}

const attended = new Set(['present', 'late', 'left_early']);

async function sessionsOf(db: Executor, owner: string, personId: string) {
  const { enrolments } = await sessionsPersonData.personDataFor(db, owner, personId);
  return enrolments.map((e) => ({
    title: e.seriesTitle,
    status: e.status,
    meetingsAttended: e.attendance.filter((a) => attended.has(a.mark)).length,
    meetingsMarked: e.attendance.length,
  }));
}

/** The contracts without the wage: a partner helps the person onward, it does not need their pay. */
async function employmentOf(db: Executor, owner: string, personId: string) {
  const { placements } = await placementsPersonData.personDataFor(db, owner, personId);
  return placements.map((p) => ({
    jobTitle: p.jobTitle,
    contractType: p.contractType,
    workingTime: p.workingTime,
    startsOn: p.startsOn,
    plannedEndOn: p.plannedEndOn,
    endedEarlyOn: p.endedEarly?.on ?? null,
  }));
}

/** The list only (never the content), and never identity papers: immigration papers stay out entirely. */
async function documentsOf(db: Executor, owner: string, personId: string) {
  const documents = await documentsOfPerson(db, owner, personId);
  return documents
    .filter((d) => !isSensitiveType(d.type))
    .map((d) => ({ type: d.type, title: d.title, uploadedAt: d.uploadedAt.toISOString() }));
}
