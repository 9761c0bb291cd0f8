import type { FrontDoorRequestBody } from '../contracts/front-door.js';
import { systemContext } from '../core/auth/actor.js';
import { fixedClock } from '../core/clock.js';
import type { Deps } from '../core/use-case.js';
import { requestFunnelFacts } from '../modules/front-door/api.js';
import { assignFrontDoorRequest } from '../modules/front-door/use-cases/assign-request.js';
import { closeFrontDoorRequest } from '../modules/front-door/use-cases/close-request.js';
import { convertFrontDoorRequest } from '../modules/front-door/use-cases/convert-request.js';
import { setFrontDoorSettings } from '../modules/front-door/use-cases/front-door-settings.js';
import { listFrontDoorRequests } from '../modules/front-door/use-cases/list-requests.js';
import { submitFrontDoorRequest } from '../modules/front-door/use-cases/submit-request.js';
import { addDays } from './demo-calendar.js';
import { type DemoStaffMember, staffContext } from './staff-context.js';

/** The public address of Emplois en régions' front door. */
export const demoFrontDoorSlug = 'emplois-en-regions';

type Ask = Omit<
  FrontDoorRequestBody,
  'consent' | 'languages' | 'communityKinds' | 'communityNeeds' | 'household'
> &
  Partial<Pick<FrontDoorRequestBody, 'languages' | 'communityKinds' | 'communityNeeds' | 'household'>>;

type Next = 'waiting' | 'confirmed' | 'reassigned' | 'converted' | 'closed';

const montreal = { country: 'CA', placeCode: '6077243' };
const laval = { country: 'CA', placeCode: '6050610' };

/**
 * Requests through the front door over the past months, in the four languages, and what became of
 * each: routed to PROMIS, CFIQ or INICI by the rules (or the least load), confirmed or reassigned by
 * the coordination, opened as files (a household's children recorded as dependants), closed with a
 * reason, a few asked twice (counted on the first), one still waiting in the queue.
 */
