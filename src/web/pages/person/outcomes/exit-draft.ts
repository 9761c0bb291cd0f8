import { addMonths } from '../../../../core/calendar.js';
import type { ContractType } from '../../../../modules/offers/domain/contract-types.js';
import { isFixedTerm } from '../../../../modules/outcomes/domain/vocabulary.js';
import { addDays } from '../../../../modules/placements/domain/contract-rules.js';
import type { ExitBody, ExitEvidenceKind, ExitOutcome, ExitView } from '../../../api/outcomes.js';
import type { PlacementView } from '../../../api/placements.js';

/** The exit form as it is being filled in: texts as typed, '' for nothing chosen. */
export interface ExitDraft {
  outcome: ExitOutcome | '';
  exitOn: string;
  contractStartOn: string;
  contractEndOn: string;
  /** A contract's length in months, only to fill in its last day. */
  months: number | string;
  region: string;
  hasCredential: boolean;
  credentialName: string;
  credentialOn: string;
  evidenceKind: ExitEvidenceKind;
  placementId: string;
  documentId: string;
  trainingName: string;
  note: string;
  correctionReason: string;
}

/** A new exit starts today on the person's word; a correction starts from the version it replaces. */
export function exitDraftOf(previous: ExitView | null, today: string): ExitDraft {
  return {
    outcome: previous?.outcome ?? '',
    exitOn: previous?.exitOn ?? today,
    contractStartOn: previous?.contractStartOn ?? '',
    contractEndOn: previous?.contractEndOn ?? '',
    months: '',
    region: previous?.region ?? '',
    hasCredential: previous?.credentialObtained != null,
    credentialName: previous?.credentialObtained?.name ?? '',
    credentialOn: previous?.credentialObtained?.obtainedOn ?? '',
    evidenceKind: previous?.evidence.kind ?? 'declaration',
    placementId: previous?.evidence.placementId ?? '',
    documentId: previous?.evidence.documentId ?? '',
    trainingName: previous?.evidence.trainingName ?? '',
    note: previous?.note ?? '',
    correctionReason: '',
  };
}

export const isFixedTermDraft = (draft: ExitDraft) => draft.outcome !== '' && isFixedTerm(draft.outcome);

/** A contract's length fills in its last day: 5 months from 2 March end on 1 August. */
export function contractEndAfter(start: string, length: number | string): string | null {
  return start && typeof length === 'number' && length > 0 ? addDays(addMonths(start, length), -1) : null;
}

/** The exit outcome a contract of the file stands for (an internship stands for none). */
const outcomeOfContract: Partial<Record<ContractType, ExitOutcome>> = {
  cdi: 'permanent_contract',
  permanent: 'permanent_contract',
  cdd: 'fixed_term_contract',
  seasonal: 'fixed_term_contract',
  temporary: 'fixed_term_contract',
  interim: 'temporary_work',
  siae_insertion: 'insertion_contract',
  subsidised: 'subsidised_contract',
  apprenticeship: 'apprenticeship',
};

/** The exit resting on a placement of the file takes its outcome and its contract's dates. */
export function withPlacement(draft: ExitDraft, placement: PlacementView | undefined): ExitDraft {
  if (!placement) return { ...draft, placementId: '' };
  return {
    ...draft,
    placementId: placement.id,
    outcome: outcomeOfContract[placement.contractType] ?? draft.outcome,
    contractStartOn: placement.startsOn,
    contractEndOn: placement.endsOn ?? placement.plannedEndOn ?? '',
    months: '',
  };
}

const textOrNull = (value: string) => (value.trim() ? value.trim() : null);

/** What is sent: only the facts the outcome and the evidence's kind ask for. */
export function exitBodyOf(draft: ExitDraft): ExitBody {
  const fixedTerm = isFixedTermDraft(draft);
  const kind = draft.evidenceKind;
  return {
    outcome: draft.outcome as ExitOutcome,
    exitOn: draft.exitOn,
    contractStartOn: fixedTerm ? draft.contractStartOn || null : null,
    contractEndOn: fixedTerm ? draft.contractEndOn || null : null,
    region: draft.outcome === 'moved_to_region' ? textOrNull(draft.region) : null,
    credentialObtained: draft.hasCredential
      ? { name: draft.credentialName.trim(), obtainedOn: draft.credentialOn }
      : null,
    evidence: {
      kind,
      placementId: kind === 'placement' ? draft.placementId || null : null,
      documentId: kind === 'document' ? draft.documentId || null : null,
      trainingName: kind === 'training' ? textOrNull(draft.trainingName) : null,
    },
    note: textOrNull(draft.note),
  };
}
