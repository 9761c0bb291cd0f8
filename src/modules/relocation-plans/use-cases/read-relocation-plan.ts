import { z } from 'zod';
import type { RelocationPlanResponse } from '../../../contracts/relocation-plans.js';
import { hasRole, requireActor } from '../../../core/auth/actor.js';
import { sensitiveDataRoles } from '../../../core/auth/roles.js';
import { dayBoundsInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { appointmentsOfPersonBetween } from '../../follow-up/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { relocationPlansRepository } from '../adapters/relocation-plans-repository.js';
import { arrivalWeek, predepartureReadiness } from '../domain/plan-rules.js';
import { planFile } from './plan-access.js';
import { ageOn, presentPlan } from './present-plan.js';
import { remoteSessionsOf } from './remote-sessions.js';

/**
 * The regionalization plan kept on this file (null before it is started), the household it is for
 * (members with their ages, dependants without a file) and, for a person still abroad, how ready they
 * are to leave: checklist, arrival day, a first appointment in the arrival week, and their remote
 * sessions (coming meetings, series open to them). Audited.
 */
export const readRelocationPlan = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<RelocationPlanResponse> => {
    const actor = requireActor(ctx);
    const file = await planFile(trx, actor, input.personId);
    const organizations = organizationsApi(trx);
    const zone = await organizations.timeZoneOf(actor.organizationId);
    const today = await organizations.todayOf(actor.organizationId, now);
    const row = await relocationPlansRepository(trx).ofPerson(actor.organizationId, input.personId);
    const plan = row
      ? await presentPlan(trx, row, { seesHealthNote: hasRole(actor, sensitiveDataRoles) })
      : null;

    let predeparture: RelocationPlanResponse['predeparture'] = null;
    if (plan && (plan.abroadCountry || plan.plannedArrivalOn || plan.predepartureDocuments.length > 0)) {
      const week = plan.plannedArrivalOn ? arrivalWeek(plan.plannedArrivalOn) : null;
      const appointments = week
        ? await appointmentsOfPersonBetween(
            trx,
            actor.organizationId,
            input.personId,
            dayBoundsInZone(week.from, zone).start,
            dayBoundsInZone(week.to, zone).end,
          )
        : [];
      predeparture = {
        ...predepartureReadiness({
          documents: plan.predepartureDocuments,
          plannedArrivalOn: plan.plannedArrivalOn,
          firstAppointmentInArrivalWeek: appointments.length > 0,
        }),
        arrivalWeek: week,
        arrivalWeekAppointments: appointments.map((a) => ({
          id: a.id,
          startsAt: new Date(a.startsAt).toISOString(),
          mode: a.mode,
        })),
        ...(await remoteSessionsOf(trx, actor, input.personId, now)),
      };
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'relocation_plan.read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { hasPlan: plan !== null, householdMembers: file.household.members.length },
    });
    const age = (birthDate: string | null) => (birthDate ? ageOn(birthDate, today) : null);
    const main = file.household.members.find((m) => m.personId === file.household.mainContactPersonId);
    return {
      plan,
      household: {
        householdId: file.household.householdId,
        mainContact: main
          ? { personId: main.personId, givenName: main.givenName, familyName: main.familyName }
          : null,
        members: file.household.members.map((m) => ({
          personId: m.personId,
          givenName: m.givenName,
          familyName: m.familyName,
          relation: m.relation,
          age: age(m.birthDate),
        })),
        dependants: file.household.dependants.map((d) => ({
          relation: d.relation,
          givenName: d.givenName,
          age: d.birthYear === null ? null : Number(today.slice(0, 4)) - d.birthYear,
        })),
      },
      holdsHouseholdPlan: file.holdsHouseholdPlan,
      predeparture,
      organizationTimeZone: zone,
    };
  },
);
