import { z } from 'zod';
import { listAuditEvents } from '../../../core/audit/audit-queries.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { consentsOfPerson } from '../../people/api.js';
import { consentSections } from '../../people/domain/consent.js';
import { peopleErrors } from '../../people/errors.js';

/** The newest reads shown; the audit log keeps them all. */
const shownReads = 200;

/**
 * What the audit log holds of the reads a consent allowed: each time a partner listed the person or
 * opened the file under it, by whom and which sections. For the staff of the organization that follows
 * the person; the consultation itself is audited.
 */
export const consentReads = defineUseCase(
  z.object({ personId: z.uuid(), itemId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const consents = await consentsOfPerson(trx, input.personId, actor.organizationId);
    if (!consents) throw peopleErrors.personNotFound();
    if (!consents.some((c) => c.id === input.itemId)) throw peopleErrors.itemNotFound();
    const { items } = await listAuditEvents(
      trx,
      {
        organizationId: actor.organizationId,
        personId: input.personId,
        action: 'sharing.',
        resourceId: input.itemId,
      },
      1,
      shownReads,
    );
    const reads = items.filter((e) => e.subjectOrganizationId === actor.organizationId);
    const organizations = new Map(
      (
        await organizationsApi(trx).listOrganizations([
          ...new Set(reads.map((e) => e.organizationId).filter((id): id is string => id !== null)),
        ])
      ).map((o) => [o.id, o.name] as const),
    );
    const readers = await accountsApi(trx).displayNames([
      ...new Set(reads.map((e) => e.actorUserId).filter((id): id is string => id !== null)),
    ]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'consent.reads_view',
      resourceType: 'consent',
      resourceId: input.itemId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { count: reads.length },
    });
    return {
      items: reads.map((e) => {
        const sections = (e.details as { sections?: unknown }).sections;
        return {
          at: new Date(e.occurredAt).toISOString(),
          organizationName: (e.organizationId && organizations.get(e.organizationId)) || '',
          readerName: (e.actorUserId && readers.get(e.actorUserId)) || null,
          kind: e.action === 'sharing.read' ? ('file' as const) : ('list' as const),
          sections: consentSections.filter((s) => Array.isArray(sections) && sections.includes(s)),
        };
      }),
    };
  },
);
