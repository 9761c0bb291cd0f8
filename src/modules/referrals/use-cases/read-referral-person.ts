import { z } from 'zod';
import type { SharedPersonView } from '../../../contracts/sharing.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { sharedUntil } from '../../people/domain/consent.js';
import { documentsOf, employmentOf, planOf, regionalizationPlanOf, sessionsOf } from '../../sharing/api.js';
import { referralErrors } from '../errors.js';
import { auditSharedRead, sharedWithReceiver, visibleReferral } from './referral-access.js';

/**
 * The receiver reads what the referral shares of the person: the sections the sender chose that a
 * consent in force still covers for the receiver, the others null. Once none does (revoked, expired, a
 * file restricted or anonymized), or for the sender itself, 404. Audited as a partner's read under the
 * consent that allowed each section.
 */
export const readReferralPerson = defineUseCase(
  z.object({ referralId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<SharedPersonView> => {
    const actor = requireActor(ctx);
    const { referral, side } = await visibleReferral(trx, actor, input.referralId);
    const shared = side === 'receiver' ? await sharedWithReceiver(trx, referral, now) : undefined;
    if (!shared) throw referralErrors.sharedPersonNotFound();
    await auditSharedRead(audit, { actor, requestId: ctx.requestId, referral, shared, kind: 'read' });
    const owner = referral.organizationId;
    const has = (section: string) => shared.sections.has(section as never);
    const organization = await organizationsApi(trx).findOrganization(owner);
    return {
      id: referral.personId,
      organizationName: organization?.name ?? '',
      sections: [...shared.sections.keys()],
      sharedUntil: sharedUntil([...new Set(shared.sections.values())]),
      identity: has('identity') ? shared.identity : null,
      plan: has('plan') ? await planOf(trx, owner, referral.personId, shared.today) : null,
      regionalizationPlan: has('plan') ? await regionalizationPlanOf(trx, owner, referral.personId) : null,
      sessions: has('sessions') ? await sessionsOf(trx, owner, referral.personId) : null,
      employment: has('employment') ? await employmentOf(trx, owner, referral.personId) : null,
      documents: has('documents') ? await documentsOf(trx, owner, referral.personId) : null,
    };
  },
);
