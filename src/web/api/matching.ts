import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  bestOffersForPersonRoute,
  bestPeopleForOfferRoute,
  getJobWishesRoute,
  getMatchWeightsRoute,
  setJobWishesRoute,
  setMatchWeightsRoute,
} from '../../contracts/matching.js';
import type { Role } from '../../core/auth/roles.js';
import { personDataRoles } from '../../core/auth/roles.js';
import { currentLanguage } from '../i18n/index.js';
import { type CallPart, call } from './client.js';
import { useSession } from './session.js';

export { matchCriteria, matchReasonCodes } from '../../contracts/matching.js';

export type JobWishesBody = CallPart<typeof setJobWishesRoute, 'body'>;
export type MatchWeightsBody = CallPart<typeof setMatchWeightsRoute, 'body'>;
export type BestOffers = Awaited<ReturnType<typeof fetchBestOffers>>;
export type BestPeople = Awaited<ReturnType<typeof fetchBestPeople>>;
export type ScoredCriterion = BestOffers['items'][number]['criteria'][number];

/** The server checks the same roles: staff with people's files read matches; admins and coordinators weigh them. */
export const mayMatch = (role: Role) => personDataRoles.includes(role);
export const mayWeighMatches = (role: Role) => role === 'administrator' || role === 'coordinator';

const languages = ['fr', 'en', 'es', 'ar', 'uk'] as const;
function readerLanguage(): (typeof languages)[number] {
  const language = currentLanguage();
  return (languages as readonly string[]).includes(language)
    ? (language as (typeof languages)[number])
    : 'en';
}

const fetchBestOffers = (personId: string, signal?: AbortSignal) =>
  call(bestOffersForPersonRoute, {
    params: { id: personId },
    query: { limit: 20, lang: readerLanguage() },
    signal,
  });
const fetchBestPeople = (offerId: string, mine: boolean, signal?: AbortSignal) =>
  call(bestPeopleForOfferRoute, {
    params: { id: offerId },
    query: { limit: 20, mine: mine ? 'true' : 'false', lang: readerLanguage() },
    signal,
  });

export function useJobWishes(personId: string) {
  return useQuery({
    queryKey: ['job-wishes', personId],
    queryFn: ({ signal }) => call(getJobWishesRoute, { params: { id: personId }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useSetJobWishes(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JobWishesBody) => call(setJobWishesRoute, { params: { id: personId }, body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['job-wishes', personId] }),
        queryClient.invalidateQueries({ queryKey: ['best-offers', personId] }),
      ]);
    },
  });
}

export function useBestOffers(personId: string) {
  const language = readerLanguage();
  return useQuery({
    queryKey: ['best-offers', personId, language],
    queryFn: ({ signal }) => fetchBestOffers(personId, signal),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useBestPeople(offerId: string, mine: boolean) {
  const language = readerLanguage();
  return useQuery({
    queryKey: ['best-people', offerId, mine, language],
    queryFn: ({ signal }) => fetchBestPeople(offerId, mine, signal),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useMatchWeights() {
  const session = useSession();
  return useQuery({
    queryKey: ['match-weights', session.organization.id],
    queryFn: ({ signal }) => call(getMatchWeightsRoute, { signal }),
    meta: { inlineErrors: true },
  });
}

export function useSetMatchWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MatchWeightsBody) => call(setMatchWeightsRoute, { body }),
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['match-weights'] }),
        queryClient.invalidateQueries({ queryKey: ['best-offers'] }),
        queryClient.invalidateQueries({ queryKey: ['best-people'] }),
      ]);
    },
  });
}
