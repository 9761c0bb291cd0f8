import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  checkIntakeEligibilityRoute,
  findPossibleDuplicatesRoute,
  intakeRoute,
} from '../../contracts/intake.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type DuplicateProbe = CallPart<typeof findPossibleDuplicatesRoute, 'body'>;
export type PossibleDuplicate = Awaited<ReturnType<typeof findDuplicates>>['items'][number];

function findDuplicates(body: DuplicateProbe, signal?: AbortSignal) {
  return call(findPossibleDuplicatesRoute, { body, signal });
}

/** Files of my organization that may be this person; asked again whenever what is known changes. */
export function usePossibleDuplicates(probe: DuplicateProbe, enabled: boolean) {
  const session = useSession();
  return useQuery({
    queryKey: ['possible-duplicates', session.organization.id, probe],
    enabled,
    queryFn: ({ signal }) => findDuplicates(probe, signal),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
    staleTime: 0,
  });
}

export type IntakePersonBody = CallPart<typeof checkIntakeEligibilityRoute, 'body'>['person'];

/** The program's rules on the file as typed: nothing is saved. */
export function useIntakeEligibility(programId: string, person: IntakePersonBody, enabled: boolean) {
  return useQuery({
    queryKey: ['intake-eligibility', programId, person],
    enabled: enabled && Boolean(programId),
    queryFn: ({ signal }) => call(checkIntakeEligibilityRoute, { body: { programId, person }, signal }),
    meta: { inlineErrors: true },
    staleTime: 0,
  });
}

/** Opens the file with its consent and enrolment in one transaction. */
export function useRegisterAtIntake() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof intakeRoute, 'body'>) => call(intakeRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async (_result, body) => {
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      if (body.enrolment)
        await queryClient.invalidateQueries({ queryKey: ['program', body.enrolment.programId] });
    },
  });
}
