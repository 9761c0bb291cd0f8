import { z } from 'zod';
import { contactChangeBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { employerErrors } from '../errors.js';
import { changedContactFields } from './contact-fields.js';
import { writableEmployer } from './employer-access.js';

/**
 * Changes a contact at an employer of the actor's organization, or marks them as no longer there
 * (`active: false`: kept for the history that names them). Audited with the names of the fields changed.
 */
export const changeContact = defineUseCase(
  contactChangeBody.extend({ employerId: z.uuid(), contactId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const details = employerDetailsRepository(trx);
    const contact = await details.findContact(input.contactId, employer.id, true);
    if (!contact) throw employerErrors.contactNotFound();
    const after = {
      givenName: input.givenName,
      familyName: input.familyName,
      role: input.role,
      jobTitle: input.jobTitle ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      active: input.active,
    };
    const fields = changedContactFields(contact, after);
    if (fields.length === 0) return { id: contact.id, changed: false };
    await details.updateContact(contact.id, after, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer_contact.update',
      resourceType: 'employer_contact',
      resourceId: contact.id,
      requestId: ctx.requestId,
      details: { employerId: employer.id, fields },
    });
    return { id: contact.id, changed: true };
  },
);
