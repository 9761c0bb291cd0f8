import { z } from 'zod';
import { employerBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employersRepository } from '../adapters/employers-repository.js';
import { employerErrors } from '../errors.js';
import { consortiaOf, writableEmployer } from './employer-access.js';
import {
  changedEmployerFields,
  displayedIdentifier,
  employerFieldsOf,
  employerSearchText,
  fieldsOfRecord,
} from './employer-fields.js';

/**
 * Changes an employer of the actor's organization (every field at once, as the form shows them). A
 * new legal identifier must not belong to another employer of the directory. Audited with the names
 * of the fields that changed; nothing changed, nothing written.
 */
export const changeEmployer = defineUseCase(
  employerBody.extend({ employerId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const consortia = await consortiaOf(trx, actor.organizationId);
    // A consortium the organization has since left stays the SIAE's until someone changes it.
    const allowed = [
      ...consortia.map((c) => c.id),
      ...(employer.siaeConsortiumId ? [employer.siaeConsortiumId] : []),
    ];
    const after = employerFieldsOf(input, allowed);
    const fields = changedEmployerFields(fieldsOfRecord(employer), after);
    if (fields.length === 0) return { id: employer.id, changed: false };
    const repo = employersRepository(trx);
    if (after.legalIdScheme && after.legalId && after.legalId !== employer.legalId) {
      const existing = (
        await repo.byLegalIds(actor.organizationId, after.legalIdScheme, [after.legalId])
      ).get(after.legalId);
      if (existing && existing.id !== employer.id)
        throw employerErrors.legalIdentifierTaken(
          { identifier: displayedIdentifier(after) },
          { employerId: existing.id, name: existing.name },
        );
    }
    try {
      await repo.update(employer.id, after, employerSearchText(after.name), now);
    } catch (error) {
      if (isUniqueViolation(error, 'employers_organization_legal_id'))
        throw employerErrors.legalIdentifierTaken({ identifier: displayedIdentifier(after) });
      throw error;
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer.update',
      resourceType: 'employer',
      resourceId: employer.id,
      requestId: ctx.requestId,
      details: { fields },
    });
    return { id: employer.id, changed: true };
  },
);
