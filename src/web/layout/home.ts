import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { call } from '../api/client.js';
import { sessionQuery } from '../api/session.js';
import { homeFor } from './menu.js';

/**
 * Sends "/" to the role's home (see homeFor). When the home is a list holding a single item — the
 * lender's one fund, the funder's one program — it opens that item: its figures, not a list of one.
 */
export async function goHome(queryClient: QueryClient): Promise<never> {
  const session = await queryClient.ensureQueryData(sessionQuery);
  const home = homeFor(session);
  if (home === '/loan-funds') {
    const { listFundsRoute } = await import('../../contracts/loan-fund.js');
    const funds = await queryClient.fetchQuery({
      queryKey: ['loan-funds', session.organization.id],
      queryFn: async ({ signal }) => (await call(listFundsRoute, { signal })).items,
    });
    if (funds.length === 1)
      throw redirect({
        to: '/loan-funds/$fundId',
        params: { fundId: funds[0]!.id },
        search: {},
        replace: true,
      });
  }
  if (home === '/programs' && session.role === 'funder') {
    const { listProgramsRoute } = await import('../../contracts/programs.js');
    const programs = await queryClient.fetchQuery({
      queryKey: ['programs', session.organization.id],
      queryFn: async ({ signal }) => (await call(listProgramsRoute, { signal })).items,
    });
    if (programs.length === 1)
      throw redirect({ to: '/programs/$programId', params: { programId: programs[0]!.id }, replace: true });
  }
  throw redirect({ to: home, replace: true });
}
