import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { consentReader, personSummary, sharedFileOf } from '../../people/api.js';
import { servicesRepository } from '../adapters/services-repository.js';
import { referralErrors } from '../errors.js';
import { consortiumMembersOf, requireReferralRole, todayOfOwner } from './referral-access.js';
import { openProgramsOf, programsSharedWith } from './referral-program.js';
import { partnersSharingServices } from './service-access.js';

/**
 * Where the organization may refer this person: each other member of its consortia with the sections a
 * consent in force lets travel to it (none: a consent naming it must be recorded first), and the
 * directory's services (its own and those partners share). With the programs of the person's open
 * enrolments, and for each organization those it takes part in too, for the program of the referral.
 */
export const referralTargets = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireReferralRole(actor, 'list');
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw referralErrors.personNotFound();
    const members = await consortiumMembersOf(trx, actor.organizationId);
    const programs = await openProgramsOf(trx, actor.organizationId, input.personId);
    const organizations = [];
    for (const member of members) {
      const shared = await sharedFileOf(
        trx,
        input.personId,
        await consentReader(trx, member.id),
        todayOfOwner(trx, now),
      );
      organizations.push({
        id: member.id,
        name: member.name,
        sections: shared ? [...shared.sections.keys()] : [],
        programIds: (await programsSharedWith(trx, programs, member.id)).map((p) => p.id),
      });
    }
    const services = await servicesRepository(trx).readableBy(
      actor.organizationId,
      await partnersSharingServices(trx, actor.organizationId),
      false,
    );
    return {
      organizations,
      programs,
      services: services.map((s) => ({ id: s.id, name: s.name, providerName: s.providerName, kind: s.kind })),
    };
  },
);
