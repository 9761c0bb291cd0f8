import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  checkEligibilityRoute,
  endEnrolmentRoute,
  enrolRoute,
  getProgramRoute,
  listProgramsRoute,
  personEnrolmentsRoute,
  programProgressRoute,
  setReferentRoute,
  setTargetsRoute,
  updateProgramRoute,
} from '../../contracts/programs.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export type EligibilityView = Awaited<ReturnType<typeof checkEligibility>>;
export type ProgramDetail = Awaited<ReturnType<typeof fetchProgram>>;

function checkEligibility(programId: string, personId: string, signal?: AbortSignal) {
  return call(checkEligibilityRoute, { params: { id: programId }, body: { personId }, signal });
}

function fetchProgram(programId: string, signal?: AbortSignal) {
  return call(getProgramRoute, { params: { id: programId }, signal });
}

export function usePrograms() {
  const session = useSession();
  return useQuery({
    queryKey: ['programs', session.organization.id],
    queryFn: async ({ signal }) => (await call(listProgramsRoute, { signal })).items,
    meta: { inlineErrors: true },
  });
}

export function useProgram(programId: string) {
  return useQuery({
    queryKey: ['program', programId],
    queryFn: ({ signal }) => fetchProgram(programId, signal),
    meta: { inlineErrors: true },
  });
}

export function useProgramProgress(programId: string) {
  return useQuery({
    queryKey: ['program', programId, 'progress'],
    queryFn: ({ signal }) => call(programProgressRoute, { params: { id: programId }, signal }),
    meta: { inlineErrors: true },
  });
}

/** A dry run: evaluates every rule for the person, writes nothing. */
export function useCheckEligibility(personId: string | null, programId: string | null) {
  return useQuery({
    queryKey: ['eligibility', personId, programId],
    enabled: Boolean(personId && programId),
    queryFn: ({ signal }) => checkEligibility(programId as string, personId as string, signal),
    meta: { inlineErrors: true },
    staleTime: 0,
  });
}

export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { programId: string; body: CallPart<typeof enrolRoute, 'body'> }) =>
      call(enrolRoute, { params: { id: input.programId }, body: input.body }),
    meta: { inlineErrors: true },
    onSuccess: async (_result, input) => {
      await queryClient.invalidateQueries({ queryKey: ['person', input.body.personId] });
      await queryClient.invalidateQueries({ queryKey: ['enrolments', input.body.personId] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      await queryClient.invalidateQueries({ queryKey: ['program', input.programId] });
    },
  });
}

/** Ends an enrolment: the person exited the program (with its date and reason) or withdrew. */
export function useEndEnrolment(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { enrolmentId: string; body: CallPart<typeof endEnrolmentRoute, 'body'> }) =>
      call(endEnrolmentRoute, { params: { id: input.enrolmentId }, body: input.body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['enrolments', personId] });
      await queryClient.invalidateQueries({ queryKey: ['person', personId] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      await queryClient.invalidateQueries({ queryKey: ['program'] });
    },
  });
}

export function usePersonEnrolments(personId: string) {
  return useQuery({
    queryKey: ['enrolments', personId],
    queryFn: async ({ signal }) =>
      (await call(personEnrolmentsRoute, { params: { id: personId }, signal })).items,
    meta: { inlineErrors: true },
  });
}

export function useUpdateProgram(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof updateProgramRoute, 'body'>) =>
      call(updateProgramRoute, { params: { id: programId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['program', programId] }),
  });
}

export function useSetTargets(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof setTargetsRoute, 'body'>) =>
      call(setTargetsRoute, { params: { id: programId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['program', programId] }),
  });
}

export function useSetReferent(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallPart<typeof setReferentRoute, 'body'>) =>
      call(setReferentRoute, { params: { id: programId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['program', programId] }),
  });
}
