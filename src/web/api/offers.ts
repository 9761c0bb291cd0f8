import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  changeOfferRoute,
  changeOfferStatusRoute,
  createOfferRoute,
  getOfferRoute,
  importOffersRoute,
  listOffersRoute,
} from '../../contracts/offers.js';
import type { Role } from '../../core/auth/roles.js';
import { employerReadRoles, employerWriteRoles } from '../../modules/employers/domain/employer-roles.js';
import type { SettableOfferStatus } from '../../modules/offers/domain/offer-status.js';
import { currentLanguage } from '../i18n/index.js';
import { type CallPart, call, upload } from './client.js';
import { useSession } from './session.js';

export {
  contractTypes,
  offerSources,
  offerStatuses,
  payPeriods,
  settableOfferStatuses,
  workingTimes,
} from '../../contracts/offers.js';

export type OffersQuery = CallPart<typeof listOffersRoute, 'query'>;
export type OfferBody = CallPart<typeof createOfferRoute, 'body'>;
export type OfferView = Awaited<ReturnType<typeof fetchOffer>>;
export type OfferListItem = Awaited<ReturnType<typeof fetchOffers>>['items'][number];

/** Offers are read and written by the same roles as the employers directory (the server checks them). */
export const mayReadOffers = (role: Role) => employerReadRoles.includes(role);
export const mayWriteOffers = (role: Role) => employerWriteRoles.includes(role);

const occupationLanguages = ['fr', 'en', 'es', 'ar', 'uk'] as const;
/** The occupation and its national equivalents are named in the reader's language. */
function readerLanguage(): (typeof occupationLanguages)[number] {
  const language = currentLanguage();
  return (occupationLanguages as readonly string[]).includes(language)
    ? (language as (typeof occupationLanguages)[number])
    : 'en';
}

const fetchOffers = (query: OffersQuery, signal?: AbortSignal) => call(listOffersRoute, { query, signal });
const fetchOffer = (id: string, signal?: AbortSignal) =>
  call(getOfferRoute, { params: { id }, query: { lang: readerLanguage() }, signal });

export function useOffers(query: OffersQuery, enabled = true) {
  const session = useSession();
  return useQuery({
    queryKey: ['offers', session.organization.id, query],
    queryFn: ({ signal }) => fetchOffers(query, signal),
    placeholderData: keepPreviousData,
    meta: { inlineErrors: true },
    enabled,
  });
}

export function useOffer(id: string) {
  const language = readerLanguage();
  return useQuery({
    queryKey: ['offer', id, language],
    queryFn: ({ signal }) => fetchOffer(id, signal),
    meta: { inlineErrors: true },
    retry: false,
  });
}

function useOfferMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineErrors: true },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['offers'] }),
        queryClient.invalidateQueries({ queryKey: ['offer'] }),
      ]);
    },
  });
}

export function useCreateOffer() {
  return useOfferMutation((body: OfferBody) => call(createOfferRoute, { body }));
}

export function useChangeOffer(id: string) {
  return useOfferMutation(({ employerId: _employer, ...body }: OfferBody) =>
    call(changeOfferRoute, { params: { id }, body }),
  );
}

export function useChangeOfferStatus(id: string) {
  return useOfferMutation((status: SettableOfferStatus) =>
    call(changeOfferStatusRoute, { params: { id }, body: { status } }),
  );
}

export type ImportReport = Awaited<ReturnType<typeof importFile>>;

const importFile = (file: File, dryRun: boolean) =>
  upload(importOffersRoute, {
    query: { dryRun: dryRun ? 'true' : 'false', fileName: file.name.slice(0, 300) },
    file,
  });

/** Sends an employers-and-offers file: a dry run first, then the import itself. */
export function useImportOffers() {
  return useOfferMutation(({ file, dryRun }: { file: File; dryRun: boolean }) => importFile(file, dryRun));
}
