/** The outcomes module's part in the person's rights (export, anonymization). */
import type { Executor } from '../../core/db/types.js';
import { exitsRepository } from './adapters/exits-repository.js';
import { followUpsRepository } from './adapters/follow-ups-repository.js';

/** The person's exits (every version) and follow-ups after exit with their answers. */
export async function personDataFor(db: Executor, organizationId: string, personId: string) {
  const [exits, followUps] = await Promise.all([
    exitsRepository(db).exitsOfPerson(personId, organizationId),
    followUpsRepository(db).ofPerson(personId, organizationId),
  ]);
  return {
    exits: exits.map((e) => ({
      id: e.id,
      enrolmentId: e.enrolmentId,
      outcome: e.outcome,
      exitOn: e.exitOn,
      contract: e.contractStartOn ? { startOn: e.contractStartOn, endOn: e.contractEndOn } : null,
      region: e.region,
      credential: e.credentialObtainedOn
        ? { name: e.credentialName, obtainedOn: e.credentialObtainedOn }
        : null,
      evidence: e.evidenceKind,
      note: e.note,
      verdict: e.verdict,
      ruleVersion: e.ruleVersion,
      recordedAt: e.recordedAt.toISOString(),
      correctedAt: e.supersededAt?.toISOString() ?? null,
      correctionReason: e.correctionReason,
    })),
    followUps: followUps.map((f) => ({
      months: f.months,
      dueOn: f.dueOn,
      status: f.status,
      answeredOn: f.answeredOn,
      answeredVia: f.answeredVia,
      answer: f.answer,
    })),
  };
}

/** Texts go, every figure stays. Returns the rows changed. */
export async function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  const exits = await exitsRepository(db).clearTextsOfPerson(organizationId, personId);
  const attempts = await followUpsRepository(db).clearTextsOfPerson(organizationId, personId);
  return exits + attempts;
}
