import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  consortiumDuplicatePairsRoute,
  decideDuplicateRoute,
  duplicatePairsRoute,
  listDuplicateRunsRoute,
  mergePersonRoute,
  personDuplicatesRoute,
  startDuplicateRunRoute,
  undoMergeRoute,
} from '../../contracts/duplicates.js';
import { type CallPart, call } from './client.js';

export type PersonDuplicatesView = Awaited<ReturnType<typeof personDuplicates>>;
export type DuplicateDecisionBody = CallPart<typeof decideDuplicateRoute, 'body'>;

function personDuplicates(personId: string, signal?: AbortSignal) {
  return call(personDuplicatesRoute, { params: { id: personId }, signal });
}

/** The files of my organization that may be this person, and whether a consortium member follows one. */
export function usePersonDuplicates(personId: string, enabled = true) {
  return useQuery({
    queryKey: ['person-duplicates', personId],
    queryFn: ({ signal }) => personDuplicates(personId, signal),
    enabled,
    meta: { inlineErrors: true },
    retry: false,
  });
}

/** Same person or different: the pair is not proposed again, from either file. */
export function useDecideDuplicate(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DuplicateDecisionBody) =>
      call(decideDuplicateRoute, { params: { id: personId }, body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['person-duplicates'] });
      await queryClient.invalidateQueries({ queryKey: ['duplicate-pairs'] });
    },
  });
}

/** The batch run over my organization: the pairs of its files the rule takes for one person. */
export function useDuplicatePairs(limit = 100) {
  return useQuery({
    queryKey: ['duplicate-pairs', limit],
    queryFn: ({ signal }) => call(duplicatePairsRoute, { query: { limit }, signal }),
    meta: { inlineErrors: true },
  });
}

/** Everything a merge changes on screen: both files' panels, the lists, the pairs to review. */
async function afterMerge(queryClient: ReturnType<typeof useQueryClient>) {
  for (const key of ['person-duplicates', 'duplicate-pairs', 'caseload', 'people'])
    await queryClient.invalidateQueries({ queryKey: [key] });
}

/** Merges another file of my organization into this one (undoable). */
export function useMergePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergedPersonId: string) =>
      call(mergePersonRoute, { params: { id: personId }, body: { mergedPersonId } }),
    meta: { inlineErrors: true },
    onSuccess: () => afterMerge(queryClient),
  });
}

/** Undoes the merge of this merged file into another. */
export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergedPersonId: string) => call(undoMergeRoute, { params: { id: mergedPersonId } }),
    meta: { inlineErrors: true },
    onSuccess: () => afterMerge(queryClient),
  });
}

/** My files that the latest consortium run found followed by another member too (with references to decide on). */
export function useConsortiumDuplicatePairs(limit = 100) {
  return useQuery({
    queryKey: ['duplicate-pairs', 'consortium', limit],
    queryFn: ({ signal }) => call(consortiumDuplicatePairsRoute, { query: { limit }, signal }),
    meta: { inlineErrors: true },
  });
}

/** Decides on a pair from the list to review, from one of its files. */
export function useDecideFromList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: DuplicateDecisionBody }) =>
      call(decideDuplicateRoute, { params: { id: personId }, body }),
    meta: { inlineErrors: true },
    onSuccess: () => afterMerge(queryClient),
  });
}

/** Merges the second file of a pair into the first, from the list to review. */
export function useMergeFromList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ keptPersonId, mergedPersonId }: { keptPersonId: string; mergedPersonId: string }) =>
      call(mergePersonRoute, { params: { id: keptPersonId }, body: { mergedPersonId } }),
    meta: { inlineErrors: true },
    onSuccess: () => afterMerge(queryClient),
  });
}

/** The consortia my organization coordinates and their runs; asked again every 2 s while one is going. */
export function useDuplicateRuns() {
  return useQuery({
    queryKey: ['duplicate-runs'],
    queryFn: ({ signal }) => call(listDuplicateRunsRoute, { signal }),
    meta: { inlineErrors: true },
    refetchInterval: (query) =>
      query.state.data?.runs.some((run) => run.status === 'queued' || run.status === 'running')
        ? 2_000
        : false,
  });
}

export function useStartDuplicateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (consortiumId: string) => call(startDuplicateRunRoute, { body: { consortiumId } }),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['duplicate-runs'] }),
  });
}
