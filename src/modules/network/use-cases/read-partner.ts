import { z } from 'zod';
import type { partnerView } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { readablePartner, staffNames } from './partner-access.js';

/** A partner with its contacts (professionals' personal data: the read is audited) and its history, newest first. */
export const readPartner = defineUseCase(
  z.object({ partnerId: z.uuid() }),
  async ({ input, ctx, trx, audit }): Promise<z.input<typeof partnerView>> => {
    const actor = requireActor(ctx);
    const { partner, owned } = await readablePartner(trx, actor, input.partnerId);
    const repo = partnersRepository(trx);
    const [contacts, engagements, owners, employer] = await Promise.all([
      repo.contactsOf(partner.id, partner.organizationId),
      repo.engagementsOf(partner.id, partner.organizationId),
      organizationsApi(trx).listOrganizations([partner.organizationId]),
      partner.employerId ? employerSummary(trx, partner.employerId, actor.organizationId) : undefined,
    ]);
    const name = await staffNames(
      trx,
      engagements.map((e) => e.authorId),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: partner.organizationId,
      action: 'network.partner_read',
      resourceType: 'network_partner',
      resourceId: partner.id,
      requestId: ctx.requestId,
      details: { contacts: contacts.length },
    });
    return {
      id: partner.id,
      name: partner.name,
      kind: partner.kind,
      sectors: [...partner.sectors],
      area: partner.area,
      website: partner.website,
      employerId: partner.employerId,
      employerName: employer?.name ?? null,
      sharedWithConsortium: partner.sharedWithConsortium,
      owned,
      ownerName: owners[0]?.name ?? '',
      contacts: contacts.length,
      lastEngagementOn: engagements[0]?.occurredOn ?? null,
      notes: partner.notes,
      contactsList: contacts.map((c) => ({
        id: c.id,
        name: c.name,
        role: c.role,
        email: c.email,
        phone: c.phone,
        languages: [...c.languages],
      })),
      engagements: engagements.map((e) => ({
        id: e.id,
        occurredOn: e.occurredOn,
        kind: e.kind,
        summary: e.summary,
        contact: e.contactId ? { id: e.contactId, name: e.contactName ?? '' } : null,
        author: name(e.authorId),
        recordedAt: e.createdAt.toISOString(),
      })),
    };
  },
);
