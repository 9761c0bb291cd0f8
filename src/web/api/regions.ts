import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../contracts/define.js';
import { listRegionsRoute, readRegionRoute } from '../../contracts/regions.js';
import { personDataRoles, type Role } from '../../core/auth/roles.js';
import { call } from './client.js';

export type RegionSummary = Output<typeof listRegionsRoute>['items'][number];
export type RegionDetail = Output<typeof readRegionRoute>;

export const regionCountries = ['CA', 'FR', 'US'] as const;
export type RegionCountry = (typeof regionCountries)[number];

/** Who reads the regions pages: staff who work with files (the server checks the same list). */
export const mayReadRegions = (role: Role) => personDataRoles.includes(role);

/** The regions of Québec with the partners covering each for the reader's consortia. */
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => call(listRegionsRoute, { signal }),
    meta: { inlineErrors: true },
    staleTime: 5 * 60_000,
  });
}

/** One region: its partners, coming Info-Emploi presentations, employers and open offers there. */
export function useRegion(country: RegionCountry, code: string) {
  return useQuery({
    queryKey: ['region', country, code],
    queryFn: ({ signal }) => call(readRegionRoute, { params: { country, code }, signal }),
    meta: { inlineErrors: true },
    retry: false,
  });
}
