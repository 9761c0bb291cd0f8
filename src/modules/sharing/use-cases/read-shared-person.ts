import { z } from 'zod';
import type { SharedPersonView } from '../../../contracts/sharing.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { sharedFileOf } from '../../people/api.js';
import type { ConsentSection } from '../../people/domain/consent.js';
import { sharedUntil } from '../../people/domain/consent.js';
import { sharingErrors } from '../errors.js';
import { documentsOf, employmentOf, planOf, regionalizationPlanOf, sessionsOf } from '../section-readers.js';
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
      regionalizationPlan: has('plan') ? await regionalizationPlanOf(trx, owner, input.personId) : null,
      sessions: has('sessions') ? await sessionsOf(trx, owner, input.personId) : null,
      employment: has('employment') ? await employmentOf(trx, owner, input.personId) : null,
      documents: has('documents') ? await documentsOf(trx, owner, input.personId) : null,
    };
  },
);
