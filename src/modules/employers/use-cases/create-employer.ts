import { employerBody } from '../../../contracts/employers.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employersRepository } from '../adapters/employers-repository.js';
import { employerWriteRoles } from '../domain/employer-roles.js';
import { employerErrors } from '../errors.js';
import { consortiaOf } from './employer-access.js';
import {
  displayedIdentifier,
  employerFieldsOf,
  employerSearchText,
  givenEmployerFields,
} from './employer-fields.js';

/**
 * Adds an employer to the actor's organization's directory. Its legal identifier, when given, is
 * checked against the country and must not be in the directory already (409 EMPLOYER_LEGAL_ID_TAKEN,
 * also for the request that loses a race). Audited with the names of the fields given.
 */
export const createEmployer = defineUseCase(employerBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, employerWriteRoles);
  const consortia = await consortiaOf(trx, actor.organizationId);
  const fields = employerFieldsOf(
    input,
    consortia.map((c) => c.id),
  );
  const repo = employersRepository(trx);
  if (fields.legalIdScheme && fields.legalId) {
    const existing = (
      await repo.byLegalIds(actor.organizationId, fields.legalIdScheme, [fields.legalId])
    ).get(fields.legalId);
    if (existing)
      throw employerErrors.legalIdentifierTaken(
        { identifier: displayedIdentifier(fields) },
        { employerId: existing.id, name: existing.name },
      );
  }
  const id = newId();
  try {
    await repo.insert({
      id,
      organizationId: actor.organizationId,
      fields,
      searchText: employerSearchText(fields.name),
      createdBy: actor.userId,
      now,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'employers_organization_legal_id'))
      throw employerErrors.legalIdentifierTaken({ identifier: displayedIdentifier(fields) });
    throw error;
  }
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'employer.create',
    resourceType: 'employer',
    resourceId: id,
    requestId: ctx.requestId,
    details: { fields: givenEmployerFields(fields) },
  });
  return { id };
});
