/**
 * The life of a job application, after "Les emplois de l'inclusion": a counselor proposes a person for
 * an offer, sends their file to the employer, the employer meets them, then hires or refuses them; the
 * person or the counselor may withdraw it at any time before the end. Hired, refused and withdrawn are
 * final: a new try is a new application.
 */
export const applicationStates = ['proposed', 'sent', 'interview', 'hired', 'refused', 'withdrawn'] as const;
export type ApplicationState = (typeof applicationStates)[number];

/** The states in which an application is still going on: one of these per person and offer at most. */
export const liveApplicationStates = [
  'proposed',
  'sent',
  'interview',
] as const satisfies readonly ApplicationState[];
export type LiveApplicationState = (typeof liveApplicationStates)[number];

export const finalApplicationStates = [
  'hired',
  'refused',
  'withdrawn',
] as const satisfies readonly ApplicationState[];

/** Where each state may go. Hired only once the employer has the file (sent or interview). */
export const applicationMoves: Readonly<Record<ApplicationState, readonly ApplicationState[]>> = {
  proposed: ['sent', 'refused', 'withdrawn'],
  sent: ['interview', 'hired', 'refused', 'withdrawn'],
  interview: ['hired', 'refused', 'withdrawn'],
  hired: [],
  refused: [],
  withdrawn: [],
};

export function isLive(state: ApplicationState): state is LiveApplicationState {
  return (liveApplicationStates as readonly ApplicationState[]).includes(state);
}

export function mayMove(from: ApplicationState, to: ApplicationState): boolean {
  return applicationMoves[from].includes(to);
}

/** Whether a placement may record this application as its hire. */
export function isHireable(state: ApplicationState): boolean {
  return mayMove(state, 'hired');
}

export type MoveRefusal =
  | 'same_state'
  | 'final_state'
  | 'not_allowed'
  | 'hire_needs_placement'
  | 'reason_required'
  | 'reason_not_expected'
  | 'reason_not_of_party';

export interface RequestedMove {
  to: ApplicationState;
  refusal?: { reason: string; by: RefusalParty } | null;
}

/**
 * Why a move asked for by hand is refused, or null when it may be done. "Hired" is never moved by
 * hand: it comes with the placement that records the contract (`markApplicationHired`).
 */
export function moveRefusal(from: ApplicationState, move: RequestedMove): MoveRefusal | null {
  if (from === move.to) return 'same_state';
  if (applicationMoves[from].length === 0) return 'final_state';
  if (!mayMove(from, move.to)) return 'not_allowed';
  if (move.to === 'hired') return 'hire_needs_placement';
  if (move.to === 'refused') {
    if (!move.refusal) return 'reason_required';
    const reason = refusalReasonOf(move.refusal.reason);
    if (!reason?.parties.includes(move.refusal.by)) return 'reason_not_of_party';
    return null;
  }
  if (move.refusal) return 'reason_not_expected';
  return null;
}

// ——— Refusal reasons ———

export const refusalParties = ['employer', 'person'] as const;
export type RefusalParty = (typeof refusalParties)[number];

export interface RefusalReason {
  code: string;
  /** Who may give this reason. */
  parties: readonly RefusalParty[];
  /**
   * Whether the reason may be told to the person as it is. Some reasons are for the professionals only
   * (an employer who judges the person not ready, a doubt on eligibility); the person then reads that
   * the employer did not follow up, without the reason.
   */
  sharedWithPerson: boolean;
}

/** The coded refusal reasons, after the catalogue of "Les emplois de l'inclusion". */
export const refusalReasons = [
  { code: 'position_filled', parties: ['employer'], sharedWithPerson: true },
  { code: 'lacking_experience', parties: ['employer'], sharedWithPerson: true },
  { code: 'lacking_qualification', parties: ['employer'], sharedWithPerson: true },
  { code: 'language_level', parties: ['employer'], sharedWithPerson: true },
  { code: 'did_not_come', parties: ['employer'], sharedWithPerson: true },
  { code: 'unreachable', parties: ['employer'], sharedWithPerson: true },
  { code: 'incompatible_constraints', parties: ['employer', 'person'], sharedWithPerson: true },
  { code: 'not_ready', parties: ['employer'], sharedWithPerson: false },
  { code: 'eligibility_doubt', parties: ['employer'], sharedWithPerson: false },
  { code: 'other_candidate_preferred', parties: ['employer'], sharedWithPerson: false },
  { code: 'not_interested', parties: ['person'], sharedWithPerson: true },
  { code: 'pay_or_hours', parties: ['person'], sharedWithPerson: true },
  { code: 'too_far', parties: ['person'], sharedWithPerson: true },
  { code: 'found_other_job', parties: ['person'], sharedWithPerson: true },
  { code: 'other', parties: ['employer', 'person'], sharedWithPerson: false },
] as const satisfies readonly RefusalReason[];

export type RefusalReasonCode = (typeof refusalReasons)[number]['code'];
export const refusalReasonCodes = refusalReasons.map((r) => r.code) as [
  RefusalReasonCode,
  ...RefusalReasonCode[],
];

export function refusalReasonOf(code: string): RefusalReason | undefined {
  return (refusalReasons as readonly RefusalReason[]).find((r) => r.code === code);
}

/** What the person may be told of a refusal: the reason when it is shareable, else none. */
export function reasonForPerson(code: string): string | null {
  return refusalReasonOf(code)?.sharedWithPerson ? code : null;
}
