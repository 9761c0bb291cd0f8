import { useMutation, useQuery } from '@tanstack/react-query';
import {
  type FrontDoorRequestBody,
  getPublicFrontDoorRoute,
  searchFrontDoorPlacesRoute,
  submitFrontDoorRequestRoute,
  suggestFrontDoorOccupationsRoute,
} from '../../../contracts/front-door.js';
import type { FrontDoorLanguage } from '../../../modules/front-door/domain/vocabulary.js';
import { call } from '../../api/client.js';

/** Public: the page's address is its only key; nothing here depends on a session. */
export function usePublicFrontDoor(slug: string) {
  return useQuery({
    queryKey: ['public-front-door', slug],
    queryFn: ({ signal }) => call(getPublicFrontDoorRoute, { params: { slug }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}

export function useFrontDoorPlaces(slug: string, q: string) {
  return useQuery({
    enabled: q.trim().length >= 2,
    queryKey: ['public-front-door-places', slug, q.trim()],
    queryFn: ({ signal }) =>
      call(searchFrontDoorPlacesRoute, { params: { slug }, query: { q: q.trim() }, signal }),
    meta: { inlineErrors: true },
    staleTime: 60_000,
  });
}

/** Occupations (ESCO) for what the person typed, named in the page's language; nothing kept. */
export function useFrontDoorOccupations(slug: string, q: string, lang: FrontDoorLanguage) {
  return useQuery({
    enabled: q.trim().length >= 2,
    queryKey: ['public-front-door-occupations', slug, lang, q.trim()],
    queryFn: ({ signal }) =>
      call(suggestFrontDoorOccupationsRoute, { params: { slug }, query: { q: q.trim(), lang }, signal }),
    meta: { inlineErrors: true },
    staleTime: 60_000,
  });
}

export function useSubmitFrontDoorRequest(slug: string) {
  return useMutation({
    mutationFn: (body: FrontDoorRequestBody) => call(submitFrontDoorRequestRoute, { params: { slug }, body }),
    meta: { inlineErrors: true },
  });
}
