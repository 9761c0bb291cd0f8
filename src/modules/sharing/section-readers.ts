/**
 * The sections of a person's file a partner reads, each through the api of the module that keeps it:
 * the shared file (`GET /api/shared-people/:id`) and a referral's person (referrals module) read the same.
 */
import type { Executor } from '../../core/db/types.js';
import { documentsOfPerson, isSensitiveType } from '../documents/api.js';
import { placementsPersonData } from '../placements/api.js';
import { planProgressOfPerson } from '../plans/api.js';
import { sharedRegionalizationPlanOf } from '../relocation-plans/api.js';
import { sessionsPersonData } from '../sessions/api.js';

export async function planOf(db: Executor, owner: string, personId: string, today: string) {
  const plan = await planProgressOfPerson(db, owner, personId, today);
  return (
    plan && {
      status: plan.status,
      done: plan.done,
      counted: plan.counted,
      percent: plan.percent,
      overdueSteps: plan.overdueSteps,
    }
  );
}

/** The regionalization plan on the file, under the "plan" section too (never its health note). */
export function regionalizationPlanOf(db: Executor, owner: string, personId: string) {
  return sharedRegionalizationPlanOf(db, owner, personId);
}

const attended = new Set(['present', 'late', 'left_early']);

export async function sessionsOf(db: Executor, owner: string, personId: string) {
  const { enrolments } = await sessionsPersonData.personDataFor(db, owner, personId);
  return enrolments.map((e) => ({
    title: e.seriesTitle,
    status: e.status,
    meetingsAttended: e.attendance.filter((a) => attended.has(a.mark)).length,
    meetingsMarked: e.attendance.length,
  }));
}

/** The contracts without the wage: a partner helps the person onward, it does not need their pay. */
export async function employmentOf(db: Executor, owner: string, personId: string) {
  const { placements } = await placementsPersonData.personDataFor(db, owner, personId);
  return placements.map((p) => ({
    jobTitle: p.jobTitle,
    contractType: p.contractType,
    workingTime: p.workingTime,
    startsOn: p.startsOn,
    plannedEndOn: p.plannedEndOn,
    endedEarlyOn: p.endedEarly?.on ?? null,
  }));
}

/** The list only (never the content), and never identity papers: immigration papers stay out entirely. */
export async function documentsOf(db: Executor, owner: string, personId: string) {
  const documents = await documentsOfPerson(db, owner, personId);
  return documents
    .filter((d) => !isSensitiveType(d.type))
    .map((d) => ({ type: d.type, title: d.title, uploadedAt: d.uploadedAt.toISOString() }));
}
