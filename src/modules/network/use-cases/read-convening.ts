import { z } from 'zod';
import type { conveningView } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { conveningCounts } from '../domain/convening-counts.js';
import { visibleConvening } from './convening-access.js';

/** A convening with every registration (names and addresses: the read is audited) and its counts. */
export const readConvening = defineUseCase(
  z.object({ conveningId: z.uuid() }),
  async ({ input, ctx, trx, audit }): Promise<z.input<typeof conveningView>> => {
    const actor = requireActor(ctx);
    const convening = await visibleConvening(trx, actor, input.conveningId);
    const [registrations, timeZone] = await Promise.all([
      conveningsRepository(trx).registrationsOf(convening.id, actor.organizationId),
      organizationsApi(trx).timeZoneOf(actor.organizationId),
    ]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.convening_read',
      resourceType: 'network_convening',
      resourceId: convening.id,
      requestId: ctx.requestId,
      details: { registrations: registrations.length },
    });
    return {
      id: convening.id,
      title: convening.title,
      startsAt: convening.startsAt.toISOString(),
      endsAt: convening.endsAt?.toISOString() ?? null,
      timeZone,
      place: convening.place,
      capacity: convening.capacity,
      publicRegistration: convening.publicRegistration,
      description: convening.description,
      counts: conveningCounts(registrations),
      registrations: registrations.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        partnerName: r.partnerName,
        partnerKind: r.partnerKind,
        contactId: r.contactId,
        partnerId: r.partnerId,
        needs: r.needs,
        source: r.source,
        attendance: r.attendance,
        registeredAt: r.createdAt.toISOString(),
      })),
    };
  },
);
