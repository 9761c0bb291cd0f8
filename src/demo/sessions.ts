import type { z } from 'zod';
import type { rollCallBody, seriesBody, sessionTypeBody } from '../contracts/sessions.js';
import { type RequestContext, systemContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { personSummary } from '../modules/people/api.js';
import { createSessionType } from '../modules/sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../modules/sessions/use-cases/enrol-participant.js';
import { getSeries } from '../modules/sessions/use-cases/get-series.js';
import { issueAttestation } from '../modules/sessions/use-cases/issue-attestation.js';
import { planSeries } from '../modules/sessions/use-cases/plan-series.js';
import { recordRollCall } from '../modules/sessions/use-cases/record-roll-call.js';
import { setStaffCertification } from '../modules/sessions/use-cases/set-staff-certification.js';
import { signUpForInfoSession } from '../modules/sessions/use-cases/sign-up-for-info-session.js';
import { demoCalendar, demoTimeZones, isoWeekday } from './demo-calendar.js';
import { seededRandom } from './random.js';

interface Staff {
  userId: string;
  organizationId: string;
}

export interface SessionsCast {
  programIds: Map<string, string>;
  enrolledByProgram: Map<string, string[]>;
  /** Gironde: the SIAE that follows the impulseR people (its referent plans, its counselor enrols). */
  gironde: { planner: Staff; counselor: Staff };
  quebec: { coordinator: Staff; counselor: Staff; consortiumId: string };
  occitanie: {
    /** The Mission Locale de Toulouse referent: plans the workshop for the young people Toulouse follows. */
    toulouseReferent: Staff;
    /** The regional association's coordinator: trains the counselors of every Mission Locale. */
    coordinator: Staff;
    counselors: Staff[];
    consortiumId: string;
  };
  stLouis: { coordinator: Staff };
}

type Mark = z.input<typeof rollCallBody>['marks'][number];
type MarkOf = (participant: number, meeting: number) => Omit<Mark, 'enrolmentId'>;

/**
 * Collective sessions for every program: an FLE class half-way through in Gironde, the weekly Info-Emploi
 * webinars of PROMIS, a CV workshop and a staff training in Occitanie, two job-search workshops in
 * St. Louis. Meetings already past have their roll call; attestations are issued where the rule grants them.
 */
export async function loadDemoSessions(deps: Deps, cast: SessionsCast): Promise<{ sessions: number }> {
  const random = seededRandom(2_026_0316);
  const now = deps.clock.now();
  // Meetings fall on working days before or after today, never today (the split between past and
  // future meetings does not depend on the hour the demo is loaded), at the organization's local hour.
  const paris = demoCalendar(now, demoTimeZones.gironde);
  const montreal = demoCalendar(now, demoTimeZones.quebec);
  const stLouisTime = demoCalendar(now, demoTimeZones.stLouis);
  const contexts = new Map<string, RequestContext>();
  const as = async (staff: Staff, locale: 'fr' | 'en' = 'fr'): Promise<RequestContext> => {
    const key = `${staff.organizationId}:${staff.userId}`;
    const cached = contexts.get(key);
    if (cached) return cached;
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo sessions: staff without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale, ip: null };
    contexts.set(key, ctx);
    return ctx;
  };
  let sessions = 0;
  const types = new Map<string, string>();
  const typeOf = async (ctx: RequestContext, input: z.input<typeof sessionTypeBody>) => {
    const key = `${ctx.actor?.organizationId}:${input.code}`;
    const known = types.get(key);
    if (known) return known;
    const { id } = await createSessionType(deps)(ctx, input);
    types.set(key, id);
    return id;
  };
  const plan = async (ctx: RequestContext, input: z.input<typeof seriesBody>) => {
    sessions += 1;
    return (await planSeries(deps)(ctx, input)).id;
  };
  const enrol = async (
    ctx: RequestContext,
    seriesId: string,
    who: { personId: string } | { userId: string },
  ) => (await enrolParticipant(deps)(ctx, { seriesId, ...who })).id;
  /** Takes the roll call of every past meeting for the seated participants, in enrolment order. */
  const rollCalls = async (ctx: RequestContext, seriesId: string, enrolmentIds: string[], markOf: MarkOf) => {
    const { meetingsList } = await getSeries(deps)(ctx, { seriesId });
    const past = meetingsList.filter((m) => Date.parse(m.startsAt) < now.getTime());
    for (const [meeting, { id }] of past.entries()) {
      await recordRollCall(deps)(ctx, {
        meetingId: id,
        marks: enrolmentIds.map((enrolmentId, participant) => ({
          enrolmentId,
          ...markOf(participant, meeting),
        })),
      });
    }
  };
  const attest = async (ctx: RequestContext, enrolmentIds: string[]) => {
    for (const enrolmentId of enrolmentIds) await issueAttestation(deps)(ctx, { enrolmentId });
  };
  const late = (): Omit<Mark, 'enrolmentId'> => ({ mark: 'late', minutesMissed: 5 * random.int(2, 6) });
  const people = (programKey: string) => cast.enrolledByProgram.get(programKey) ?? [];

  // Gironde: an FLE class of 2 × 3 h a week for 10 weeks, six weeks in, full with two people waiting.
  {
    const planner = await as(cast.gironde.planner);
    const counselor = await as(cast.gironde.counselor);
    const fle = await typeOf(planner, {
      code: 'FLE-A2',
      nameFr: 'Français langue étrangère — niveau A2',
      nameEn: 'French as a foreign language — level A2',
      kind: 'language_class',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 180,
      capacity: 12,
      mode: 'in_person',
      attestationRule: { minAttendancePercent: 80 },
    });
    // Tuesdays and Fridays at 9:30 in Bordeaux: 12 meetings past and 8 to come.
    const meetings = paris.weekdaysAround([2, 5], 12, 8).map((day) => ({ startsAt: paris.at(day, '09:30') }));
    const seriesId = await plan(planner, {
      sessionTypeId: fle,
      programId: cast.programIds.get('impulser'),
      title: 'Français langue étrangère A2 — printemps',
      place: 'Bastide Solidaire, salle de formation, Bordeaux',
      capacity: 12,
      meetings,
    });
    const learners = people('impulser').slice(0, 14);
    const enrolled: string[] = [];
    for (const personId of learners) enrolled.push(await enrol(counselor, seriesId, { personId }));
    await rollCalls(planner, seriesId, enrolled.slice(0, 12), (participant, meeting) => {
      // Two learners fall behind: one on changing work shifts, one without child care for weeks.
      if (participant === 0 && [2, 5, 8, 10].includes(meeting))
        return { mark: meeting % 2 === 0 ? 'unexcused_absence' : 'excused_absence' };
      if (participant === 1 && [3, 6, 7].includes(meeting)) return { mark: 'unexcused_absence' };
      if (participant > 1 && participant % 3 === 0 && meeting === participant)
        return { mark: 'excused_absence' };
      return random.chance(0.1) ? late() : { mark: 'present' };
    });

    const digital = await typeOf(planner, {
      code: 'ATELIER-NUM',
      nameFr: 'Atelier numérique',
      nameEn: 'Digital skills workshop',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 120,
      capacity: 8,
      mode: 'in_person',
    });
    const workshop = await plan(planner, {
      sessionTypeId: digital,
      programId: cast.programIds.get('impulser'),
      title: 'Atelier numérique : créer son adresse e-mail',
      place: 'Bastide Solidaire, espace numérique, Bordeaux',
      meetings: [{ startsAt: paris.at(paris.workingDay(-6), '14:00') }],
    });
    const attendees: string[] = [];
    for (const personId of learners.slice(1, 5))
      attendees.push(await enrol(counselor, workshop, { personId }));
    await rollCalls(planner, workshop, attendees, (participant) =>
      participant === 2 ? { mark: 'unexcused_absence' } : { mark: 'present' },
    );
  }

  // Québec: a weekly Info-Emploi webinar, each week presented by a region; one of them grants an attestation.
  {
    const coordinator = await as(cast.quebec.coordinator);
    const counselor = await as(cast.quebec.counselor);
    const info = {
      kind: 'info_session',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 90,
      capacity: 100,
      mode: 'virtual',
    } as const;
    const webinar = await typeOf(coordinator, {
      ...info,
      code: 'INFO-EMPLOI',
      nameFr: 'Info-Emploi en région',
      nameEn: 'Jobs in the regions — information session',
    });
    const attested = await typeOf(coordinator, {
      ...info,
      code: 'INFO-EMPLOI-ATT',
      nameFr: 'Info-Emploi en région — séance attestée',
      nameEn: 'Jobs in the regions — attested session',
      attestationRule: { minAttendancePercent: 80 },
    });
    const presenters = [
      'Portes ouvertes sur le Lac (Saguenay–Lac-Saint-Jean)',
      'Accueil régional des nouveaux arrivants (Bas-Saint-Laurent)',
      'Carrefour d’immigration (Abitibi-Témiscamingue)',
      'Service d’aide aux néo-Canadiens (Estrie)',
    ];
    const participants = people('emplois-en-regions');
    // Every week on the same weekday at noon in Montréal: four held, the next working day's and the
    // following week's to come.
    const weekday = isoWeekday(montreal.workingDay(1));
    const weeks = montreal.weekdaysAround([weekday], 4, 2);
    for (let week = 0; week < 6; week++) {
      const coming = week >= 4;
      const withAttestation = week === 3;
      const presenter = presenters[week % presenters.length]!;
      const seriesId = await plan(coordinator, {
        sessionTypeId: withAttestation ? attested : webinar,
        programId: cast.programIds.get('emplois-en-regions'),
        title: `Info-Emploi : vivre et travailler en région — ${presenter.replace(/^.*\((.*)\)$/, '$1')}`,
        meetingLink: `https://visio.promis.demo/info-emploi/semaine-${week + 1}`,
        // Coming weeks are open to anyone through the public Info-Emploi page; past ones stayed
        // among the consortium's three organizations.
        ...(coming
          ? { openness: 'public' as const }
          : { openness: 'consortium' as const, consortiumId: cast.quebec.consortiumId }),
        presenter,
        meetings: [{ startsAt: montreal.at(weeks[week]!, '12:00') }],
      });
      if (week === 4) await frontDoorRequests(deps, seriesId);
      const enrolled: string[] = [];
      for (const personId of participants.slice(2 * week, 2 * week + (coming ? 1 : 2)))
        enrolled.push(await enrol(counselor, seriesId, { personId }));
      if (coming) continue;
      // In the attested session the second participant joined 25 minutes late: 72 %, below the rule.
      await rollCalls(coordinator, seriesId, enrolled, (participant) =>
        participant === 1 ? { mark: 'late', minutesMissed: withAttestation ? 25 : 10 } : { mark: 'present' },
      );
      if (withAttestation) await attest(coordinator, enrolled.slice(0, 1));
    }
  }

  // Occitanie: a CV workshop in Toulouse, and a day of training for the counselors of every Mission Locale.
  {
    const referent = await as(cast.occitanie.toulouseReferent);
    const workshopType = await typeOf(referent, {
      code: 'ATELIER-CV',
      nameFr: 'Atelier CV et lettre de motivation',
      nameEn: 'CV and cover letter workshop',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 150,
      capacity: 8,
      mode: 'in_person',
    });
    const workshop = await plan(referent, {
      sessionTypeId: workshopType,
      programId: cast.programIds.get('ipr'),
      title: 'Atelier CV et lettre de motivation',
      place: 'Mission Locale de Toulouse, salle 2',
      // Two Thursday mornings, the last one before today and the one before it.
      meetings: paris.weekdaysAround([4], 2, 0).map((day) => ({ startsAt: paris.at(day, '09:30') })),
    });
    const toulouse = cast.occitanie.toulouseReferent.organizationId;
    const followed: string[] = [];
    for (const personId of people('ipr')) {
      if (followed.length === 5) break;
      if (await personSummary(deps.db, personId, toulouse)) followed.push(personId);
    }
    const enrolled: string[] = [];
    for (const personId of followed) enrolled.push(await enrol(referent, workshop, { personId }));
    await rollCalls(referent, workshop, enrolled, (participant, meeting) =>
      participant === 4 && meeting === 1 ? { mark: 'excused_absence' } : { mark: 'present' },
    );

    const coordinator = await as(cast.occitanie.coordinator);
    const trainingType = await typeOf(coordinator, {
      code: 'FORM-BPI',
      nameFr: 'Accueillir les bénéficiaires de la protection internationale',
      nameEn: 'Welcoming beneficiaries of international protection',
      kind: 'staff_training',
      audience: 'staff',
      language: 'fr',
      durationMinutes: 420,
      capacity: 20,
      mode: 'in_person',
      attestationRule: { minAttendancePercent: 80 },
      trainingPoints: 7,
    });
    const training = await plan(coordinator, {
      sessionTypeId: trainingType,
      programId: cast.programIds.get('ipr'),
      title: 'Accueillir les bénéficiaires de la protection internationale',
      place: 'ARML Occitanie, Toulouse',
      openness: 'consortium',
      consortiumId: cast.occitanie.consortiumId,
      presenter: 'Forum Réfugiés',
      meetings: [{ startsAt: paris.at(paris.workingDay(-12), '09:00') }],
    });
    // Each counselor signs up for the training from their own Mission Locale.
    const trainees: string[] = [];
    for (const counselor of cast.occitanie.counselors)
      trainees.push(await enrol(await as(counselor), training, { userId: counselor.userId }));
    // One counselor left an hour early for a youth in crisis: 6 h of 7, still above 80 %.
    await rollCalls(coordinator, training, trainees, (participant) =>
      participant === 2 ? { mark: 'left_early', minutesMissed: 60 } : { mark: 'present' },
    );
    await attest(coordinator, trainees);
    // Each Mission Locale asks its counselors for three such days over a year: their training record
    // shows them on the way.
    for (const organizationId of new Set(cast.occitanie.counselors.map((c) => c.organizationId)))
      await setStaffCertification(deps)(systemContext('demo-sessions'), {
        organizationId,
        nameFr: 'Parcours de professionnalisation IPR',
        nameEn: 'IPR professionalization track',
        requiredPoints: 21,
        requiredMinutes: 21 * 60,
        periodMonths: 12,
      });
  }

  // St. Louis: two job-search workshops, one at the Institute, one online.
  {
    const coordinator = await as(cast.stLouis.coordinator, 'en');
    const workshop = {
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'en',
      capacity: 10,
    } as const;
    const resume = await typeOf(coordinator, {
      ...workshop,
      code: 'RESUME',
      nameFr: 'Atelier de rédaction de CV',
      nameEn: 'Résumé writing workshop',
      durationMinutes: 120,
      mode: 'in_person',
    });
    const interview = await typeOf(coordinator, {
      ...workshop,
      code: 'INTERVIEW',
      nameFr: 'Préparation aux entretiens',
      nameEn: 'Interview preparation',
      durationMinutes: 90,
      mode: 'virtual',
    });
    const clients = people('rcp');
    const sessionsOf = [
      {
        sessionTypeId: resume,
        title: 'Résumé writing workshop',
        place: 'International Institute of St. Louis, 3401 Arsenal St, classroom B',
        meetings: [{ startsAt: stLouisTime.at(stLouisTime.workingDay(-15), '10:00') }],
      },
      {
        sessionTypeId: interview,
        title: 'Interview preparation',
        meetingLink: 'https://meet.iistl.demo/interview-preparation',
        meetings: [{ startsAt: stLouisTime.at(stLouisTime.workingDay(-8), '11:00') }],
      },
    ];
    for (const [index, input] of sessionsOf.entries()) {
      const seriesId = await plan(coordinator, { ...input, programId: cast.programIds.get('rcp') });
      const enrolled: string[] = [];
      for (const personId of clients.slice(3 * index, 3 * index + 3))
        enrolled.push(await enrol(coordinator, seriesId, { personId }));
      await rollCalls(coordinator, seriesId, enrolled, (participant) =>
        index === 1 && participant === 1 ? late() : { mark: 'present' },
      );
    }
  }

  return { sessions };
}

/** People who signed up on the public page for the next Info-Emploi: the coordinator answers them. */
async function frontDoorRequests(deps: Deps, seriesId: string) {
  const visitors = [
    {
      givenName: 'Yasmine',
      familyName: 'Benali',
      email: 'yasmine.benali@example.org',
      preferredLanguage: 'fr',
    },
    {
      givenName: 'Carlos',
      familyName: 'Medina',
      email: 'carlos.medina@example.org',
      preferredLanguage: 'en',
    },
    { givenName: 'Rania', familyName: 'Khoury', email: 'rania.khoury@example.org', preferredLanguage: 'ar' },
  ] as const;
  for (const [index, visitor] of visitors.entries()) {
    const visitorContext = {
      actor: null,
      requestId: `demo-front-door-${index}`,
      locale: 'fr' as const,
      ip: null,
    };
    await signUpForInfoSession(deps)(visitorContext, { ...visitor, consent: true, seriesId });
  }
}
