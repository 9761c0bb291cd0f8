/** The relocation aid module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { aidRepository } from './adapters/aid-repository.js';

/** The file's aid requests: what was asked line by line, what was decided, paid and cancelled. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const repo = aidRepository(db);
  const requests = await repo.requestsOfPerson(organizationId, personId);
  const relocationAid = [];
  for (const r of requests) {
    const lines = await repo.linesOfRequest(organizationId, r.id);
    // Payments and a cancellation are rows of the program's owner, which pays (ADR 12).
    const payments = await repo.paymentsOf(r.ownerOrganizationId, r.id);
    const cancellation = await repo.cancellationOf(r.ownerOrganizationId, r.id);
    relocationAid.push({
      id: r.id,
      purpose: r.purpose,
      regionCode: r.regionCode,
      status: r.status,
      filedOn: r.filedOn,
      note: r.note,
      householdSize: r.householdSize,
      lines: lines.map((l) => ({
        kind: l.kind,
        description: l.description,
        amountCents: l.amountCents,
        approvedCents: l.approvedCents,
      })),
      decidedOn: r.decidedOn,
      approvedCents: r.approvedCents,
      refusalReason: r.refusalReason,
      decisionNote: r.decisionNote,
      payments: payments.map((p) => ({
        amountCents: p.amountCents,
        paidOn: p.paidOn,
        method: p.method,
        reversedOn: p.reversedOn,
        reversalReason: p.reversalReason,
      })),
      cancellation: cancellation ?? null,
    });
  }
  return { relocationAid };
}

/**
 * The requests stay (the budget's journal and the household figures need them) but lose their free
 * texts: notes, line descriptions, the decision's note, the reasons of reversals and of a cancellation.
 */
export async function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  const repo = aidRepository(db);
  const requests = await repo.requestsOfPerson(organizationId, personId);
  await repo.eraseTextsOfPerson(organizationId, personId);
  const byOwner = new Map<string, string[]>();
  for (const r of requests)
    byOwner.set(r.ownerOrganizationId, [...(byOwner.get(r.ownerOrganizationId) ?? []), r.id]);
  for (const [owner, ids] of byOwner) await repo.eraseReasons(owner, ids);
  return requests.length;
}
