import { z } from 'zod';
import type { EmployerView } from '../../../contracts/employers.js';
import { hasRole, requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { employerWriteRoles } from '../domain/employer-roles.js';
import { readableEmployer } from './employer-access.js';
import {
  commitmentViewOf,
  contactViewOf,
  employerIdentityView,
  ownerNames,
  placesOfSites,
  siteViewOf,
} from './employer-views.js';

/**
 * An employer with everything hung on it: sites, contacts (names: personal data), commitments and
 * the size of its engagement history. Readable by its organization and, when shared, by its
 * consortium partners (read only). The read is audited (contacts' names), with counts only.
 */
export const getEmployer = defineUseCase(
  z.object({ employerId: z.uuid() }),
  async ({ input, ctx, trx, audit }): Promise<EmployerView> => {
    const actor = requireActor(ctx);
    const { employer, owned } = await readableEmployer(trx, actor, input.employerId);
    const details = employerDetailsRepository(trx);
    const [sites, contacts, commitments, totals, owners, consortium] = await Promise.all([
      details.sitesOf(employer.id),
      details.contactsOf(employer.id),
      details.commitmentsOf(employer.id),
      details.engagementTotals(employer.id),
      ownerNames(trx, [employer.organizationId]),
      employer.siaeConsortiumId
        ? organizationsApi(trx).findConsortium(employer.siaeConsortiumId)
        : Promise.resolve(undefined),
    ]);
    const places = await placesOfSites(trx, sites);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: employer.organizationId,
      action: 'employer.read',
      resourceType: 'employer',
      resourceId: employer.id,
      requestId: ctx.requestId,
      details: { contacts: contacts.length, shared: !owned },
    });
    return {
      id: employer.id,
      name: employer.name,
      country: employer.country,
      ...employerIdentityView(employer),
      sizeBand: employer.sizeBand,
      website: employer.website,
      siae: employer.siae,
      siaeKind: employer.siaeKind,
      siaeConsortium: consortium ? { id: consortium.id, name: consortium.name } : null,
      sharedWithConsortium: employer.sharedWithConsortium,
      sharedWithMe: !owned,
      mayEdit: owned && hasRole(actor, employerWriteRoles),
      owner: {
        organizationId: employer.organizationId,
        organizationName: owners.get(employer.organizationId) ?? '—',
      },
      sites: sites.map((site) => siteViewOf(site, places)),
      contacts: contacts.map(contactViewOf),
      commitments: commitments.map(commitmentViewOf),
      engagements: totals.count,
      lastEngagementOn: totals.lastOn,
      createdAt: new Date(employer.createdAt).toISOString(),
      updatedAt: new Date(employer.updatedAt).toISOString(),
    };
  },
);
