import type { RequestContext } from '../core/auth/actor.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { recordOutcome } from '../modules/follow-up/use-cases/record-outcome.js';
import { scheduleAppointment } from '../modules/follow-up/use-cases/schedule-appointment.js';
import { writeNote } from '../modules/follow-up/use-cases/write-note.js';
import { personSummary } from '../modules/people/api.js';
import { loadDemoContactHistory } from './contact-history.js';
import { demoCalendar, demoTimeZones } from './demo-calendar.js';

interface Staff {
  userId: string;
  organizationId: string;
}

export interface FollowUpCast {
  enrolledByProgram: Map<string, string[]>;
  /** Mission Locale de Toulouse: its counselor follows part of the IPR young people. */
  occitanie: { counselor: Staff; referent: Staff; programId: string; counselorsOfEachMission: Staff[] };
  stLouis: { counselor: Staff; programKeys: string[] };
  quebec: { counselor: Staff };
}

/** Contacts in the 30 days before today, person by person: some below the IPR's two a month, some above. */
const occitaniePattern = [0, 1, 1, 2, 3, 4, 1, 2, 0, 3, 2, 1];

/**
 * Appointments and notes relative to the demo's clock: Toulouse's IPR young people with as many
 * contacts in the last 30 days as the pattern says (a missed appointment, a confidential note among
 * them), months of contacts with every IPR young person before that, video appointments coming up
 * in St. Louis and Québec. On working days at local hours, through the use cases, as a counselor.
 */
