import { caseloadQuery } from '../../../contracts/people.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { enrolledPersonIds } from '../../programs/api.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { searchTextOf } from '../domain/search-text.js';
import { seesSensitive } from './person-access.js';

export const listCaseloadInput = caseloadQuery;

/**
 * The organization's people, one page at a time: by name in any script, typo-tolerant; by program
 * and enrolment status; by referent ("mine"). Listing is audited as one event, not one per person.
 */
export const listCaseload = defineUseCase(listCaseloadInput, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, personDataRoles);
  const search = input.q ? searchTextOf([input.q]) : '';
  const { items, total } = await peopleRepository(trx).caseload({
    organizationId: actor.organizationId,
    search: search || undefined,
    referentUserId: input.referent === 'me' ? actor.userId : input.referent,
    // Filtering by status would reveal it: only for roles that may see it.
    immigrationStatus: seesSensitive(actor) ? input.immigrationStatus : undefined,
    enrolledIn:
      input.programId || input.enrolmentStatus
        ? enrolledPersonIds(trx, {
            organizationId: actor.organizationId,
            programId: input.programId,
            status: input.enrolmentStatus,
          })
        : undefined,
    sort: input.sort,
    page: input.page,
    pageSize: input.pageSize,
  });
  const names = await accountsApi(trx).displayNames(
    items.flatMap((i) => (i.referentUserId ? [i.referentUserId] : [])),
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: input.q ? 'person.search' : 'person.list',
    resourceType: 'person',
    resourceId: null,
    requestId: ctx.requestId,
    details: {
      results: items.length,
      filters: Object.keys(input).filter((k) => !['page', 'pageSize', 'sort', 'q'].includes(k)),
    },
  });
  return {
    items: items.map((i) => ({
      id: i.id,
      givenName: i.givenName,
      familyName: i.familyName,
      givenNameOriginal: i.givenNameOriginal,
      familyNameOriginal: i.familyNameOriginal,
      birthDate: i.birthDate,
      city: i.city,
      referentUserId: i.referentUserId,
      referentName: i.referentUserId ? (names.get(i.referentUserId) ?? null) : null,
      createdAt: new Date(i.createdAt).toISOString(),
    })),
    page: input.page,
    pageSize: input.pageSize,
    total,
  };
});
