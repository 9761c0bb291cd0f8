import { instantOfWallTime } from '../core/time-zone.js';
import type { Deps } from '../core/use-case.js';
import { accountsApi } from '../modules/accounts/api.js';
import { sameWeekdayNextMonth } from '../modules/meetings/domain/next-meeting.js';
import { addAction } from '../modules/meetings/use-cases/add-action.js';
import { addDocument } from '../modules/meetings/use-cases/add-document.js';
import { changeActionStatus } from '../modules/meetings/use-cases/change-action-status.js';
import { createMeeting } from '../modules/meetings/use-cases/create-meeting.js';
import { recordAttendance } from '../modules/meetings/use-cases/record-attendance.js';
import { writeMinutes } from '../modules/meetings/use-cases/write-minutes.js';
import { organizationsApi } from '../modules/organizations/api.js';
import { addDays } from './demo-calendar.js';
import { staffContext } from './staff-context.js';

interface Staff {
  organizationId: string;
  userId: string;
}

/** The first Tuesday of the month of a day ('YYYY-MM-DD'). */
function firstTuesday(year: number, month: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  first.setUTCDate(1 + ((2 - first.getUTCDay() + 7) % 7));
  return first.toISOString().slice(0, 10);
}

/** The last two first Tuesdays strictly before today, oldest first. */
function lastTwoSteeringDays(today: string): [string, string] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  let latest = firstTuesday(year, month - 1);
  if (latest >= today) latest = firstTuesday(year, month - 2);
  const [y, m] = latest.split('-').map(Number) as [number, number];
  return [firstTuesday(y, m - 2), latest];
}

const paris = (wall: string) => (instantOfWallTime(wall, 'Europe/Paris') as Date).toISOString();

/** Guests without an account on the platform, who came for the members that have no staff on it. */
const memberGuests = [
  'Sophie Martin',
  'Julien Roux',
  'Nadia Benali',
  'Thomas Lefèvre',
  'Camille Garnier',
  'Yacine Haddad',
  'Élodie Fabre',
  'Marc Dubois',
  'Léa Fontaine',
  'Paul Mercier',
  'Amina Diallo',
  'Louis Chevalier',
];

/** The staff account of an organization that bears this name (the demo's cast). */
async function staffNamed(deps: Deps, organizationId: string, name: string): Promise<string> {
  const userIds = (await organizationsApi(deps.db).staffOfOrganization(organizationId)).map((m) => m.userId);
  const names = await accountsApi(deps.db).displayNames(userIds);
  const found = userIds.find((id) => names.get(id) === name);
  if (!found) throw new Error(`The demo has no ${name} at ${organizationId}`);
  return found;
}

/**
 * ILLUSTRATIVE DATA. impulseR's monthly steering committee of its SIAE's directors (the last two,
 * first Tuesdays at 9:30 in Bordeaux) and a counselors' practice exchange between them, through the use
 * cases as the consortium's coordinator: attendance of each member (the first SIAE's director and
 * counselor by their accounts, the others' people as guests: they are not on the platform), minutes,
 * numbered decisions,
 * actions — one still open, carried over from the first committee to the second; one done there —
 * and the dashboard as a document.
 */
