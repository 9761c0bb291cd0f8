import { z } from 'zod';
import { type EngagementView, engagementsQuery } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { readableEmployer } from './employer-access.js';

/**
 * An employer's engagement history as its own timeline, newest first (by day, then by the moment it
 * was recorded), one page, with the contact met and who recorded it. Scoped like the employer; the
 * read names contacts, so it is audited with the count.
 */
export const listEngagements = defineUseCase(
  engagementsQuery.extend({ employerId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const { employer } = await readableEmployer(trx, actor, input.employerId);
    const details = employerDetailsRepository(trx);
    const page = await details.engagementsOf(employer.id, input.page, input.pageSize);
    const contacts = new Map((await details.contactsOf(employer.id)).map((c) => [c.id, c]));
    const names = await accountsApi(trx).displayNames(page.items.map((e) => e.recordedBy));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: employer.organizationId,
      action: 'employer_engagement.list',
      resourceType: 'employer',
      resourceId: employer.id,
      requestId: ctx.requestId,
      details: { results: page.items.length },
    });
    const items: EngagementView[] = page.items.map((e) => {
      const contact = e.contactId ? contacts.get(e.contactId) : undefined;
      return {
        id: e.id,
        kind: e.kind,
        occurredOn: e.occurredOn,
        summary: e.summary,
        contact: contact ? { id: contact.id, name: `${contact.givenName} ${contact.familyName}` } : null,
        recordedBy: { userId: e.recordedBy, name: names.get(e.recordedBy) ?? null },
        recordedAt: new Date(e.recordedAt).toISOString(),
      };
    });
    return { items, page: input.page, pageSize: input.pageSize, total: page.total };
  },
);