const requests: { daysAgo: number; ask: Ask; next: Next; repeatAfterDays?: number }[] = [
  {
    daysAgo: 160,
    ask: {
      language: 'ar',
      givenName: 'Samira',
      familyName: 'Khalil',
      birthYear: 1986,
      email: 'samira.khalil@example.org',
      residence: montreal,
      status: 'refugee',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'fr', level: 'intermediate' },
      ],
      occupation: 'Pharmacienne',
      regionsSought: ['08', '02'],
      anyRegion: false,
      communityKinds: ['small_town'],
      communityNeeds: ['schools', 'health_services'],
      household: [
        { relation: 'spouse', givenName: 'Fadi', birthYear: 1983 },
        { relation: 'child', givenName: 'Lina', birthYear: 2014 },
        { relation: 'child', givenName: 'Karim', birthYear: 2018 },
      ],
    },
    next: 'converted',
  },
  {
    daysAgo: 150,
    ask: {
      language: 'fr',
      givenName: 'Jean-Baptiste',
      familyName: 'Mukendi',
      birthYear: 1990,
      email: 'jb.mukendi@example.org',
      residence: { country: 'CD', city: 'Kinshasa' },
      status: 'csq_holder_abroad',
      languages: [
        { code: 'fr', level: 'fluent' },
        { code: 'ln', level: 'native' },
      ],
      occupation: 'Électricien',
      regionsSought: ['01'],
      anyRegion: false,
      communityKinds: ['small_town', 'village'],
      household: [{ relation: 'spouse', givenName: 'Grâce', birthYear: 1992 }],
    },
    next: 'converted',
  },
  {
    daysAgo: 140,
    ask: {
      language: 'es',
      givenName: 'Valentina',
      familyName: 'Rojas',
      birthYear: 1994,
      email: 'valentina.rojas@example.org',
      residence: montreal,
      status: 'permanent_resident',
      languages: [
        { code: 'es', level: 'native' },
        { code: 'fr', level: 'beginner' },
      ],
      occupation: 'Ingeniera agrónoma',
      regionsSought: ['02', '08'],
      anyRegion: false,
      communityKinds: ['city'],
      communityNeeds: ['public_transit'],
    },
    next: 'confirmed',
    repeatAfterDays: 6,
  },
  {
    daysAgo: 132,
    ask: {
      language: 'en',
      givenName: 'Daniel',
      familyName: 'Mensah',
      birthYear: 1988,
      phone: '+1 514 555 0142',
      residence: laval,
      status: 'permanent_resident',
      languages: [{ code: 'en', level: 'fluent' }],
      occupation: 'Truck driver',
      regionsSought: [],
      anyRegion: true,
      household: [
        { relation: 'spouse', givenName: 'Akosua', birthYear: 1990 },
        { relation: 'child', birthYear: 2020 },
      ],
    },
    next: 'converted',
  },
  {
    daysAgo: 120,
    ask: {
      language: 'ar',
      givenName: 'Youssef',
      familyName: 'Amrani',
      birthYear: 1992,
      email: 'youssef.amrani@example.org',
      residence: { country: 'MA', city: 'Casablanca' },
      status: 'csq_holder_abroad',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'fr', level: 'fluent' },
      ],
      occupation: 'Technicien en maintenance industrielle',
      regionsSought: ['02'],
      anyRegion: false,
      communityKinds: ['city'],
    },
    next: 'reassigned',
  },
  {
    daysAgo: 110,
    ask: {
      language: 'fr',
      givenName: 'Aïcha',
      familyName: 'Diallo',
      birthYear: 1985,
      email: 'aicha.diallo@example.org',
      residence: montreal,
      status: 'permanent_resident',
      languages: [
        { code: 'fr', level: 'fluent' },
        { code: 'ff', level: 'native' },
      ],
      occupation: 'Préposée aux bénéficiaires',
      regionsSought: ['01', '05'],
      anyRegion: false,
      communityKinds: ['small_town'],
      communityNeeds: ['schools', 'child_care'],
      household: [
        { relation: 'child', givenName: 'Mariam', birthYear: 2013 },
        { relation: 'child', givenName: 'Ibrahim', birthYear: 2016 },
        { relation: 'child', givenName: 'Fanta', birthYear: 2021 },
      ],
    },
    next: 'converted',
  },
  {
    daysAgo: 100,
    ask: {
      language: 'es',
      givenName: 'Luis',
      familyName: 'Hernández',
      birthYear: 1979,
      email: 'luis.hernandez@example.org',
      residence: montreal,
      status: 'temporary_worker',
      languages: [{ code: 'es', level: 'native' }],
      occupation: 'Soudeur',
      regionsSought: ['08'],
      anyRegion: false,
    },
    next: 'closed',
  },
  {
    daysAgo: 92,
    ask: {
      language: 'en',
      givenName: 'Priya',
      familyName: 'Raman',
      birthYear: 1991,
      email: 'priya.raman@example.org',
      residence: montreal,
      status: 'student',
      languages: [
        { code: 'en', level: 'fluent' },
        { code: 'ta', level: 'native' },
      ],
      occupation: 'Infirmière auxiliaire',
      regionsSought: ['05', '01'],
      anyRegion: false,
      communityKinds: ['city', 'small_town'],
    },
    next: 'confirmed',
  },
  {
    daysAgo: 85,
    ask: {
      language: 'ar',
      givenName: 'Rania',
      familyName: 'Haddad',
      birthYear: 1989,
      email: 'rania.haddad@example.org',
      residence: montreal,
      status: 'refugee',
      languages: [{ code: 'ar', level: 'native' }],
      occupation: 'Couturière',
      regionsSought: ['08'],
      anyRegion: false,
      communityKinds: ['small_town'],
      communityNeeds: ['schools', 'community_of_origin'],
      household: [
        { relation: 'child', givenName: 'Tala', birthYear: 2015 },
        { relation: 'child', givenName: 'Sami', birthYear: 2019 },
      ],
    },
    next: 'converted',
    repeatAfterDays: 3,
  },
  {
    daysAgo: 75,
    ask: {
      language: 'fr',
      givenName: 'Olena',
      familyName: 'Kovalenko',
      birthYear: 1987,
      email: 'olena.kovalenko@example.org',
      residence: montreal,
      status: 'temporary_worker',
      languages: [
        { code: 'uk', level: 'native' },
        { code: 'fr', level: 'intermediate' },
        { code: 'en', level: 'fluent' },
      ],
      occupation: 'Comptable',
      regionsSought: ['02'],
      anyRegion: false,
      household: [{ relation: 'child', givenName: 'Sofiia', birthYear: 2012 }],
    },
    next: 'converted',
  },
  {
    daysAgo: 66,
    ask: {
      language: 'es',
      givenName: 'Camila',
      familyName: 'Torres',
      birthYear: 1996,
      email: 'camila.torres@example.org',
      residence: { country: 'CO', city: 'Medellín' },
      status: 'csq_holder_abroad',
      languages: [{ code: 'es', level: 'native' }],
      occupation: 'Enseignante au primaire',
      regionsSought: ['01', '08'],
      anyRegion: false,
    },
    next: 'confirmed',
  },
  {
    daysAgo: 58,
    ask: {
      language: 'en',
      givenName: 'Tesfaye',
      familyName: 'Bekele',
      birthYear: 1984,
      phone: '+1 438 555 0177',
      residence: montreal,
      status: 'refugee',
      languages: [
        { code: 'am', level: 'native' },
        { code: 'en', level: 'fluent' },
      ],
      occupation: 'Mécanicien',
      regionsSought: [],
      anyRegion: true,
    },
    next: 'closed',
  },
  {
    daysAgo: 50,
    ask: {
      language: 'ar',
      givenName: 'Omar',
      familyName: 'Saleh',
      birthYear: 1981,
      email: 'omar.saleh@example.org',
      residence: laval,
      status: 'permanent_resident',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'en', level: 'intermediate' },
      ],
      occupation: 'Boucher',
      regionsSought: ['05'],
      anyRegion: false,
      household: [
        { relation: 'spouse', givenName: 'Huda', birthYear: 1985 },
        { relation: 'child', birthYear: 2010 },
        { relation: 'child', birthYear: 2013 },
        { relation: 'child', birthYear: 2017 },
      ],
    },
    next: 'confirmed',
  },
  {
    daysAgo: 41,
    ask: {
      language: 'fr',
      givenName: 'Nguyen',
      familyName: 'Thi Lan',
      birthYear: 1993,
      email: 'lan.nguyen@example.org',
      residence: montreal,
      status: 'permanent_resident',
      languages: [
        { code: 'vi', level: 'native' },
        { code: 'fr', level: 'fluent' },
      ],
      occupation: 'Cuisinière',
      regionsSought: ['09'],
      anyRegion: false,
      communityKinds: ['village'],
    },
    next: 'confirmed',
  },
  {
    daysAgo: 30,
    ask: {
      language: 'es',
      givenName: 'Mateo',
      familyName: 'Gómez',
      birthYear: 1990,
      email: 'mateo.gomez@example.org',
      residence: montreal,
      status: 'permanent_resident',
      languages: [{ code: 'es', level: 'native' }],
      occupation: 'Charpentier-menuisier',
      regionsSought: ['02', '01'],
      anyRegion: false,
      household: [{ relation: 'spouse', givenName: 'Lucía', birthYear: 1991 }],
    },
    next: 'converted',
  },
  {
    daysAgo: 21,
    ask: {
      language: 'en',
      givenName: 'Grace',
      familyName: 'Okafor',
      birthYear: 1995,
      email: 'grace.okafor@example.org',
      residence: montreal,
      status: 'temporary_worker',
      languages: [{ code: 'en', level: 'native' }],
      occupation: 'Préposée aux bénéficiaires',
      regionsSought: ['08'],
      anyRegion: false,
    },
    next: 'confirmed',
  },
  {
    daysAgo: 12,
    ask: {
      language: 'ar',
      givenName: 'Nadia',
      familyName: 'Mansour',
      birthYear: 1990,
      email: 'nadia.mansour@example.org',
      residence: montreal,
      status: 'refugee',
      languages: [{ code: 'ar', level: 'native' }],
      occupation: 'Aide-enseignante',
      regionsSought: ['01'],
      anyRegion: false,
      household: [{ relation: 'child', givenName: 'Yara', birthYear: 2017 }],
    },
    next: 'confirmed',
  },
  {
    daysAgo: 6,
    ask: {
      language: 'fr',
      givenName: 'Moussa',
      familyName: 'Traoré',
      birthYear: 1988,
      email: 'moussa.traore@example.org',
      residence: { country: 'SN', city: 'Dakar' },
      status: 'csq_holder_abroad',
      languages: [
        { code: 'fr', level: 'fluent' },
        { code: 'wo', level: 'native' },
      ],
      occupation: 'Agent de sécurité',
      regionsSought: ['02', '08'],
      anyRegion: false,
    },
    next: 'confirmed',
  },
  {
    daysAgo: 2,
    ask: {
      language: 'es',
      givenName: 'Isabela',
      familyName: 'Duarte',
      birthYear: 1997,
      email: 'isabela.duarte@example.org',
      residence: montreal,
      status: 'student',
      languages: [{ code: 'es', level: 'native' }],
      occupation: 'Technicienne de laboratoire',
      regionsSought: ['05'],
      anyRegion: false,
    },
    next: 'waiting',
  },
  {
    daysAgo: 1,
    ask: {
      language: 'en',
      givenName: 'Kwame',
      familyName: 'Asante',
      birthYear: 1987,
      email: 'kwame.asante@example.org',
      residence: montreal,
      status: 'permanent_resident',
      languages: [{ code: 'en', level: 'fluent' }],
      occupation: 'Machiniste',
      regionsSought: [],
      anyRegion: true,
    },
    next: 'waiting',
  },
];

