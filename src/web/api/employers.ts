import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addEmployerCommitmentRoute,
  addEmployerContactRoute,
  addEmployerSiteRoute,
  changeEmployerCommitmentStatusRoute,
  changeEmployerContactRoute,
  changeEmployerRoute,
  changeEmployerSiteRoute,
  createEmployerRoute,
  getEmployerRoute,
  listEmployerEngagementsRoute,
  listEmployersRoute,
  recordEmployerEngagementRoute,
  removeEmployerSiteRoute,
} from '../../contracts/employers.js';
import type { Role } from '../../core/auth/roles.js';
import { employerReadRoles, employerWriteRoles } from '../../modules/employers/domain/employer-roles.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type {
  EmployerListItem,
  EmployerView,
  EngagementView,
} from '../../contracts/employers.js';
export {
  commitmentKinds,
  commitmentStatuses,
  contactRoles,
  employerCountries,
  engagementKinds,
  pathwayFields,
  siaeKinds,
  sizeBands,
} from '../../contracts/employers.js';

export type EmployersQuery = CallPart<typeof listEmployersRoute, 'query'>;
export type EmployerBody = CallPart<typeof createEmployerRoute, 'body'>;
export type SiteBody = CallPart<typeof addEmployerSiteRoute, 'body'>;
export type ContactBody = CallPart<typeof changeEmployerContactRoute, 'body'>;
export type CommitmentBody = CallPart<typeof addEmployerCommitmentRoute, 'body'>;
export type EngagementBody = CallPart<typeof recordEmployerEngagementRoute, 'body'>;

/** Who opens the directory, and who adds to it (the server checks the same lists). */
export const mayReadEmployers = (role: Role) => employerReadRoles.includes(role);
export const mayWriteEmployers = (role: Role) => employerWriteRoles.includes(role);

export function useEmployers(query: EmployersQuery) {
  const session = useSession();
  return useQuery({
    queryKey: ['employers', session.organization.id, query],
    queryFn: ({ signal }) => call(listEmployersRoute, { query, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
  });
}

export function useEmployer(id: string) {
  return useQuery({
    queryKey: ['employer', id],
    queryFn: ({ signal }) => call(getEmployerRoute, { params: { id }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useEngagements(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['employer-engagements', id, page, pageSize],
    queryFn: ({ signal }) =>
      call(listEmployerEngagementsRoute, { params: { id }, query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
    retry: false,
  });
}

function useEmployerMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['employers'] }),
        queryClient.invalidateQueries({ queryKey: ['employer'] }),
        queryClient.invalidateQueries({ queryKey: ['employer-engagements'] }),
      ]);
    },
  });
}

export function useCreateEmployer() {
  return useEmployerMutation((body: EmployerBody) => call(createEmployerRoute, { body }));
}

export function useChangeEmployer(id: string) {
  return useEmployerMutation((body: EmployerBody) => call(changeEmployerRoute, { params: { id }, body }));
}

export function useSaveSite(employerId: string) {
  return useEmployerMutation(({ siteId, ...body }: SiteBody & { siteId?: string }) =>
    siteId
      ? call(changeEmployerSiteRoute, { params: { id: employerId, siteId }, body })
      : call(addEmployerSiteRoute, { params: { id: employerId }, body }),
  );
}

export function useRemoveSite(employerId: string) {
  return useEmployerMutation((siteId: string) =>
    call(removeEmployerSiteRoute, { params: { id: employerId, siteId } }),
  );
}

export function useSaveContact(employerId: string) {
  return useEmployerMutation(({ contactId, ...body }: ContactBody & { contactId?: string }) =>
    contactId
      ? call(changeEmployerContactRoute, { params: { id: employerId, contactId }, body })
      : call(addEmployerContactRoute, { params: { id: employerId }, body }),
  );
}

export function useAddCommitment(employerId: string) {
  return useEmployerMutation((body: CommitmentBody) =>
    call(addEmployerCommitmentRoute, { params: { id: employerId }, body }),
  );
}

export function useChangeCommitmentStatus(employerId: string) {
  return useEmployerMutation(
    ({
      commitmentId,
      status,
    }: { commitmentId: string } & CallPart<typeof changeEmployerCommitmentStatusRoute, 'body'>) =>
      call(changeEmployerCommitmentStatusRoute, {
        params: { id: employerId, commitmentId },
        body: { status },
      }),
  );
}

export function useRecordEngagement(employerId: string) {
  return useEmployerMutation((body: EngagementBody) =>
    call(recordEmployerEngagementRoute, { params: { id: employerId }, body }),
  );
}
