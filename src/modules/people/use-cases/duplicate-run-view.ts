import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import type { RunRow } from '../adapters/duplicate-runs-repository.js';

export { duplicateRunRoles } from '../domain/merge-roles.js';

/** A run as the coordination sees it: its progress and figures by pair of members, never a file. */
export async function presentRuns(db: Executor, runs: readonly RunRow[]) {
  const organizations = organizationsApi(db);
  const names = new Map<string, string>();
  const nameOf = async (id: string, consortium = false) => {
    if (!names.has(id))
      names.set(
        id,
        (consortium ? await organizations.findConsortium(id) : await organizations.findOrganization(id))
          ?.name ?? '',
      );
    return { id, name: names.get(id)! };
  };
  const shown = [];
  for (const run of runs) {
    const figures = [];
    for (const figure of run.figures)
      figures.push({
        first: await nameOf(figure.first),
        second: await nameOf(figure.second),
        pairs: figure.pairs,
      });
    shown.push({
      id: run.id,
      consortium: await nameOf(run.consortiumId, true),
      status: run.status,
      requestedAt: run.requestedAt.toISOString(),
      startedAt: run.startedAt?.toISOString() ?? null,
      finishedAt: run.finishedAt?.toISOString() ?? null,
      comparedPairs: run.comparedPairs,
      scoredPairs: run.scoredPairs,
      foundPairs: run.foundPairs,
      phase: run.phase,
      readKeys: run.readKeys,
      totalKeys: run.totalKeys,
      figures,
    });
  }
  return shown;
}