/**
 * Emplois en régions' front door: the coordination's routing rules (Arabic speakers to CFIQ, CSQ
 * holders abroad to PROMIS, Spanish speakers to INICI, otherwise the least loaded member) and the
 * requests of the past months, through the use cases, each on its day.
 */
export async function loadDemoFrontDoor(
  deps: Deps,
  cast: {
    programId: string;
    promis: string;
    cfiq: string;
    inici: string;
    coordinator: DemoStaffMember;
    /** One staff member per receiving member: who opens files or closes requests. */
    members: readonly DemoStaffMember[];
  },
): Promise<{ requests: number; files: number }> {
  await setFrontDoorSettings(deps)(systemContext('demo-loader'), {
    programId: cast.programId,
    body: {
      slug: demoFrontDoorSlug,
      open: true,
      receivingOrganizationIds: [cast.promis, cast.cfiq, cast.inici],
      rules: [
        {
          label: 'Arabophones → CFIQ',
          conditions: { languagesAmong: ['ar'] },
          targetOrganizationId: cast.cfiq,
        },
        {
          label: 'CSQ à l’étranger → PROMIS',
          conditions: { statusesAmong: ['csq_holder_abroad'] },
          targetOrganizationId: cast.promis,
        },
        {
          label: 'Hispanophones → INICI',
          conditions: { languagesAmong: ['es'] },
          targetOrganizationId: cast.inici,
        },
      ],
    },
  });
  const coordinator = await staffContext(deps, cast.coordinator);
  const memberContexts = new Map<string, Awaited<ReturnType<typeof staffContext>>>();
  for (const member of cast.members)
    memberContexts.set(member.organizationId, await staffContext(deps, member));
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const at = (daysAgo: number, hour: number) =>
    new Date(`${addDays(today, -daysAgo)}T${String(hour).padStart(2, '0')}:15:00Z`);
  const on = (instant: Date) => ({ ...deps, clock: fixedClock(instant.toISOString()) });
  const publicly = { actor: null, requestId: 'demo-loader', locale: 'fr' as const, ip: null };
  let files = 0;
  for (const [index, entry] of requests.entries()) {
    const received = at(entry.daysAgo, 14 + (index % 6));
    const body: FrontDoorRequestBody = {
      languages: [],
      communityKinds: [],
      communityNeeds: [],
      household: [],
      ...entry.ask,
      consent: true,
    };
    await submitFrontDoorRequest(on(received))(publicly, { slug: demoFrontDoorSlug, body });
    if (entry.repeatAfterDays)
      await submitFrontDoorRequest(on(new Date(received.getTime() + entry.repeatAfterDays * 86_400_000)))(
        publicly,
        {
          slug: demoFrontDoorSlug,
          body,
        },
      );
    if (entry.next === 'waiting') continue;
    const queue = await listFrontDoorRequests(deps)(coordinator, { programId: cast.programId, state: 'new' });
    const row = queue.items.find(
      (item) => item.givenName === entry.ask.givenName && item.receivedAt === received.toISOString(),
    );
    const proposed = row?.proposedOrganization?.id;
    if (!row || !proposed) continue;
    // The coordination reads the queue within two days; a reassignment moves a request to the least busy member.
    const assignedTo = entry.next === 'reassigned' ? cast.inici : proposed;
    await assignFrontDoorRequest(on(new Date(received.getTime() + 30 * 3_600_000)))(coordinator, {
      requestId: row.id,
      organizationId: assignedTo,
      note:
        entry.next === 'reassigned' ? 'INICI a une place dans son groupe de Saguenay ce mois-ci.' : undefined,
    });
    const member = memberContexts.get(assignedTo);
    if (!member) continue;
    const later = on(new Date(received.getTime() + 5 * 86_400_000));
    if (entry.next === 'converted') {
      await convertFrontDoorRequest(later)(member, { requestId: row.id });
      files += 1;
    } else if (entry.next === 'closed')
      await closeFrontDoorRequest(later)(member, {
        requestId: row.id,
        reason: index % 2 === 0 ? 'unreachable' : 'withdrew',
      });
  }
  const facts = await requestFunnelFacts(deps.db, {
    organizationIds: [cast.promis, cast.cfiq, cast.inici],
    from: addDays(today, -365),
    to: today,
  });
  return { requests: facts.length, files };
}
