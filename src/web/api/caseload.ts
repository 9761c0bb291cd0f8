import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bulkReassignRoute, reassignReferentRoute, referentHistoryRoute } from '../../contracts/people.js';
import { personDataRoles, type Role, referentReassignmentRoles } from '../../core/auth/roles.js';
import { type CallPart, call } from './client.js';
import { useStaffOptions } from './people.js';

export { distributionStrategies } from '../../contracts/people.js';

/** Who may hand several people over at once (the server checks the same list). */
export function mayReassignInBulk(role: Role): boolean {
  return referentReassignmentRoles.includes(role);
}

/** Colleagues who may follow people: active staff with a role working with files (as the server checks). */
export function useEligibleReferents() {
  const staff = useStaffOptions();
  return {
    ...staff,
    data: staff.data?.filter((member) => !member.disabled && personDataRoles.includes(member.role)),
  };
}

/** Read (and audited) only when asked for: the dialog that shows it is open. */
export function useReferentHistory(personId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['referent-history', personId],
    queryFn: ({ signal }) => call(referentHistoryRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useReassignReferent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof reassignReferentRoute, 'body'>) =>
      call(reassignReferentRoute, { params: { id: personId }, body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['person', personId] });
      await queryClient.invalidateQueries({ queryKey: ['referent-history', personId] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}

export function useBulkReassign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof bulkReassignRoute, 'body'>) => call(bulkReassignRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      await queryClient.invalidateQueries({ queryKey: ['person'] });
      await queryClient.invalidateQueries({ queryKey: ['referent-history'] });
    },
  });
}
