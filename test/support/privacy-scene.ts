import { systemContext } from '../../src/core/auth/actor.js';
import { uuidv7 } from '../../src/core/ids.js';
import { uploadDocument } from '../../src/modules/documents/use-cases/upload-document.js';
import { recordOutcome } from '../../src/modules/follow-up/use-cases/record-outcome.js';
import { scheduleAppointment } from '../../src/modules/follow-up/use-cases/schedule-appointment.js';
import { writeNote } from '../../src/modules/follow-up/use-cases/write-note.js';
import { recordPayment } from '../../src/modules/loan-fund/use-cases/record-payment.js';
import { addPersonItem } from '../../src/modules/people/use-cases/add-person-item.js';
import { updatePerson } from '../../src/modules/people/use-cases/update-person.js';
import { addGoal } from '../../src/modules/plans/use-cases/add-goal.js';
import { addStep } from '../../src/modules/plans/use-cases/add-step.js';
import { changeStepStatus } from '../../src/modules/plans/use-cases/change-step-status.js';
import { createPlan } from '../../src/modules/plans/use-cases/create-plan.js';
import { updatePlan } from '../../src/modules/plans/use-cases/update-plan.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { setTargets } from '../../src/modules/programs/use-cases/set-targets.js';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../src/modules/sessions/use-cases/enrol-participant.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { recordRollCall } from '../../src/modules/sessions/use-cases/record-roll-call.js';
import '../../src/modules/sessions/adapters/tables.js';
import { givenStaff } from './fixtures.js';
import { givenLoanFundScene } from './loan-fund-scene.js';
import type { TestDatabase } from './test-database.js';

/** The bytes of a small valid PDF, recognised by its content. */
const pdfBytes = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/**
 * The Louisville arrangement (a lender's fund, a partner organization following the borrowers) where
 * the partner also runs a program with targets, sessions, plans, appointments and notes, and two
 * people have a story in every module: Layla (the one whose rights are exercised) and Samir (who
 * stays as he is). Everything after the organizations and staff goes through the use cases.
 */
