import { immersionBody } from '../../../contracts/immersions.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { contactSummary, employerSummary, siteSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { immersionsRepository } from '../adapters/immersions-repository.js';
import { scheduleRefusals } from '../domain/immersion-rules.js';
import { immersionRoles } from '../domain/vocabulary.js';
import { immersionErrors } from '../errors.js';
import { followedPerson, immersionActor } from './immersion-access.js';
import { recordImmersionChange } from './immersion-events.js';

/**
 * An immersion prepared by the counselor: the person (followed by the organization), the host employer
 * of the directory (its own or a partner's shared one) with one of its sites and its tutor among the
 * employer's active contacts, the counselor who signs for the organization, dates, hours and
 * objectives. Nobody has signed yet. Audited and published on the person's timeline.
 */
export const createImmersion = defineUseCase(
  immersionBody,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = immersionActor(ctx);
    await followedPerson(trx, actor, input.personId);
    const employer = await employerSummary(trx, input.employerId, actor.organizationId);
    if (!employer) throw immersionErrors.employerNotFound(undefined, [{ path: 'body.employerId' }]);
    if (input.siteId) {
      const site = await siteSummary(trx, input.siteId, actor.organizationId);
      if (!site || site.removed || site.employerId !== employer.id)
        throw immersionErrors.siteNotOfEmployer(undefined, [{ path: 'body.siteId' }]);
    }
    const tutor = await contactSummary(trx, input.tutorContactId, employer.id, actor.organizationId);
    if (!tutor?.active)
      throw immersionErrors.tutorNotOfEmployer(undefined, [{ path: 'body.tutorContactId' }]);
    const counselorUserId = input.counselorUserId ?? actor.userId;
    if (counselorUserId !== actor.userId) {
      const staff = await organizationsApi(trx).staffOfOrganization(actor.organizationId);
      const role = staff.find((member) => member.userId === counselorUserId)?.role;
      const active = await accountsApi(trx).mailboxes([counselorUserId]);
      if (!role || !(immersionRoles as readonly string[]).includes(role) || !active.has(counselorUserId))
        throw immersionErrors.counselorNotColleague(undefined, [{ path: 'body.counselorUserId' }]);
    }
    const refusals = scheduleRefusals(input);
    if (refusals.length > 0) throw immersionErrors.scheduleIncoherent(undefined, refusals);
    const immersion = {
      id: newId(),
      organizationId: actor.organizationId,
      personId: input.personId,
      kind: input.kind,
      employerId: employer.id,
      siteId: input.siteId ?? null,
      tutorContactId: tutor.id,
      counselorUserId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      plannedHours: input.plannedHours,
      objectives: input.objectives,
      language: input.language,
    };
    await immersionsRepository(trx).insert(immersion, actor.userId, now);
    await recordImmersionChange({ audit, timeline, ctx }, actor, immersion, {
      kind: 'immersion.created',
      occurredAt: now,
      employerName: employer.name,
      data: { startsOn: input.startsOn, endsOn: input.endsOn },
      details: { kind: input.kind, withSite: Boolean(input.siteId), plannedHours: input.plannedHours },
    });
    return { id: immersion.id };
  },
);
