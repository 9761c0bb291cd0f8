import { z } from 'zod';
import type { PersonOverviewView } from '../../../contracts/person-overview.js';
import { hasRole, requireActor } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { filesMergedInto, type MergedFileRef, personHighlights } from '../../people/api.js';
import { planProgressOfPerson } from '../../plans/api.js';
import { enrolmentsOfPeople } from '../../programs/api.js';
import { alertsOf } from '../domain/caseload-signals.js';
import { organizationDayOf, signalsOf } from './caseload-signals.js';

/** Who reads people's plans and follow-up (as on the caseload): administrators see the file without them. */
const signalReaders: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

const fileRef = (file: MergedFileRef | undefined) =>
  file ? { personId: file.personId, givenName: file.givenName, familyName: file.familyName } : null;

/**
 * The overview that opens a person's file: each module answers for its part through its api (people:
 * who and consents, with the status for the roles allowed; programs: enrolments; plans and follow-up:
 * the caseload's signals and the plan's progress), in one transaction. Scoped and refused exactly as
 * the file (403 by role, 404 out of the organization) and audited once as a read of the file. A kept
 * file also lists the enrolments of the files merged into it (docs/duplicates.md), each marked with its
 * file, and that read is audited on the merged file.
 */
export const personOverview = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, deps }): Promise<PersonOverviewView> => {
    const actor = requireActor(ctx);
    const day = await organizationDayOf(trx, actor.organizationId, now);
    const { today } = day;
    const person = await personHighlights(trx, deps.keyRing, actor, input.personId, today);
    const withFollowUp = hasRole(actor, signalReaders);
    // A kept file lists the enrolments of the files merged into it, read-only, each with its file.
    const merged = await filesMergedInto(trx, actor.organizationId, person.id);
    const origins = new Map(merged.map((m) => [m.personId, m]));
    const [enrolments, signals, plan, names] = await Promise.all([
      enrolmentsOfPeople(trx, actor.organizationId, [person.id, ...origins.keys()]),
      withFollowUp ? signalsOf(trx, actor.organizationId, [person.id], day) : undefined,
      withFollowUp ? planProgressOfPerson(trx, actor.organizationId, person.id, today) : null,
      accountsApi(trx).displayNames(person.referentUserId ? [person.referentUserId] : []),
    ]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.read',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { view: 'overview', sensitiveShown: !person.sensitiveHidden },
    });
    for (const file of merged) {
      const shown = enrolments.filter((e) => e.personId === file.personId).length;
      if (shown > 0)
        await audit.record({
          actorUserId: actor.userId,
          organizationId: actor.organizationId,
          subjectOrganizationId: actor.organizationId,
          action: 'person.read',
          resourceType: 'person',
          resourceId: file.personId,
          personId: file.personId,
          requestId: ctx.requestId,
          details: { view: 'overview', via: 'kept_file', enrolments: shown },
        });
    }
    const signal = signals?.get(person.id);
    return {
      id: person.id,
      identity: {
        givenName: person.givenName,
        familyName: person.familyName,
        givenNameOriginal: person.givenNameOriginal,
        familyNameOriginal: person.familyNameOriginal,
        age: person.age,
        city: person.city,
        preferredLanguage: person.preferredLanguage,
        occupations: person.occupations,
      },
      status: person.status as PersonOverviewView['status'],
      sensitiveHidden: person.sensitiveHidden,
      referent: person.referentUserId
        ? { userId: person.referentUserId, name: names.get(person.referentUserId) ?? null }
        : null,
      programs: enrolments.map((e) => ({
        enrolmentId: e.id,
        programId: e.programId,
        nameFr: e.programNameFr,
        nameEn: e.programNameEn,
        status: e.status,
        enrolledOn: String(e.enrolledOn),
        endedOn: e.endedOn ? String(e.endedOn) : null,
        fromMergedFile: fileRef(origins.get(e.personId)),
      })),
      consents: person.consents as PersonOverviewView['consents'],
      followUp: signal
        ? {
            alerts: alertsOf(signal),
            nextAppointmentAt: signal.nextAppointmentAt,
            lastContactOn: signal.lastContactOn,
            contactsLast30Days: signal.contactsLast30Days,
            expectedContacts: signal.expectedContacts,
            missedAppointments: signal.missedAppointments,
            overdueSteps: signal.overdueSteps,
            nextStep: signal.nextStep,
            plan: plan as NonNullable<PersonOverviewView['followUp']>['plan'],
          }
        : null,
      today,
    };
  },
);