export async function givenPrivacyScene(database: TestDatabase) {
  const loanScene = await givenLoanFundScene(database);
  const { deps, partner, staff, clock } = loanScene;
  const more = {
    director: await givenStaff(database.db, partner.id, 'director'),
    administrator: await givenStaff(database.db, partner.id, 'administrator'),
    colleague: await givenStaff(database.db, partner.id, 'counselor'),
  };
  const program = await createProgram(deps)(systemContext(), {
    ownerOrganizationId: partner.id,
    code: `RC-${uuidv7().slice(-4)}`,
    nameFr: 'Reconnaissance des diplômes',
    nameEn: 'Credential recognition',
    countingUnit: 'person',
    status: 'active',
    rules: [],
    expectedContactsPerMonth: 2,
  });
  await setTargets(deps)(staff.coordinator, {
    programId: program.id,
    targets: [
      {
        memberOrganizationId: null,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        targetCount: 10,
        unit: 'person',
      },
    ],
  });
  const sessionType = await createSessionType(deps)(staff.coordinator, {
    code: `WS-${uuidv7().slice(-4)}`,
    nameFr: 'Atelier CV',
    nameEn: 'CV workshop',
    kind: 'workshop',
    audience: 'beneficiaries',
    language: 'en',
    durationMinutes: 120,
    capacity: 10,
    mode: 'in_person',
    attestationRule: null,
  });
  const series = await planSeries(deps)(staff.coordinator, {
    sessionTypeId: sessionType.id,
    programId: program.id,
    title: 'CV workshop — spring',
    place: 'Room 4',
    meetings: [{ startsAt: '2026-04-07T14:00:00Z' }, { startsAt: '2026-04-14T14:00:00Z' }],
  });

  const meetingIds = (
    await database.db
      .selectFrom('session_meetings')
      .select('id')
      .where('series_id', '=', series.id)
      .orderBy('number')
      .execute()
  ).map((m) => m.id);

  /** One person's story in every module; returns their ids. */
  async function givenStory(givenName: string, familyName: string, email: string) {
    const { loanId, personId } = await loanScene.givenActiveLoan({ approvedCents: 60_000, email });
    await updatePerson(deps)(staff.counselor, {
      personId,
      givenName,
      familyName,
      givenNameOriginal: 'ليلى',
      familyNameOriginal: 'حداد',
      sex: 'female',
      birthDate: '1990-05-17',
      nationality: 'SY',
      phone: '+1 502 555 0100',
      email,
      address: '12 Market Street',
      city: 'Louisville',
      region: 'KY',
      country: 'US',
      preferredLanguage: 'en',
      immigrationStatus: 'refugee',
      statusDate: '2024-03-01',
      referentUserId: staff.counselor.actor.userId,
    });
    await addPersonItem(deps)(staff.counselor, {
      personId,
      item: {
        kind: 'barrier',
        data: {
          category: 'health',
          status: 'identified',
          identifiedOn: '2026-01-15',
          note: 'Back pain after long shifts',
        },
      },
    });
    await addPersonItem(deps)(staff.counselor, {
      personId,
      item: {
        kind: 'experience',
        data: {
          occupationLabel: 'Civil engineer',
          employer: 'Damascus Works',
          country: 'SY',
          startYear: 2012,
          endYear: 2019,
        },
      },
    });
    await enrolPerson(deps)(staff.counselor, {
      programId: program.id,
      personId,
      enrolledOn: '2026-01-20',
      intake: { source: 'walk_in', note: `Came with ${givenName}'s cousin` },
    });
    const plan = await createPlan(deps)(staff.counselor, {
      personId,
      programId: program.id,
      language: 'en',
      targetField: 'Engineering',
    });
    await updatePlan(deps)(staff.counselor, {
      planId: plan.id,
      barriers: [
        { kind: 'language', description: `${givenName} reads little English`, mitigation: 'ESL class' },
      ],
      contacts: [{ name: 'Dana Brooks', role: 'Mentor', contact: 'dana@example.test' }],
    });
    const goal = await addGoal(deps)(staff.counselor, {
      planId: plan.id,
      kind: 'licensure',
      title: 'PE licence',
    });
    const step = await addStep(deps)(staff.counselor, {
      goalId: goal.id,
      title: 'FE exam',
      dueOn: '2026-05-01',
      actor: 'partner',
      partnerName: 'Kentucky Board',
    });
    await changeStepStatus(deps)(staff.counselor, { stepId: step.id, status: 'done' });
    const appointment = await scheduleAppointment(deps)(staff.counselor, {
      personId,
      programId: program.id,
      mode: 'in_person',
      place: `${givenName}'s home`,
      startsAt: '2026-05-04T15:00:00Z',
      durationMinutes: 45,
    });
    await recordOutcome(deps)(staff.counselor, {
      appointmentId: appointment.id,
      status: 'held',
      outcomeNote: 'Talked about the exam',
    });
    await writeNote(deps)(staff.counselor, {
      personId,
      kind: 'phone_call',
      occurredAt: '2026-05-10T10:00:00Z',
      minutesSpent: 15,
      body: `${givenName} called about the rent`,
    });
    await writeNote(deps)(more.colleague, {
      personId,
      kind: 'individual_interview',
      occurredAt: '2026-05-12T10:00:00Z',
      minutesSpent: 40,
      body: 'Confidential: family matters',
      confidential: true,
    });
    const seat = await enrolParticipant(deps)(staff.counselor, { seriesId: series.id, personId });
    await recordRollCall(deps)(staff.coordinator, {
      meetingId: meetingIds[0]!,
      marks: [{ enrolmentId: seat.id, mark: 'present' }],
    });
    await recordPayment(deps)(staff.referent, {
      loanId,
      idempotencyKey: `pay-${personId}`,
      amountCents: 10_000,
      receivedOn: '2026-03-10',
      method: 'cash',
    });
    const document = await uploadDocument(deps)(staff.counselor, {
      personId,
      type: 'diploma',
      title: `${givenName} — engineering diploma`,
      fileName: 'diploma.pdf',
      content: pdfBytes,
      declaredMediaType: 'application/pdf',
    });
    return { personId, loanId, planId: plan.id, appointmentId: appointment.id, documentId: document.id };
  }

  return {
    ...loanScene,
    staff: { ...staff, ...more },
    programId: program.id,
    seriesId: series.id,
    clock,
    givenStory,
  };
}
