/** The recognition module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { casesRepository } from './adapters/cases-repository.js';
import { pathwaysRepository } from './adapters/pathways-repository.js';

/** The person's recognition cases kept by the organization, with each step, its costs and the result. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const repository = casesRepository(db);
  const cases = await repository.ofPerson(organizationId, personId);
  const steps = await repository.stepsOf(cases.map((c) => c.id));
  const pathways = pathwaysRepository(db);
  const pathwayOf = new Map(
    await Promise.all(cases.map(async (c) => [c.id, await pathways.find(c.pathwayId)] as const)),
  );
  return {
    cases: cases.map((c) => {
      const pathway = pathwayOf.get(c.id);
      return {
        id: c.id,
        occupation: pathway ? { scheme: pathway.occupationScheme, code: pathway.occupationCode } : null,
        jurisdiction: pathway?.jurisdiction ?? null,
        regulatorName: pathway?.regulatorName ?? null,
        startedOn: c.startedOn,
        note: c.note,
        steps: steps
          .filter((s) => s.caseId === c.id)
          .map((s) => ({
            position: s.position,
            kind: s.kind,
            label: s.labelEn,
            status: s.status,
            startedOn: s.startedOn,
            doneOn: s.doneOn,
            actualCostCents: s.actualCostCents === null ? null : Number(s.actualCostCents),
            currency: s.currency,
            paidBy: s.paidBy,
            loanApplicationId: s.loanApplicationId,
            documentIds: s.documentIds,
            note: s.note,
          })),
        result: c.result
          ? {
              result: c.result,
              decidedOn: c.decidedOn,
              conditions: c.conditions,
              credential: c.credentialKind
                ? { kind: c.credentialKind, name: c.credentialName, obtainedOn: c.credentialObtainedOn }
                : null,
            }
          : null,
        closed: c.closedOn ? { closedOn: c.closedOn, reason: c.closingReason, note: c.closingNote } : null,
      };
    }),
  };
}

/**
 * The cases stay (pathways, statuses, dates, costs, results and credentials are counted) but lose their
 * notes, the conditions' text and the documents' ids. Returns the cases changed.
 */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return casesRepository(db).clearTextsOfPerson(organizationId, personId);
}
