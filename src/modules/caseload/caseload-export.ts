/**
 * Every row of the caseload for an export (the exports module): the same people, filters, signals and
 * order as the on-screen list (`use-cases/list-caseload.ts`), without pages. Restricted and anonymized
 * files are left out by the people module's caseload query. The caller checks roles and audits.
 */
import type { z } from 'zod';
import type { caseloadQuery } from '../../contracts/people.js';
import { type Actor, hasRole } from '../../core/auth/actor.js';
import { type Role, sensitiveDataRoles } from '../../core/auth/roles.js';
import type { KeyRing } from '../../core/crypto/key-ring.js';
import type { Executor } from '../../core/db/types.js';
import { accountsApi } from '../accounts/api.js';
import { caseloadAll, reportFactsOf } from '../people/api.js';
import { enrolledPersonIds } from '../programs/api.js';
import {
  type AlertCode,
  alertsOf,
  compareNextAction,
  compareUrgency,
  type NextAction,
  nextActionOf,
  noSignals,
  type PersonSignals,
} from './domain/caseload-signals.js';
import { alertQueries, type OrganizationDay, signalsOf } from './use-cases/caseload-signals.js';

export type CaseloadExportFilters = Omit<z.output<typeof caseloadQuery>, 'page' | 'pageSize'>;

export interface CaseloadExportRow {
  id: string;
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  birthDate: string | null;
  city: string | null;
  referentName: string | null;
  createdAt: Date;
  nextAction: NextAction | null;
  overdueSteps: number;
  missedAppointments: number;
  contactsLast30Days: number;
  expectedContacts: number | null;
  lastContactOn: string | null;
  alerts: AlertCode[];
  /** Only read for `sensitiveDataRoles`; undefined otherwise (and null when the file has none). */
  immigrationStatus?: string | null;
}

/** Same readers of signals as the list: an administrator's export carries none. */
const signalReaders: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/** Ids per statement when other modules are asked for signals: a list of ids binds one parameter each. */
const idsPerCall = 2000;

/**
 * The caseload's rows matching the filters, in the list's order, at most `limit` (`complete` false
 * when there were more). With `withStatus` (sensitive roles only) each row carries the immigration status;
 * `withSignals: false` leaves the other modules' signals unread (and the order by name).
 */
export async function caseloadForExport(
  db: Executor,
  keyRing: KeyRing | undefined,
  actor: Actor,
  input: CaseloadExportFilters,
  options: { day: OrganizationDay; limit: number; withStatus: boolean; withSignals?: boolean },
): Promise<{ rows: CaseloadExportRow[]; complete: boolean; withSignals: boolean }> {
  const { day } = options;
  const { today } = day;
  const withSignals = options.withSignals !== false && hasRole(actor, signalReaders);
  const alerts = withSignals ? input.alerts : undefined;
  const filters = {
    search: input.q,
    referentUserId: input.referent === 'me' ? actor.userId : input.referent,
    immigrationStatus: input.immigrationStatus,
    enrolledIn:
      input.programId || input.enrolmentStatus
        ? enrolledPersonIds(db, {
            organizationId: actor.organizationId,
            programId: input.programId,
            status: input.enrolmentStatus,
          })
        : undefined,
    inAnyOf: alerts ? alertQueries(db, actor.organizationId, day, alerts) : undefined,
  };
  const found = await caseloadAll(db, keyRing, actor, filters, options.limit);
  const ids = found.items.map((i) => i.id);
  const signals = new Map<string, PersonSignals>();
  if (withSignals) {
    for (let i = 0; i < ids.length; i += idsPerCall) {
      const part = await signalsOf(db, actor.organizationId, ids.slice(i, i + idsPerCall), day);
      for (const [id, s] of part) signals.set(id, s);
    }
  }
  const statuses =
    options.withStatus && hasRole(actor, sensitiveDataRoles) ? await statusesOf(db, keyRing, ids) : undefined;
  const names = await accountsApi(db).displayNames(
    found.items.flatMap((i) => (i.referentUserId ? [i.referentUserId] : [])),
  );
  const ranked = found.items.map((row) => ({
    row,
    id: row.id,
    familyName: row.familyName,
    givenName: row.givenName,
    signals: signals.get(row.id) ?? noSignals,
  }));
  const sort = withSignals || (input.sort !== 'urgency' && input.sort !== 'nextAction') ? input.sort : 'name';
  if (sort === 'urgency') ranked.sort(compareUrgency(today));
  else if (sort === 'nextAction') ranked.sort(compareNextAction);
  else if (sort === 'recent')
    ranked.sort((a, b) => new Date(b.row.createdAt).getTime() - new Date(a.row.createdAt).getTime());
  else if (sort === 'birthDate')
    ranked.sort((a, b) => (a.row.birthDate ?? '9999').localeCompare(b.row.birthDate ?? '9999'));
  return {
    complete: found.complete,
    withSignals,
    rows: ranked.map(({ row, signals: signal }) => ({
      id: row.id,
      givenName: row.givenName,
      familyName: row.familyName,
      givenNameOriginal: row.givenNameOriginal,
      familyNameOriginal: row.familyNameOriginal,
      birthDate: row.birthDate,
      city: row.city,
      referentName: row.referentUserId ? (names.get(row.referentUserId) ?? null) : null,
      createdAt: new Date(row.createdAt),
      nextAction: nextActionOf(signal),
      overdueSteps: signal.overdueSteps,
      missedAppointments: signal.missedAppointments,
      contactsLast30Days: signal.contactsLast30Days,
      expectedContacts: signal.expectedContacts,
      lastContactOn: signal.lastContactOn,
      alerts: alertsOf(signal),
      ...(statuses ? { immigrationStatus: statuses.get(row.id) ?? null } : {}),
    })),
  };
}

/**
 * Each person's immigration status, opened once per person by the people module (statuses are sealed,
 * ADR 10; `reportFactsOf` opens them for a list of people). Only ever called for `sensitiveDataRoles`.
 */
async function statusesOf(
  db: Executor,
  keyRing: KeyRing | undefined,
  personIds: readonly string[],
): Promise<Map<string, string | null>> {
  const statuses = new Map<string, string | null>();
  for (let i = 0; i < personIds.length; i += idsPerCall) {
    for (const facts of await reportFactsOf(db, keyRing, personIds.slice(i, i + idsPerCall))) {
      statuses.set(facts.personId, facts.immigrationStatus);
    }
  }
  return statuses;
}
