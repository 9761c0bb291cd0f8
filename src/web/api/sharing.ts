import { useQuery } from '@tanstack/react-query';
import { myOrganizationRoute } from '../../contracts/organizations.js';
import { consentReadsRoute, getSharedPersonRoute, listSharedPeopleRoute } from '../../contracts/sharing.js';
import { call } from './client.js';
import { useSession } from './session.js';

export { consentSections, type SharedPersonView } from '../../contracts/sharing.js';

/** The people of other organizations who agreed to share their file with ours (each listing audited). */
export function useSharedPeople(page: number) {
  return useQuery({
    queryKey: ['shared-people', page],
    queryFn: ({ signal }) => call(listSharedPeopleRoute, { query: { page, pageSize: 50 }, signal }),
    meta: { inlineErrors: true },
  });
}

/** A shared file: only the sections a consent in force covers. Never kept: a revocation cuts it at once. */
export function useSharedPerson(personId: string) {
  return useQuery({
    queryKey: ['shared-person', personId],
    queryFn: ({ signal }) => call(getSharedPersonRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
    gcTime: 0,
  });
}

/** Who read the file under a consent (the owner's view of the audit log). */
export function useConsentReads(personId: string, consentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['consent-reads', personId, consentId],
    queryFn: ({ signal }) => call(consentReadsRoute, { params: { id: personId, itemId: consentId }, signal }),
    meta: { inlineErrors: true },
    enabled,
  });
}

/**
 * The partners a consent may name: the members of the organization's consortia (itself excepted) and
 * the consortia themselves ("members of consortium X").
 */
export function useConsentPartners() {
  const session = useSession();
  return useQuery({
    queryKey: ['organization', session.organization.id],
    queryFn: ({ signal }) => call(myOrganizationRoute, { signal }),
    select: (data) => ({
      consortia: data.consortia.map((c) => ({ id: c.id, name: c.name })),
      organizations: [
        ...new Map(
          data.consortia
            .flatMap((c) => c.members)
            .filter((m) => m.id !== data.organization.id)
            .map((m) => [m.id, { id: m.id, name: m.name }] as const),
        ).values(),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    }),
    meta: { inlineErrors: true },
  });
}
