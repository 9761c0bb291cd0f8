import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { dayBoundsInZone } from '../../../core/time-zone.js';
import { defaultReminderDelays, organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { type ExchangeFactsQuery, exchangeAggregates, sendersOf } from '../adapters/exchange-aggregates.js';
import { type ExchangeVocabulary, publishExchangeFigures } from './publish-exchange-figures.js';

/**
 * A program's figures of referrals or hand-offs over a period of days (the reader's organization's
 * days): counted from the facts of the organizations taking part — every one of them for those who steer
 * the program (its owner, the consortium's coordinating organization), the reader's own otherwise — and
 * published with small cells suppressed. undefined when the reader's organization takes no part in the
 * program (the caller answers 404). Used by the referrals' and the hand-offs' figures alike.
 */
export async function exchangeFiguresOfProgram<C extends string>(
  db: Executor,
  actor: Actor,
  request: {
    programId: string;
    from: string;
    to: string;
    facts: ExchangeFactsQuery;
    delay: 'referralDays' | 'handoffDays';
    vocabulary: ExchangeVocabulary<C>;
    now: Date;
  },
) {
  const program = await programForFigures(db, actor, request.programId);
  if (!program) return undefined;
  const organizations = organizationsApi(db);
  const scope = program.steers
    ? program.organizations
    : program.organizations.filter((o) => o.id === actor.organizationId);
  const organizationIds = scope.length > 0 ? scope.map((o) => o.id) : [actor.organizationId];
  const zone = await organizations.timeZoneOf(actor.organizationId);
  const selection = {
    programId: program.id,
    start: dayBoundsInZone(request.from, zone).start,
    end: dayBoundsInZone(request.to, zone).end,
    organizationIds,
  };
  const senders = await sendersOf(db, request.facts, selection);
  const delays = await organizations.reminderDelaysOf(senders);
  const aggregates = await exchangeAggregates(db, request.facts, {
    ...selection,
    delayOf: new Map([...delays].map(([id, d]) => [id, d[request.delay]])),
    defaultDelay: defaultReminderDelays[request.delay],
    now: request.now,
  });
  const published = publishExchangeFigures(aggregates, request.vocabulary);
  const nameOf = new Map(program.organizations.map((o) => [o.id, o.name]));
  const named = <T extends { organizationId: string }>(rows: T[]) =>
    rows.map((row) => ({ ...row, organizationName: nameOf.get(row.organizationId) ?? '' }));
  return {
    scope: program.steers ? ('program' as const) : ('organization' as const),
    ...published,
    byOrganization: named(published.byOrganization),
    answers: { total: published.answers.total, byOrganization: named(published.answers.byOrganization) },
  };
}
