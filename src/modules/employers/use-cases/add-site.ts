import { z } from 'zod';
import { siteBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { writableEmployer } from './employer-access.js';
import { siteFieldsOf } from './site-fields.js';

/**
 * Adds a site (an address) to an employer of the actor's organization; naming it the head office
 * makes the previous one an ordinary site. Audited with the names of the fields given.
 */
export const addSite = defineUseCase(
  siteBody.extend({ employerId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const fields = await siteFieldsOf(trx, employer, input);
    const details = employerDetailsRepository(trx);
    if (fields.headOffice) await details.clearHeadOffice(employer.id, now);
    const id = newId();
    await details.insertSite({
      id,
      employerId: employer.id,
      organizationId: employer.organizationId,
      fields,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer_site.add',
      resourceType: 'employer_site',
      resourceId: id,
      requestId: ctx.requestId,
      details: {
        employerId: employer.id,
        fields: (['addressLine', 'postalCode', 'headOffice'] as const).filter((key) => Boolean(fields[key])),
        placeResolved: fields.placeCode !== null,
      },
    });
    return { id, located: fields.placeCode !== null };
  },
);
