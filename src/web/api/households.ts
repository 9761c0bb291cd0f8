import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addHouseholdMemberRoute,
  changeHouseholdMainContactRoute,
  formHouseholdRoute,
  personHouseholdRoute,
  removeHouseholdMemberRoute,
} from '../../contracts/households.js';
import { listPeopleRoute } from '../../contracts/people.js';
import { formatDate } from '../format.js';
import { type CallPart, call } from './client.js';

export { householdMemberRelations } from '../../contracts/households.js';
export type HouseholdView = NonNullable<Awaited<ReturnType<typeof fetchPersonHousehold>>['household']>;

const fetchPersonHousehold = (personId: string, signal?: AbortSignal) =>
  call(personHouseholdRoute, { params: { id: personId }, signal });

/** The household of files the person is in now (null when none); the read is audited on the server. */
export function usePersonHousehold(personId: string) {
  return useQuery({
    queryKey: ['person-household', personId],
    queryFn: ({ signal }) => fetchPersonHousehold(personId, signal),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** Every change moves members' files: each member's household, timeline and enrolments are read again. */
function useHouseholdMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['person-household'] });
      await queryClient.invalidateQueries({ queryKey: ['person-timeline'] });
    },
  });
}

export function useFormHousehold(personId: string) {
  return useHouseholdMutation(() => call(formHouseholdRoute, { params: { id: personId } }));
}

export function useAddHouseholdMember(householdId: string) {
  return useHouseholdMutation((body: CallPart<typeof addHouseholdMemberRoute, 'body'>) =>
    call(addHouseholdMemberRoute, { params: { id: householdId }, body }),
  );
}

export function useRemoveHouseholdMember(householdId: string) {
  return useHouseholdMutation((personId: string) =>
    call(removeHouseholdMemberRoute, { params: { id: householdId, personId } }),
  );
}

export function useChangeHouseholdMainContact(householdId: string) {
  return useHouseholdMutation((personId: string) =>
    call(changeHouseholdMainContactRoute, { params: { id: householdId }, body: { personId } }),
  );
}

/** Files of the organization for the picker, by name; the household's current members left out. */
export async function searchHouseholdCandidates(
  text: string,
  signal: AbortSignal,
  exclude: ReadonlySet<string>,
) {
  const result = await call(listPeopleRoute, { query: { q: text, pageSize: 10 }, signal });
  return result.items
    .filter((person) => !exclude.has(person.id))
    .map((person) => ({
      value: person.id,
      label: `${person.givenName} ${person.familyName}`,
      hint: [formatDate(person.birthDate), person.city].filter(Boolean).join(' · ') || undefined,
    }));
}
