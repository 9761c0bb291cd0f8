import { sql } from 'kysely';
import { systemContext } from '../src/core/auth/actor.js';
import type { Deps } from '../src/core/use-case.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { createOrganization } from '../src/modules/organizations/use-cases/create-organization.js';
import { generateMatching } from './generate-matching.js';
import { type LoadResult, runLoad } from './load-client.js';

export const matchingOfferCount = Number(process.env.BENCH_OFFERS ?? 500_000);
export const matchingCaseloadSize = Number(process.env.BENCH_MATCHING_CASELOAD ?? 10_000);
const requests = Number(process.env.BENCH_MATCHING_REQUESTS ?? 300);

/**
 * Explainable matching (issue 12): a counselor's organization with 500,000 offers and a caseload of
 * 10,000; the top 20 offers for a person (goal: p95 ≤ 50 ms), then the best people for an offer. One
 * client at a time: the latency a counselor waits, not the server's throughput.
 */
export async function runMatchingBench(deps: Deps, address: string, password: string): Promise<LoadResult[]> {
  const system = systemContext('bench');
  const { id: organizationId } = await createOrganization(deps)(system, {
    name: 'Matching bench',
    kind: 'mission_locale',
    country: 'FR',
  });
  const { userId } = await createStaffAccount(deps)(system, {
    email: 'matching@bench.test',
    displayName: 'Matching counselor',
    role: 'counselor',
    organizationId,
    password,
  });
  const started = performance.now();
  const scene = await generateMatching(deps.db, {
    organizationId,
    referentUserId: userId,
    offerCount: matchingOfferCount,
    caseloadSize: matchingCaseloadSize,
    seed: 23,
  });
  await sql`ANALYZE`.execute(deps.db);
  console.log(
    `Matching: ${matchingOfferCount.toLocaleString('en')} offers and ${matchingCaseloadSize.toLocaleString('en')} people in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'matching@bench.test', password }),
  });
  const headers = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };
  // New organizations ask staff for a second factor: the bench's counselor is taken as having given it.
  await deps.db
    .updateTable('sessions')
    .set({ second_factor_pending: false, second_factor_at: new Date() })
    .where('user_id', '=', userId)
    .execute();
  if (!login.ok)
    console.log(`Matching: log-in answered ${login.status}: ${(await login.text()).slice(0, 300)}`);
  // Warm-up: the occupation graph is read from the shipped files on the first search.
  for (const url of [
    `${address}/api/people/${scene.personIds[0]}/best-offers`,
    `${address}/api/offers/${scene.offerIds[0]}/best-people`,
  ]) {
    const warm = await fetch(url, { headers });
    if (!warm.ok)
      console.log(`Matching: ${url} answered ${warm.status}: ${(await warm.text()).slice(0, 300)}`);
    else await warm.arrayBuffer();
  }
  const results: LoadResult[] = [];
  results.push(
    await runLoad({
      name: `top-20 offers for a person, ${matchingOfferCount.toLocaleString('en')} offers`,
      url: address,
      headers,
      requests: scene.personIds.map((id) => ({
        method: 'GET',
        path: `/api/people/${id}/best-offers?limit=20`,
      })),
      connections: 1,
      amount: requests,
      warmup: 0,
    }),
  );
  results.push(
    await runLoad({
      name: `people for an offer, caseload ${matchingCaseloadSize.toLocaleString('en')}`,
      url: address,
      headers,
      requests: scene.offerIds.map((id) => ({
        method: 'GET',
        path: `/api/offers/${id}/best-people?limit=20`,
      })),
      connections: 1,
      amount: Math.min(requests, 50),
      warmup: 0,
    }),
  );
  return results;
}
