/**
 * Who may take part in a fund: an organization that shares a consortium with the operator, as a member
 * or as its coordinator. Anything else (an unknown id, an unrelated organization) is refused, the same
 * way for both, so that the answer does not tell which organizations exist.
 */
export interface ConsortiumTies {
  /** Every organization of every consortium the operator belongs to or coordinates, coordinators included. */
  partnersOfOperator: ReadonlySet<string>;
}

/** The requested participants, deduplicated, without the operator itself (it runs the fund anyway). */
export function requestedParticipants(operatorId: string, requested: readonly string[]): string[] {
  return [...new Set(requested)].filter((id) => id !== operatorId);
}

/** The requested participants the operator may not name, in the order they were given. */
export function ineligibleParticipants(
  operatorId: string,
  requested: readonly string[],
  ties: ConsortiumTies,
): string[] {
  return requestedParticipants(operatorId, requested).filter((id) => !ties.partnersOfOperator.has(id));
}
