import { sql } from 'kysely';
import type { RequestContext } from '../src/core/auth/actor.js';
import { systemContext } from '../src/core/auth/actor.js';
import { uuidv7 } from '../src/core/ids.js';
import type { Deps } from '../src/core/use-case.js';
import { seededRandom } from '../src/demo/random.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { recordOutcome } from '../src/modules/follow-up/use-cases/record-outcome.js';
import { scheduleAppointment } from '../src/modules/follow-up/use-cases/schedule-appointment.js';
import { writeNote } from '../src/modules/follow-up/use-cases/write-note.js';
import { addGoal } from '../src/modules/plans/use-cases/add-goal.js';
import { addStep } from '../src/modules/plans/use-cases/add-step.js';
import { createPlan } from '../src/modules/plans/use-cases/create-plan.js';
import { enrolPerson } from '../src/modules/programs/use-cases/enrol-person.js';

const day = 86_400_000;

/**
 * One bench counselor who follows 150 people of the organization, with what makes a real morning's
 * caseload: plans with steps due around today (some overdue), appointments held, missed and to come,
 * notes of calls, and a program that expects two contacts a month. The people are the bench's own
 * (made referent by SQL, as the bench sets the scene); their plans, appointments and notes go through
 * the plans and follow-up use cases, so that the signals read are exactly what those modules write.
 */
export async function generateCaseload(
  deps: Deps,
  options: { organizationId: string; programId: string; password: string; size: number; seed: number },
): Promise<{ counselorEmail: string; people: number; plans: number; appointments: number; notes: number }> {
  const random = seededRandom(options.seed);
  const counselorEmail = 'caseload@bench.test';
  const { userId } = await createStaffAccount(deps)(systemContext('bench'), {
    email: counselorEmail,
    displayName: 'Caseload Counselor',
    role: 'counselor',
    organizationId: options.organizationId,
    password: options.password,
  });
  const ctx: RequestContext = {
    actor: {
      userId,
      sessionId: uuidv7(),
      displayName: 'Caseload Counselor',
      organizationId: options.organizationId,
      role: 'counselor',
      consortiumIds: [],
      coordinatedConsortiumIds: [],
      locale: 'fr',
    },
    requestId: 'bench-caseload',
    locale: 'fr',
    ip: null,
  };
  const people = await sql<{ id: string }>`
    SELECT id FROM people WHERE organization_id = ${options.organizationId} ORDER BY id LIMIT ${options.size}
  `.execute(deps.db);
  const ids = people.rows.map((r) => r.id);
  await sql`UPDATE people SET referent_user_id = ${userId} WHERE id = ANY(${ids}::uuid[])`.execute(deps.db);
  await sql`UPDATE programs SET expected_contacts_per_month = 2 WHERE id = ${options.programId}`.execute(
    deps.db,
  );
  const enrolled = new Set(
    (
      await sql<{ person_id: string }>`
        SELECT person_id FROM enrolments WHERE program_id = ${options.programId} AND person_id = ANY(${ids}::uuid[])
      `.execute(deps.db)
    ).rows.map((r) => r.person_id),
  );

  const now = deps.clock.now().getTime();
  const iso = (offsetDays: number, hour = 9) =>
    new Date(Math.floor((now + offsetDays * day) / day) * day + hour * 3_600_000).toISOString();
  const dateOf = (offsetDays: number) => iso(offsetDays).slice(0, 10);
  let plans = 0;
  let appointments = 0;
  let notes = 0;
  for (const personId of ids) {
    if (!enrolled.has(personId))
      await enrolPerson(deps)(ctx, {
        programId: options.programId,
        personId,
        intake: { source: 'walk_in' },
      });
    if (random.chance(0.7)) {
      const plan = await createPlan(deps)(ctx, { personId, language: 'fr', programId: options.programId });
      const goal = await addGoal(deps)(ctx, {
        planId: plan.id,
        kind: 'job_search',
        title: 'Retour à l’emploi',
      });
      for (let s = random.int(1, 4); s > 0; s--)
        await addStep(deps)(ctx, {
          goalId: goal.id,
          title: random.pick(['Mettre à jour le CV', 'Candidater', 'Atelier entretien', 'Visite entreprise']),
          dueOn: dateOf(random.int(-30, 30)),
          actor: random.pick(['person', 'counselor'] as const),
        });
      plans++;
    }
    for (let a = random.int(0, 3); a > 0; a--) {
      const past = random.int(-60, -1);
      const appointment = await scheduleAppointment(deps)(ctx, {
        personId,
        mode: 'phone',
        startsAt: iso(past, random.int(8, 16)),
        durationMinutes: 30,
      });
      await recordOutcome(deps)(ctx, {
        appointmentId: appointment.id,
        status: random.chance(0.2) ? 'missed' : 'held',
      });
      appointments++;
    }
    if (random.chance(0.5)) {
      await scheduleAppointment(deps)(ctx, {
        personId,
        mode: 'phone',
        startsAt: iso(random.int(1, 14), random.int(8, 16)),
        durationMinutes: 30,
      });
      appointments++;
    }
    for (let n = random.int(0, 2); n > 0; n--) {
      await writeNote(deps)(ctx, {
        personId,
        kind: 'phone_call',
        occurredAt: iso(random.int(-40, -1), random.int(8, 17)),
        minutesSpent: 15,
        body: 'Point téléphonique.',
      });
      notes++;
    }
  }
  return { counselorEmail, people: ids.length, plans, appointments, notes };
}
