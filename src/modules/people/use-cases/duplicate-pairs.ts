import { duplicatePairsQuery } from '../../../contracts/duplicates.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { differentPairsOf } from '../adapters/duplicate-decisions-repository.js';
import { comparableFiles, duplicatePairsOfOrganization } from '../adapters/duplicate-keys-repository.js';
import { shippedNameVariants } from '../adapters/name-variants-file.js';
import { batchPairScorer } from '../domain/duplicate-batch.js';

/** Files read per statement: well under the protocol's limit on parameters. */
const filesPerRead = 5_000;

/**
 * The batch run over the actor's organization: pairs of its files sharing a blocking key, each scored by
 * the duplicate rule; the pairs it takes for one person, best first, with their reasons, pairs someone
 * decided were different left out, restricted and anonymized files never. Each file is read once
 * whatever the number of its pairs. Only the organization's own files: across a consortium the rule
 * answers yes or no to one person's search, never a list (docs/duplicates.md). Audited with counts.
 */
export const listDuplicatePairs = defineUseCase(duplicatePairsQuery, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, personDataRoles);
  const organizationId = actor.organizationId;
  const pairs = await duplicatePairsOfOrganization(trx, organizationId);
  const ids = [...new Set(pairs.flatMap((p) => [p.first, p.second]))];
  const variants = shippedNameVariants();
  const files = new Map<string, Awaited<ReturnType<typeof comparableFiles>>[number]>();
  for (let from = 0; from < ids.length; from += filesPerRead)
    for (const file of await comparableFiles(trx, organizationId, ids.slice(from, from + filesPerRead)))
      files.set(file.id, file);
  const scorer = batchPairScorer(variants);
  const different = await differentPairsOf(trx, organizationId);
  const found = pairs
    .filter((p) => !different.has(`${p.first}|${p.second}`))
    .flatMap((p) => {
      const a = files.get(p.first);
      const b = files.get(p.second);
      const score = a && b ? scorer.score(a, b) : null;
      return a && b && score ? [{ a, b, score }] : [];
    })
    .sort(
      (x, y) => y.score.score - x.score.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id),
    );
  await audit.record({
    actorUserId: actor.userId,
    organizationId,
    subjectOrganizationId: organizationId,
    action: 'person.duplicate_batch',
    resourceType: 'person',
    resourceId: null,
    requestId: ctx.requestId,
    details: { comparedPairs: pairs.length, foundPairs: found.length },
  });
  const shown = (file: (typeof found)[number]['a']) => ({
    id: file.id,
    givenName: file.givenName,
    familyName: file.familyName,
    givenNameOriginal: file.givenNameOriginal,
    familyNameOriginal: file.familyNameOriginal,
    birthDate: file.birthDate,
  });
  return {
    pairs: found.slice(0, input.limit).map(({ a, b, score }) => ({
      first: shown(a),
      second: shown(b),
      reasons: score.reasons,
      score: score.score,
    })),
    comparedPairs: pairs.length,
    foundPairs: found.length,
  };
});
