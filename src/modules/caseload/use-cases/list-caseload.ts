import { caseloadQuery } from '../../../contracts/people.js';
import { hasRole, requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles, type Role } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { caseloadAll, caseloadPage } from '../../people/api.js';
import { enrolledPersonIds } from '../../programs/api.js';
import {
  alertsOf,
  compareNextAction,
  compareUrgency,
  nextActionOf,
  noSignals,
  type PersonSignals,
} from '../domain/caseload-signals.js';
import { alertQueries, organizationDayOf, signalsOf } from './caseload-signals.js';

export const listCaseloadInput = caseloadQuery;

/**
 * How many people are ranked one by one by urgency or next action. A counselor's caseload (80–150
 * people), a program's or a search's fit easily; an unfiltered organization of 10,000 does not, and
 * is then ordered in SQL with the people having an alert first, by name (`sortedApproximately`).
 */
export const rankedCaseloadLimit = 2000;

/**
 * Who reads people's plans and follow-up (the plans and follow-up modules allow the same roles):
 * an administrator sees the list without its signals, and may neither filter nor order by them.
 */
const signalReaders: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/**
 * A counselor's caseload, one page at a time: the organization's people by name in any script,
 * typo-tolerant; by program and enrolment status; by referent ("mine"); by alert (overdue steps,
 * missed appointments, too few contacts for the program). Each row carries the signals of the plans
 * and follow-up modules, read once for the page (or once for the ranked caseload). With a search text
 * the best matches come first, by name. Audited as one event.
 */
export const listCaseload = defineUseCase(listCaseloadInput, async (scope) => {
  const { input, ctx, trx, now, audit, deps } = scope;
  const actor = requireActor(ctx);
  requireRole(actor, personDataRoles);
  const day = await organizationDayOf(trx, actor.organizationId, now);
  const { today } = day;
  const withSignals = hasRole(actor, signalReaders);
  const alerts = withSignals ? input.alerts : undefined;
  const sort = withSignals || (input.sort !== 'urgency' && input.sort !== 'nextAction') ? input.sort : 'name';
  const filters = {
    search: input.q,
    referentUserId: input.referent === 'me' ? actor.userId : input.referent,
    immigrationStatus: input.immigrationStatus,
    enrolledIn:
      input.programId || input.enrolmentStatus
        ? enrolledPersonIds(trx, {
            organizationId: actor.organizationId,
            programId: input.programId,
            status: input.enrolmentStatus,
          })
        : undefined,
    inAnyOf: alerts ? alertQueries(trx, actor.organizationId, day, alerts) : undefined,
  };
  const offset = (input.page - 1) * input.pageSize;
  let page: Awaited<ReturnType<typeof caseloadPage>>['items'];
  let total: number;
  let signals: Map<string, PersonSignals>;
  let sortedApproximately = false;
  // A name typed in the search box is looked for first: the best match leads whatever the order.
  const ranked =
    (sort === 'urgency' || sort === 'nextAction') && !input.q
      ? await caseloadAll(trx, deps.keyRing, actor, filters, rankedCaseloadLimit)
      : undefined;
  if (ranked?.complete) {
    signals = await signalsOf(
      trx,
      actor.organizationId,
      ranked.items.map((i) => i.id),
      day,
    );
    const order = sort === 'urgency' ? compareUrgency(today) : compareNextAction;
    const sorted = ranked.items
      .map((row) => ({
        row,
        id: row.id,
        familyName: row.familyName,
        givenName: row.givenName,
        signals: signals.get(row.id)!,
      }))
      .sort(order);
    page = sorted.slice(offset, offset + input.pageSize).map((r) => r.row);
    total = ranked.items.length;
  } else {
    sortedApproximately = ranked !== undefined;
    const result = await caseloadPage(trx, deps.keyRing, actor, {
      ...filters,
      firstIfInAnyOf: ranked ? alertQueries(trx, actor.organizationId, day, 'any') : undefined,
      sort: sort === 'urgency' || sort === 'nextAction' ? 'name' : sort,
      page: input.page,
      pageSize: input.pageSize,
    });
    page = result.items;
    total = result.total;
    signals = withSignals
      ? await signalsOf(
          trx,
          actor.organizationId,
          page.map((i) => i.id),
          day,
        )
      : new Map();
  }
  const names = await accountsApi(trx).displayNames(
    page.flatMap((i) => (i.referentUserId ? [i.referentUserId] : [])),
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: input.q ? 'person.search' : 'person.list',
    resourceType: 'person',
    resourceId: null,
    requestId: ctx.requestId,
    details: {
      results: page.length,
      filters: Object.keys(input).filter((k) => !['page', 'pageSize', 'sort', 'q'].includes(k)),
    },
  });
  return {
    items: page.map((i) => {
      const signal = signals.get(i.id) ?? noSignals;
      return {
        id: i.id,
        givenName: i.givenName,
        familyName: i.familyName,
        givenNameOriginal: i.givenNameOriginal,
        familyNameOriginal: i.familyNameOriginal,
        birthDate: i.birthDate,
        city: i.city,
        referentUserId: i.referentUserId,
        referentName: i.referentUserId ? (names.get(i.referentUserId) ?? null) : null,
        createdAt: new Date(i.createdAt).toISOString(),
        nextAction: nextActionOf(signal),
        overdueSteps: signal.overdueSteps,
        missedAppointments: signal.missedAppointments,
        contacts: { last30Days: signal.contactsLast30Days, expected: signal.expectedContacts },
        lastContactOn: signal.lastContactOn,
        alerts: alertsOf(signal),
      };
    }),
    page: input.page,
    pageSize: input.pageSize,
    total,
    sortedApproximately,
    withSignals,
  };
});
