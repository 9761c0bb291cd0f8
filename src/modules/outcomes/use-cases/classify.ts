import type { Executor } from '../../../core/db/types.js';
import { placementForExit } from '../../placements/api.js';
import {
  credentialFieldsOfPeople,
  jobOccupationFootprint,
  type OccupationFootprint,
} from '../../recognition/api.js';
import { exitsRepository } from '../adapters/exits-repository.js';
import { classifyExit, ruleInForce } from '../domain/classify-exit.js';
import type { ExitFacts } from '../domain/exit-facts.js';
import { defaultFollowUpMonths, isFixedTerm } from '../domain/vocabulary.js';
import { outcomeErrors } from '../errors.js';

/**
 * An exit's facts completed from its placement (the contract's dates when the counselor left them
 * out) and classified under the program's rule version in force on the exit date. The placement
 * must be the person's, in the organization. When the version asks for a credential or for the job to
 * be in its field, the credentials the person obtained by the exit day through a recognition case are
 * read through the recognition module's api, with the fields they open; the job's occupation is the
 * placement's (an exit resting on no placement names no job: its field is unknown).
 */
export async function classifiedExit(
  db: Executor,
  scope: { organizationId: string; personId: string; programId: string },
  facts: ExitFacts,
) {
  let levels: { jobSkillLevel: number | null; personSkillLevel: number | null } = {
    jobSkillLevel: null,
    personSkillLevel: null,
  };
  let jobOccupation: OccupationFootprint | null = null;
  let completed = facts;
  if (facts.evidence.kind === 'placement' && facts.evidence.placementId) {
    const placement = await placementForExit(db, facts.evidence.placementId, scope.organizationId);
    if (!placement || placement.personId !== scope.personId)
      throw outcomeErrors.incoherent({ code: 'placement_not_of_person' }, [
        { path: 'body.evidence.placementId', code: 'placement_not_of_person' },
      ]);
    levels = placement;
    jobOccupation = jobOccupationFootprint(placement);
    completed = {
      ...facts,
      contractStartOn: facts.contractStartOn ?? placement.startsOn,
      contractEndOn: facts.contractEndOn ?? (isFixedTerm(facts.outcome) ? placement.endsOn : null),
    };
  }
  const versions = await exitsRepository(db).ruleVersions(scope.programId);
  const version = ruleInForce(versions, completed.exitOn);
  const asksCredential = !!version && (version.rule.requireCredential || version.rule.requireEmployedInField);
  const recognised = asksCredential
    ? (await credentialFieldsOfPeople(db, [scope.personId])).filter((c) => c.obtainedOn <= completed.exitOn)
    : [];
  const classification = classifyExit(version, {
    outcome: completed.outcome,
    contractStartOn: completed.contractStartOn,
    contractEndOn: completed.contractEndOn,
    jobSkillLevel: levels.jobSkillLevel,
    personSkillLevel: levels.personSkillLevel,
    credentialObtained: completed.credentialObtained !== null || recognised.length > 0,
    jobOccupation,
    credentialOccupations: recognised.map((c) => c.field),
  });
  return {
    facts: completed,
    classification,
    ruleVersionId: version?.id ?? null,
    followUpMonths: version?.rule.followUpMonths ?? [...defaultFollowUpMonths],
  };
}

/** The stored exit of classified facts (recorded, or a correction's new version). */
export function exitRecordOf(
  id: string,
  scope: { organizationId: string; enrolmentId: string; programId: string; personId: string },
  classified: Awaited<ReturnType<typeof classifiedExit>>,
  written: { note: string | null; recordedBy: string; recordedAt: Date },
) {
  const { facts, classification } = classified;
  return {
    id,
    ...scope,
    outcome: facts.outcome,
    exitOn: facts.exitOn,
    contractStartOn: facts.contractStartOn,
    contractEndOn: facts.contractEndOn,
    region: facts.region,
    credentialName: facts.credentialObtained?.name ?? null,
    credentialObtainedOn: facts.credentialObtained?.obtainedOn ?? null,
    evidenceKind: facts.evidence.kind,
    placementId: facts.evidence.placementId,
    documentId: facts.evidence.documentId,
    trainingName: facts.evidence.trainingName,
    verdict: classification.verdict,
    verdictReason: classification.reason,
    ruleVersionId: classified.ruleVersionId,
    ruleVersion: classification.ruleVersion,
    ...written,
  };
}
