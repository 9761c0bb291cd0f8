import { addMonths } from './dates.js';
import { type ExitEvidenceKind, type ExitOutcome, familyOf, isFixedTerm } from './vocabulary.js';

export interface ExitFacts {
  outcome: ExitOutcome;
  exitOn: string;
  contractStartOn: string | null;
  contractEndOn: string | null;
  region: string | null;
  credentialObtained: { name: string; obtainedOn: string } | null;
  evidence: {
    kind: ExitEvidenceKind;
    placementId: string | null;
    documentId: string | null;
    trainingName: string | null;
  };
}

export interface ExitRefusal {
  field: string;
  code: string;
}

/**
 * What does not fit in an exit as written, before anything is read: the exit on or after the entry,
 * contract dates only for a contract (and in order), a region for a move to a region, and the
 * evidence naming what it rests on.
 */
export function exitRefusals(facts: ExitFacts, enrolledOn: string): ExitRefusal[] {
  const refusals: ExitRefusal[] = [];
  if (facts.exitOn < enrolledOn) refusals.push({ field: 'exitOn', code: 'before_enrolment' });
  const contract = isFixedTerm(facts.outcome) || familyOf(facts.outcome) === 'employment';
  if (!contract && (facts.contractStartOn || facts.contractEndOn))
    refusals.push({ field: 'contractStartOn', code: 'no_contract_for_outcome' });
  if (facts.contractEndOn && !isFixedTerm(facts.outcome))
    refusals.push({ field: 'contractEndOn', code: 'open_ended_contract_has_no_end' });
  if (facts.contractStartOn && facts.contractEndOn && facts.contractEndOn < facts.contractStartOn)
    refusals.push({ field: 'contractEndOn', code: 'end_before_start' });
  if (facts.outcome === 'moved_to_region' && !facts.region)
    refusals.push({ field: 'region', code: 'region_required' });
  if (facts.outcome !== 'moved_to_region' && facts.region)
    refusals.push({ field: 'region', code: 'region_only_for_move' });
  if (facts.credentialObtained && facts.credentialObtained.obtainedOn < enrolledOn)
    refusals.push({ field: 'credentialObtained.obtainedOn', code: 'credential_before_enrolment' });
  const { evidence } = facts;
  const needs: Record<ExitEvidenceKind, keyof ExitFacts['evidence'] | null> = {
    placement: 'placementId',
    document: 'documentId',
    training: 'trainingName',
    declaration: null,
  };
  const needed = needs[evidence.kind];
  if (needed && !evidence[needed]) refusals.push({ field: `evidence.${needed}`, code: 'evidence_missing' });
  for (const other of ['placementId', 'documentId', 'trainingName'] as const)
    if (other !== needed && evidence[other])
      refusals.push({ field: `evidence.${other}`, code: 'evidence_not_of_kind' });
  if (evidence.kind === 'placement' && familyOf(facts.outcome) !== 'employment')
    refusals.push({ field: 'evidence.kind', code: 'placement_for_employment_only' });
  return refusals;
}

/** The follow-up moments after an exit: one per month count, due that many months after the exit. */
export function followUpSchedule(exitOn: string, months: readonly number[]) {
  return [...new Set(months)].sort((a, b) => a - b).map((m) => ({ months: m, dueOn: addMonths(exitOn, m) }));
}

/** No one follows up the deceased, people who left the country or are in an institution. */
export const followedUpAfter = (outcome: ExitOutcome) => familyOf(outcome) !== 'exclusion';
