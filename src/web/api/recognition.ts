import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import {
  addPathwayVersionRoute,
  closeRecognitionCaseRoute,
  createPathwayRoute,
  financeRecognitionStepsRoute,
  getPathwayRoute,
  listPathwaysRoute,
  listPersonRecognitionCasesRoute,
  openRecognitionCaseRoute,
  recognitionFiguresRoute,
  recordRecognitionResultRoute,
  updateRecognitionCaseStepRoute,
} from '../../contracts/recognition.js';
import { occupationEquivalentsRoute } from '../../contracts/reference.js';
import type { Role } from '../../core/auth/roles.js';
import {
  caseRoles,
  catalogueEditorRoles,
  catalogueReaderRoles,
  recognitionFiguresRoles,
} from '../../modules/recognition/domain/vocabulary.js';
import { type CallPart, call } from './client.js';

export type {
  CaseStepView,
  CaseView,
  PathwayFiguresView,
  PathwaySummaryView,
  PathwayView,
} from '../../contracts/recognition.js';
export {
  caseClosingReasons,
  caseStepStatuses,
  occupationSchemes,
  pathwayCurrencies,
  pathwayStepKinds,
  recognisedCredentialKinds,
  recognitionResults,
  stepPayers,
} from '../../contracts/recognition.js';

export type PathwayListQuery = CallPart<typeof listPathwaysRoute, 'query'>;
export type CreatePathwayBody = CallPart<typeof createPathwayRoute, 'body'>;
export type PathwayVersionBody = CallPart<typeof addPathwayVersionRoute, 'body'>;
export type CaseStepChange = CallPart<typeof updateRecognitionCaseStepRoute, 'body'>;
export type CaseResultBody = CallPart<typeof recordRecognitionResultRoute, 'body'>;
export type CloseCaseBody = CallPart<typeof closeRecognitionCaseRoute, 'body'>;
export type FinanceStepsBody = CallPart<typeof financeRecognitionStepsRoute, 'body'>;
export type OccupationEquivalents = Output<typeof occupationEquivalentsRoute>;

/** The roles the server lets read the catalogue, follow cases, keep the catalogue and read the figures. */
export const mayReadCatalogue = (role: Role) => catalogueReaderRoles.includes(role);
export const mayFollowCases = (role: Role) => caseRoles.includes(role);
export const mayAddPathways = (role: Role) => catalogueEditorRoles.includes(role);
export const mayReadRecognitionFigures = (role: Role) => recognitionFiguresRoles.includes(role);

const casesKey = (personId: string) => ['person', personId, 'recognition-cases'] as const;

/** The catalogue: the organization's pathways and those its consortia partners share. */
export function usePathways(query: PathwayListQuery) {
  return useQuery({
    queryKey: ['recognition', 'pathways', query],
    queryFn: ({ signal }) => call(listPathwaysRoute, { query, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function usePathway(pathwayId: string) {
  return useQuery({
    queryKey: ['recognition', 'pathway', pathwayId],
    queryFn: ({ signal }) => call(getPathwayRoute, { params: { id: pathwayId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** An ESCO occupation's codes in ROME, O*NET-SOC and NOC: a pathway may name the occupation in any. */
export function useOccupationEquivalents(escoId: string | null, lang: 'fr' | 'en') {
  return useQuery({
    enabled: escoId !== null,
    queryKey: ['reference', 'equivalents', escoId, lang],
    queryFn: ({ signal }) =>
      call(occupationEquivalentsRoute, { params: { escoId: escoId as string }, query: { lang }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useAddPathwayVersion(pathwayId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PathwayVersionBody) =>
      call(addPathwayVersionRoute, { params: { id: pathwayId }, body }),
    meta: { inlineErrors: true },
    onSuccess: async (pathway) => {
      queryClient.setQueryData(['recognition', 'pathway', pathwayId], pathway);
      await queryClient.invalidateQueries({ queryKey: ['recognition', 'pathways'] });
    },
  });
}

/** A new pathway of the organization's catalogue with its first version (the working group's roles). */
export function useCreatePathway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePathwayBody) => call(createPathwayRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async (pathway) => {
      queryClient.setQueryData(['recognition', 'pathway', pathway.id], pathway);
      await queryClient.invalidateQueries({ queryKey: ['recognition', 'pathways'] });
    },
  });
}

export type RecognitionFiguresQuery = CallPart<typeof recognitionFiguresRoute, 'query'>;

/** The working group's figures, over a period when one is given. */
export function useRecognitionFigures(query: RecognitionFiguresQuery = {}) {
  return useQuery({
    queryKey: ['recognition', 'figures', query],
    queryFn: ({ signal }) => call(recognitionFiguresRoute, { query, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function usePersonRecognitionCases(personId: string) {
  return useQuery({
    queryKey: casesKey(personId),
    queryFn: ({ signal }) => call(listPersonRecognitionCasesRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** After a case changes: its list, the person's loans (financing files one) and timeline. */
async function caseChanged(queryClient: QueryClient, personId: string) {
  await queryClient.invalidateQueries({ queryKey: casesKey(personId) });
  await queryClient.invalidateQueries({ queryKey: ['person-loans', personId] });
  await queryClient.invalidateQueries({ queryKey: ['person-timeline', personId] });
  await queryClient.invalidateQueries({ queryKey: ['recognition', 'figures'] });
}

function useCaseMutation<B>(personId: string, send: (body: B) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    meta: { inlineErrors: true },
    onSuccess: () => caseChanged(queryClient, personId),
  });
}

export function useOpenCase(personId: string) {
  return useCaseMutation(personId, (body: { pathwayId: string; startedOn: string; note?: string | null }) =>
    call(openRecognitionCaseRoute, { body: { ...body, personId } }),
  );
}

export function useUpdateCaseStep(personId: string) {
  return useCaseMutation(personId, ({ stepId, change }: { stepId: string; change: CaseStepChange }) =>
    call(updateRecognitionCaseStepRoute, { params: { id: stepId }, body: change }),
  );
}

export function useFinanceSteps(personId: string, caseId: string) {
  return useCaseMutation(personId, (body: FinanceStepsBody) =>
    call(financeRecognitionStepsRoute, { params: { id: caseId }, body }),
  );
}

export function useRecordResult(personId: string, caseId: string) {
  return useCaseMutation(personId, (body: CaseResultBody) =>
    call(recordRecognitionResultRoute, { params: { id: caseId }, body }),
  );
}

export function useCloseCase(personId: string, caseId: string) {
  return useCaseMutation(personId, (body: CloseCaseBody) =>
    call(closeRecognitionCaseRoute, { params: { id: caseId }, body }),
  );
}
