import { z } from 'zod';
import { contactBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { givenContactFields } from './contact-fields.js';
import { writableEmployer } from './employer-access.js';

/**
 * Adds a contact at an employer of the actor's organization. A contact's name is personal data: the
 * audit entry names the fields given, never their values.
 */
export const addContact = defineUseCase(
  contactBody.extend({ employerId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const { employerId: _employer, ...typed } = input;
    const fields = {
      ...typed,
      jobTitle: typed.jobTitle ?? null,
      email: typed.email ?? null,
      phone: typed.phone ?? null,
      active: true,
    };
    const id = newId();
    await employerDetailsRepository(trx).insertContact({
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
      action: 'employer_contact.add',
      resourceType: 'employer_contact',
      resourceId: id,
      requestId: ctx.requestId,
      details: { employerId: employer.id, fields: givenContactFields(fields) },
    });
    return { id };
  },
);