export async function loadDemoMeetings(
  deps: Deps,
  cast: { coordinator: Staff; memberDirector: Staff; consortiumId: string; members: readonly string[] },
): Promise<{ meetings: number; actions: number }> {
  const coordinator = await staffContext(deps, cast.coordinator);
  const director = await staffContext(deps, cast.memberDirector);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const [first, second] = lastTwoSteeringDays(today);
  const members = cast.members;
  const m = (index: number) => members[index % members.length]!;
  const counselor = await staffNamed(deps, m(0), 'Inès Lambert');
  /** The first member's staff who came by their accounts, the others' guest by name. */
  const came = (index: number, staff: string) =>
    index === 0
      ? { attendeeUserIds: [staff], guests: [] }
      : { attendeeUserIds: [], guests: [memberGuests[index % memberGuests.length]!] };
  const steeringAgenda = [
    'Tableau de bord du mois : entrées, sorties, sorties dynamiques',
    'Recrutements en cours dans les SIAE',
    "Préparation du forum de l'emploi inclusif",
  ];

  const march = await createMeeting(deps)(coordinator, {
    consortiumId: cast.consortiumId,
    kind: 'steering',
    title: 'Comité de pilotage mensuel',
    startsAt: paris(`${first}T09:30`),
    endsAt: paris(`${first}T11:30`),
    place: 'Maison de l’emploi, Bordeaux',
    agenda: steeringAgenda,
    invitedOrganizationIds: [...members],
  });
  await recordAttendance(deps)(coordinator, {
    meetingId: march.id,
    attendance: members.map((organizationId, index) => {
      const status = index % 5 === 3 ? 'excused' : index % 7 === 6 ? 'absent' : 'present';
      return {
        organizationId,
        status,
        ...(status === 'present' ? came(index, cast.memberDirector.userId) : {}),
      };
    }),
  });
  await writeMinutes(deps)(coordinator, {
    meetingId: march.id,
    minutes:
      'Tour de table des structures. Les entrées du mois sont au niveau prévu ; deux SIAE signalent des difficultés à recruter des encadrants techniques. Le forum de l’emploi inclusif est confirmé pour le printemps.',
    decisions: [
      'Mutualiser les offres d’encadrant technique entre les structures du consortium',
      'Tenir un stand commun impulseR au forum de l’emploi inclusif',
    ],
  });
  const sharedOffers = await addAction(deps)(coordinator, {
    meetingId: march.id,
    title: 'Partager la liste des postes d’encadrant technique à pourvoir',
    ownerOrganizationId: m(0),
    ownerUserId: cast.memberDirector.userId,
    dueOn: addDays(second, -1),
  });
  const forumRoom = await addAction(deps)(coordinator, {
    meetingId: march.id,
    title: 'Réserver le stand commun au forum',
    ownerOrganizationId: m(3),
  });
  await addDocument(deps)(coordinator, {
    meetingId: march.id,
    title: 'Tableau de bord impulseR du mois',
    url: 'https://impulser-gironde.example.org/pilotage/tableau-de-bord.pdf',
  });

  const exchangeOn = addDays(first, 14);
  const exchange = await createMeeting(deps)(coordinator, {
    consortiumId: cast.consortiumId,
    kind: 'practice_exchange',
    title: 'Échange de pratiques des conseillers',
    startsAt: paris(`${exchangeOn}T14:00`),
    videoLink: 'https://visio.example.org/impulser-echange',
    agenda: ['Accompagner les personnes réfugiées vers un premier contrat', 'Les freins à la mobilité'],
    invitedOrganizationIds: members.slice(0, 6),
  });
  await recordAttendance(deps)(coordinator, {
    meetingId: exchange.id,
    attendance: members
      .slice(0, 6)
      .map((organizationId, index) =>
        index === 4
          ? { organizationId, status: 'excused' as const }
          : { organizationId, status: 'present' as const, ...came(index, counselor) },
      ),
  });
  await writeMinutes(deps)(coordinator, {
    meetingId: exchange.id,
    minutes:
      'Échange sur trois situations. Les conseillers notent que le permis de conduire reste le premier frein à la sortie vers l’emploi.',
    decisions: ['Recenser les aides à la mobilité de chaque territoire'],
  });
  await addAction(deps)(coordinator, {
    meetingId: exchange.id,
    title: 'Recenser les aides à la mobilité (auto-école solidaire, location de scooters)',
    ownerOrganizationId: m(11),
    dueOn: second,
  });

  const april = await createMeeting(deps)(coordinator, {
    consortiumId: cast.consortiumId,
    kind: 'steering',
    title: 'Comité de pilotage mensuel',
    startsAt: paris(`${second}T09:30`),
    endsAt: paris(`${second}T11:30`),
    place: 'Maison de l’emploi, Bordeaux',
    agenda: steeringAgenda,
    invitedOrganizationIds: [...members],
  });
  await changeActionStatus(deps)(coordinator, {
    actionId: forumRoom.id,
    status: 'done',
    meetingId: april.id,
    note: 'Stand réservé',
  });
  await changeActionStatus(deps)(director, {
    actionId: sharedOffers.id,
    status: 'in_progress',
    meetingId: april.id,
    note: 'Liste commencée, trois postes recensés',
  });
  await recordAttendance(deps)(coordinator, {
    meetingId: april.id,
    attendance: members.map((organizationId, index) =>
      index % 4 === 2
        ? { organizationId, status: 'excused' as const }
        : { organizationId, status: 'present' as const, ...came(index, cast.memberDirector.userId) },
    ),
  });
  await writeMinutes(deps)(coordinator, {
    meetingId: april.id,
    minutes:
      'Le stand du forum est réservé. La liste des postes d’encadrant technique est commencée : l’action reste ouverte. Point sur les sorties dynamiques du trimestre.',
    decisions: ['Présenter les sorties du trimestre au financeur au prochain comité'],
  });
  await addAction(deps)(coordinator, {
    meetingId: april.id,
    title: 'Préparer la synthèse des sorties du trimestre',
    ownerOrganizationId: cast.coordinator.organizationId,
    ownerUserId: cast.coordinator.userId,
    dueOn: sameWeekdayNextMonth(`${second}T09:30`).slice(0, 10),
  });
  return { meetings: 3, actions: 4 };
}
