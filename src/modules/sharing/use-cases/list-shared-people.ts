import { pageOf, pageQuery } from '../../../contracts/define.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { peopleSharedWith } from '../../people/api.js';
import { consentSections, coveredSections, sharedUntil } from '../../people/domain/consent.js';
import { sharedReader, todayOfOwner } from './sharing-access.js';

/**
 * The people who agreed to share their file with the caller's organization, with the minimum: name,
 * sections covered, until when, and who follows them. Each person listed is audited under each consent
 * that put them there (the owner sees it in the consent's reads).
 */
export const listSharedPeople = defineUseCase(pageQuery, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const reader = await sharedReader(trx, actor, 'list');
  const shared = await peopleSharedWith(trx, reader, todayOfOwner(trx, now));
  const owners = new Map(
    (
      await organizationsApi(trx).listOrganizations([...new Set(shared.map((s) => s.person.organizationId))])
    ).map((o) => [o.id, o.name] as const),
  );
  const rows = shared
    .map(({ person, consents }) => ({
      id: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      organizationName: owners.get(person.organizationId) ?? '',
      sections: consentSections.filter((s) => consents.some((c) => coveredSections(c).includes(s))),
      sharedUntil: sharedUntil(consents),
      consents,
      organizationId: person.organizationId,
    }))
    .sort((a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName));
  const page = pageOf(rows, input.page, input.pageSize);
  for (const row of page.items)
    for (const consent of row.consents)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: row.organizationId,
        action: 'sharing.list',
        resourceType: 'consent',
        resourceId: consent.id,
        personId: row.id,
        requestId: ctx.requestId,
        details: { sections: [] },
      });
  return { ...page, items: page.items.map(({ consents: _c, organizationId: _o, ...row }) => row) };
});
