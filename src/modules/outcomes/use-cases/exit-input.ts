import type { z } from 'zod';
import type { exitFields } from '../../../contracts/outcomes.js';
import type { Executor } from '../../../core/db/types.js';
import { documentBelongsTo } from '../../documents/api.js';
import { type ExitFacts, exitRefusals } from '../domain/exit-facts.js';
import { outcomeErrors } from '../errors.js';

/** The facts of an exit as the contract gives them, checked together and against the person's documents. */
export async function checkedExitFacts(
  db: Executor,
  input: z.infer<typeof exitFields>,
  scope: { organizationId: string; personId: string; enrolledOn: string },
): Promise<ExitFacts> {
  const facts: ExitFacts = {
    outcome: input.outcome,
    exitOn: input.exitOn,
    contractStartOn: input.contractStartOn ?? null,
    contractEndOn: input.contractEndOn ?? null,
    region: input.region ?? null,
    credentialObtained: input.credentialObtained ?? null,
    evidence: {
      kind: input.evidence.kind,
      placementId: input.evidence.placementId ?? null,
      documentId: input.evidence.documentId ?? null,
      trainingName: input.evidence.trainingName ?? null,
    },
  };
  const refusals = exitRefusals(facts, scope.enrolledOn);
  if (
    refusals.length === 0 &&
    facts.evidence.documentId &&
    !(await documentBelongsTo(db, facts.evidence.documentId, scope.organizationId, scope.personId))
  )
    refusals.push({ field: 'evidence.documentId', code: 'document_not_of_person' });
  if (refusals.length > 0)
    throw outcomeErrors.incoherent(
      { code: refusals[0]?.code ?? '' },
      refusals.map((r) => ({ path: `body.${r.field}`, code: r.code })),
    );
  return facts;
}
