import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Deps } from '../../src/core/use-case.js';
import { addPersonItem } from '../../src/modules/people/use-cases/add-person-item.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';

/**
 * A person registered by `by`, whose consent (given on 1 June 2026) lets their identity be shared with
 * `partnerOrganizationId`: what a referral or a hand-off to that partner needs first.
 */
export async function givenPersonSharedWith(
  deps: Deps,
  by: RequestContext,
  identity: { givenName: string; familyName: string; immigrationStatus?: 'refugee' },
  partnerOrganizationId: string,
): Promise<string> {
  const { id: personId } = await createPerson(deps)(by, { identity });
  await addPersonItem(deps)(by, {
    personId,
    item: {
      kind: 'consent',
      data: {
        purpose: 'sharing_with_partners',
        givenOn: '2026-06-01',
        partnerOrganizationIds: [partnerOrganizationId],
        covers: ['identity'],
      } as never,
    },
  });
  return personId as string;
}
