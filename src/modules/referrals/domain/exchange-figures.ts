/**
 * Figures of what organizations send each other — referrals, and hand-offs of the accompaniment — over a
 * period (docs/referrals.md, docs/handoffs.md). Counts only: no person, no referral is named.
 *
 * `aggregateExchanges` is the definition, over plain facts; the repositories compute the same aggregates
 * in SQL (`adapters/exchange-aggregates.ts`), and a test checks one against the other on both engines.
 * `publishExchangeFigures` then suppresses the small cells (the outcomes module's rule, through its api).
 */

/** What the figures read of one referral or hand-off. */
export interface ExchangeFact {
  senderId: string;
  /** null: a service of the partner directory, outside the platform (referrals only). */
  receiverId: string | null;
  /** The program it was made in (a hand-off's: that of the enrolment it carries on); null: none. */
  programId: string | null;
  /** The purpose of a referral, the reason of a hand-off. */
  category: string;
  status: string;
  declineReason: string | null;
  sentAt: Date;
  /** When the receiver answered (accepted or declined); null while nobody did, or when withdrawn unanswered. */
  answeredAt: Date | null;
  /** When it was withdrawn without an answer; null otherwise. */
  closedAt: Date | null;
}

export interface ExchangeSelection {
  /** The program whose figures are read: only what was made in it counts. */
  programId: string;
  /** The period's first instant (included) and the instant after its last day (excluded). */
  start: Date;
  end: Date;
  /** The organizations whose figures are read: a fact counts when one of them sent or received it. */
  organizationIds: readonly string[];
  /** Each sender's reminder delay in days (organizations' setting, migration 0086). */
  delayOf: ReadonlyMap<string, number>;
  /** The delay of a sender absent from `delayOf`. */
  defaultDelay: number;
  /** The moment of the reading: an unanswered one is due once its sender's delay has run out by then. */
  now: Date;
}

export interface ExchangeAggregates {
  /** Those of the period and organizations made in no program: counted in no program's figures. */
  withoutProgram: number;
  /** How many, by category and outcome column (`outcomeColumn`). Only non-zero counts. */
  cells: { category: string; column: string; count: number }[];
  /** Per organization of the selection that sent or received any: to organizations, to services, received. */
  organizations: { organizationId: string; sent: number; sentToServices: number; received: number }[];
  /**
   * Answers of organizations of the platform: per receiving organization of the selection (those with one
   * at least), and over all (receiverId null, always present). `medianDays` over the answered, in days;
   * `due`: answered, or unanswered past the sender's delay (by now, or by its withdrawal);
   * `withinDelay`: answered within the sender's delay.
   */
  answers: {
    receiverId: string | null;
    answered: number;
    medianDays: number | null;
    due: number;
    withinDelay: number;
  }[];
}

const dayMs = 86_400_000;

/** The column of an outcome: its status, or a declined one's reason (`declined:no_capacity`). */
export const outcomeColumn = (status: string, declineReason: string | null) =>
  status === 'declined' ? `declined:${declineReason ?? 'other'}` : status;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function aggregateExchanges(
  facts: readonly ExchangeFact[],
  selection: ExchangeSelection,
): ExchangeAggregates {
  const scope = new Set(selection.organizationIds);
  const inView = facts.filter(
    (f) =>
      f.sentAt >= selection.start &&
      f.sentAt < selection.end &&
      (scope.has(f.senderId) || (f.receiverId !== null && scope.has(f.receiverId))),
  );
  const chosen = inView.filter((f) => f.programId === selection.programId);
  const cells = new Map<string, { category: string; column: string; count: number }>();
  for (const f of chosen) {
    const column = outcomeColumn(f.status, f.declineReason);
    const key = `${f.category}\u0000${column}`;
    const cell = cells.get(key) ?? { category: f.category, column, count: 0 };
    cell.count += 1;
    cells.set(key, cell);
  }
  const organizations = selection.organizationIds
    .map((organizationId) => ({
      organizationId,
      sent: chosen.filter((f) => f.senderId === organizationId && f.receiverId !== null).length,
      sentToServices: chosen.filter((f) => f.senderId === organizationId && f.receiverId === null).length,
      received: chosen.filter((f) => f.receiverId === organizationId).length,
    }))
    .filter((o) => o.sent + o.sentToServices + o.received > 0);
  const delayMs = (f: ExchangeFact) => (selection.delayOf.get(f.senderId) ?? selection.defaultDelay) * dayMs;
  const answersOf = (receiverId: string | null, toOrganizations: readonly ExchangeFact[]) => {
    const answered = toOrganizations.filter((f) => f.answeredAt !== null);
    const waited = (f: ExchangeFact) =>
      (f.answeredAt ?? f.closedAt ?? selection.now).getTime() - f.sentAt.getTime();
    return {
      receiverId,
      answered: answered.length,
      medianDays: median(answered.map((f) => waited(f) / dayMs)),
      due: toOrganizations.filter((f) => f.answeredAt !== null || waited(f) >= delayMs(f)).length,
      withinDelay: answered.filter((f) => waited(f) <= delayMs(f)).length,
    };
  };
  const toOrganizations = chosen.filter((f) => f.receiverId !== null);
  const receivers = selection.organizationIds.filter((id) =>
    toOrganizations.some((f) => f.receiverId === id),
  );
  return {
    withoutProgram: inView.filter((f) => f.programId === null).length,
    cells: [...cells.values()],
    organizations,
    answers: [
      answersOf(null, toOrganizations),
      ...receivers.map((id) =>
        answersOf(
          id,
          toOrganizations.filter((f) => f.receiverId === id),
        ),
      ),
    ],
  };
}

/** The aggregates in one order, to compare two computations of them. */
export function sortedAggregates(aggregates: ExchangeAggregates): ExchangeAggregates {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    withoutProgram: aggregates.withoutProgram,
    cells: [...aggregates.cells].sort((a, b) => byText(a.category, b.category) || byText(a.column, b.column)),
    organizations: [...aggregates.organizations].sort((a, b) => byText(a.organizationId, b.organizationId)),
    answers: [...aggregates.answers].sort((a, b) => byText(a.receiverId ?? '', b.receiverId ?? '')),
  };
}
