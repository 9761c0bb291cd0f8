import { sendReferralBody } from '../../../contracts/referrals.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { consentReader, personSummary, sharedFileOf } from '../../people/api.js';
import { referralsRepository } from '../adapters/referrals-repository.js';
import { servicesRepository } from '../adapters/services-repository.js';
import { referralErrors } from '../errors.js';
import { enqueueReferralReceivedMail } from '../received-mail.js';
import { consortiumMembersOf, requireReferralRole, todayOfOwner } from './referral-access.js';
import { programOfReferral } from './referral-program.js';
import { publishReferralEvent } from './referral-timeline.js';
import { partnersSharingServices } from './service-access.js';

interface Target {
  receiverOrganizationId: string | null;
  serviceId: string | null;
  serviceOrganizationId: string | null;
  serviceName: string | null;
  consentId: string | null;
  name: string;
}

/**
 * Refers a person the organization follows. To another organization of its consortia: a consent to
 * share in force that day must name it (409 REFERRAL_CONSENT_MISSING otherwise, nothing written), and
 * the sections chosen must be among those it covers for it (400). To a service of the directory: the
 * service is outside the platform and nothing of the file travels through it. It may be made in a
 * program (referral-program.ts: chosen, or the person's one open enrolment in a program both take part
 * in). Published on the file's
 * timeline, audited; an organization of the platform is told by e-mail (received-mail.ts).
 */
export const sendReferral = defineUseCase(
  sendReferralBody,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireReferralRole(actor, 'list');
    const organizationId = actor.organizationId;
    const person = await personSummary(trx, input.personId, organizationId);
    if (!person) throw referralErrors.personNotFound();
    const organizations = organizationsApi(trx);
    const sender = await organizations.findOrganization(organizationId);
    let target: Target;
    if (input.receiverOrganizationId) {
      const receiver = (await consortiumMembersOf(trx, organizationId)).find(
        (o) => o.id === input.receiverOrganizationId,
      );
      if (!receiver) throw referralErrors.targetUnknown();
      const shared = await sharedFileOf(
        trx,
        input.personId,
        await consentReader(trx, receiver.id),
        todayOfOwner(trx, now),
      );
      if (!shared) throw referralErrors.consentMissing();
      const missing = input.sections.filter((s) => !shared.sections.has(s));
      if (missing.length > 0) throw referralErrors.sectionsNotCovered({ sections: missing.join(', ') });
      // The consent kept with the referral: the one allowing the identity, else the first one in force.
      const consent = shared.sections.get('identity') ?? [...shared.sections.values()][0];
      target = {
        receiverOrganizationId: receiver.id,
        serviceId: null,
        serviceOrganizationId: null,
        serviceName: null,
        consentId: consent?.id ?? null,
        name: receiver.name,
      };
    } else {
      const service = await servicesRepository(trx).find(input.serviceId as string);
      const readable =
        service &&
        service.archivedAt === null &&
        (service.organizationId === organizationId ||
          (service.sharedWithConsortium &&
            (await partnersSharingServices(trx, organizationId)).includes(service.organizationId)));
      if (!service || !readable) throw referralErrors.targetUnknown();
      target = {
        receiverOrganizationId: null,
        serviceId: service.id,
        serviceOrganizationId: service.organizationId,
        serviceName: service.name,
        consentId: null,
        name: service.name,
      };
    }
    const program = await programOfReferral(trx, {
      organizationId,
      personId: input.personId,
      receiverOrganizationId: target.receiverOrganizationId,
      programId: input.programId,
    });
    const id = newId();
    const repository = referralsRepository(trx);
    await repository.insert(
      {
        id,
        organizationId,
        personId: input.personId,
        receiverOrganizationId: target.receiverOrganizationId,
        serviceId: target.serviceId,
        serviceOrganizationId: target.serviceOrganizationId,
        serviceName: target.serviceName,
        purpose: input.purpose,
        programId: program?.id ?? null,
        sharedSections: input.sections,
        consentId: target.consentId,
        message: input.message ?? null,
        sentAt: now,
        sentBy: actor.userId,
      },
      now,
    );
    if (target.receiverOrganizationId)
      await enqueueReferralReceivedMail(trx, { id: newId(), referralId: id, organizationId, now });
    const referral = await repository.findFor(id, organizationId);
    if (referral)
      await publishReferralEvent(timeline, referral, {
        kind: 'referral.sent',
        at: now,
        by: actor.userId,
        senderName: sender?.name ?? '',
        targetName: target.name,
      });
    await audit.record({
      actorUserId: actor.userId,
      organizationId,
      subjectOrganizationId: organizationId,
      action: 'referral.send',
      resourceType: 'referral',
      resourceId: id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: {
        target: target.receiverOrganizationId ? 'organization' : 'service',
        purpose: input.purpose,
        program: program ? (input.programId ? 'chosen' : 'default') : 'none',
        sections: input.sections,
        message: Boolean(input.message),
      },
    });
    return { id };
  },
);