export async function loadDemoFollowUp(
  deps: Deps,
  cast: FollowUpCast,
): Promise<{ appointments: number; notes: number }> {
  const now = deps.clock.now();
  // Working days before or after today (never today: the same split between past and future at any
  // hour), at a local hour of the organization's zone.
  const calendarOf = (zone: string) => {
    const calendar = demoCalendar(now, zone);
    return (days: number, hour: number) =>
      calendar.at(calendar.workingDay(days), `${String(hour).padStart(2, '0')}:00`);
  };
  const toulouseCalendar = demoCalendar(now, demoTimeZones.occitanie);
  const inToulouse = calendarOf(demoTimeZones.occitanie);
  const inStLouis = calendarOf(demoTimeZones.stLouis);
  const inMontreal = calendarOf(demoTimeZones.quebec);
  const as = async (staff: Staff, locale: 'fr' | 'en'): Promise<RequestContext> => {
    const actor = await buildActor(
      deps.db,
      { id: staff.userId, displayName: 'demo', locale },
      'demo-loader',
      staff.organizationId,
    );
    if (!actor) throw new Error('demo follow-up: staff without membership');
    return { actor, requestId: 'demo-loader', locale, ip: null };
  };
  const followedBy = async (staff: Staff, programKeys: string[], count: number) => {
    const ids: string[] = [];
    for (const key of programKeys)
      for (const personId of cast.enrolledByProgram.get(key) ?? []) {
        if (ids.length >= count) return ids;
        if (await personSummary(deps.db, personId, staff.organizationId)) ids.push(personId);
      }
    return ids;
  };
  let appointments = 0;
  let notes = 0;
  const schedule = async (
    ctx: RequestContext,
    input: Parameters<ReturnType<typeof scheduleAppointment>>[1],
  ) => {
    appointments++;
    return (await scheduleAppointment(deps)(ctx, input)).id;
  };
  const note = async (ctx: RequestContext, input: Parameters<ReturnType<typeof writeNote>>[1]) => {
    notes++;
    await writeNote(deps)(ctx, input);
  };

  const toulouse = await as(cast.occitanie.counselor, 'fr');
  const young = await followedBy(cast.occitanie.counselor, ['ipr'], occitaniePattern.length);
  for (const [index, personId] of young.entries()) {
    const contacts = occitaniePattern[index]!;
    // An older contact, outside the 30 days: it counts for last month's figures only.
    const old = await schedule(toulouse, {
      personId,
      mode: 'in_person',
      place: 'Mission Locale, 25 rue Bayard',
      startsAt: inToulouse(-40 - index, 9),
      durationMinutes: 45,
    });
    await recordOutcome(deps)(toulouse, { appointmentId: old, status: 'held' });
    for (let contact = 0; contact < contacts; contact++) {
      const daysAgo = 3 + contact * 7 + (index % 3);
      if (contact % 2 === 0) {
        const id = await schedule(toulouse, {
          personId,
          mode: contact === 2 ? 'video' : 'in_person',
          place: 'Mission Locale, 25 rue Bayard',
          meetingLink: 'https://visio.ml-toulouse.example/ipr',
          startsAt: inToulouse(-daysAgo, 10),
          durationMinutes: 45,
        });
        await recordOutcome(deps)(toulouse, { appointmentId: id, status: 'held' });
        await note(toulouse, {
          personId,
          appointmentId: id,
          kind: 'individual_interview',
          occurredAt: inToulouse(-daysAgo, 11),
          minutesSpent: 45,
          body: 'Point sur le projet professionnel et les démarches en cours.',
        });
      } else {
        await note(toulouse, {
          personId,
          kind: contact === 1 ? 'phone_call' : 'message',
          occurredAt: inToulouse(-daysAgo, 14),
          minutesSpent: contact === 1 ? 15 : 5,
          body: 'Rappel des prochaines étapes (atelier CV, inscription France Travail).',
        });
      }
    }
    if (contacts === 0) {
      const missed = await schedule(toulouse, {
        personId,
        mode: 'phone',
        startsAt: inToulouse(-6, 9),
        durationMinutes: 30,
      });
      await recordOutcome(deps)(toulouse, { appointmentId: missed, status: 'missed' });
      await note(toulouse, {
        personId,
        kind: 'partner_exchange',
        occurredAt: inToulouse(-5, 15),
        minutesSpent: 20,
        body: 'Échange avec l’éducateur du foyer pour reprendre contact.',
      });
    }
    if (index === 3)
      await note(toulouse, {
        personId,
        kind: 'individual_interview',
        occurredAt: inToulouse(-2, 16),
        minutesSpent: 30,
        confidential: true,
        body: 'Situation familiale et santé évoquées ; orientation vers le point d’accueil écoute jeunes.',
      });
    await schedule(toulouse, {
      personId,
      mode: index % 2 === 0 ? 'in_person' : 'phone',
      place: 'Mission Locale, 25 rue Bayard',
      startsAt: inToulouse(1 + (index % 5), 9 + (index % 4)),
      durationMinutes: 45,
    });
  }

  const history = await loadDemoContactHistory(deps, {
    programId: cast.occitanie.programId,
    counselors: await Promise.all(
      cast.occitanie.counselorsOfEachMission.map(async (staff) => ({
        organizationId: staff.organizationId,
        ctx: await as(staff, 'fr'),
      })),
    ),
    calendar: toulouseCalendar,
    keepRecent: new Set(young),
  });
  notes += history.notes;

  const stLouis = await as(cast.stLouis.counselor, 'en');
  for (const [index, personId] of (
    await followedBy(cast.stLouis.counselor, cast.stLouis.programKeys, 4)
  ).entries()) {
    const past = await schedule(stLouis, {
      personId,
      mode: 'video',
      meetingLink: `https://meet.iistl.example/career-${index + 1}`,
      startsAt: inStLouis(-4 - index, 10),
      durationMinutes: 30,
    });
    await recordOutcome(deps)(stLouis, { appointmentId: past, status: 'held' });
    await schedule(stLouis, {
      personId,
      mode: 'video',
      meetingLink: `https://meet.iistl.example/career-${index + 1}`,
      startsAt: inStLouis(2 + index, 10),
      durationMinutes: 30,
      partners: index === 0 ? [{ name: 'Dana Brooks', organization: 'St. Louis Community College' }] : [],
    });
  }

  const quebec = await as(cast.quebec.counselor, 'fr');
  for (const [index, personId] of (
    await followedBy(cast.quebec.counselor, ['emplois-en-regions'], 3)
  ).entries())
    await schedule(quebec, {
      personId,
      mode: 'video',
      meetingLink: `https://visio.promis.example/regions-${index + 1}`,
      startsAt: inMontreal(1 + index, 10),
      durationMinutes: 60,
      partners: [
        { name: 'Marie-Ève Pelletier', organization: 'Partenaire régional en Abitibi-Témiscamingue' },
      ],
    });

  return { appointments, notes };
}
