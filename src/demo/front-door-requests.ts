import type { FrontDoorRequestBody } from '../contracts/front-door.js';

export type Next = 'waiting' | 'confirmed' | 'reassigned' | 'converted' | 'closed';
type Body = FrontDoorRequestBody;

const montreal = { country: 'CA', placeCode: '6077243' };
const laval = { country: 'CA', placeCode: '6050610' };
const abroad = (country: string, city: string) => ({ country, city });

/** ESCO occupations a few people picked among the form's suggestions (the others only wrote theirs). */
const esco = {
  industrialElectrician: '5df63943-f1bc-4438-90f1-92768a7a23c8',
  welder: '7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  nurseAssistant: '87d0795a-d41f-47ee-979f-0ab7d73836e7',
  cook: '90f75f67-495d-49fa-ab57-2f320e251d7e',
  healthcareAssistant: 'd38c2107-98f2-47b7-8bb4-f69750d51082',
};

/** What differs from one request to the next; `ask` below turns a row into the form's request. */
export interface DemoRequest {
  daysAgo: number;
  next: Next;
  /** Asked again this many days later (counted on the first). */
  repeatAfterDays?: number;
  language: Body['language'];
  name: [given: string, family: string];
  born: number;
  /** An e-mail address, or a phone number (starting with +). */
  contact: string;
  from: Body['residence'];
  status: NonNullable<Body['status']>;
  /** "ar native, fr intermediate": each language spoken and its level. */
  speaks: string;
  occupation: string;
  esco?: keyof typeof esco;
  /** Region codes in the order wanted, or "any". */
  regions: string;
  kinds?: Body['communityKinds'];
  needs?: Body['communityNeeds'];
  /** "spouse Fadi 1983, child 2020": relation, first name if given, year of birth. */
  household?: string;
}

/**
 * Requests through the front door over the past months, in the four languages, and what became of
 * each: routed to PROMIS, CFIQ or INICI by the rules (or the least load), confirmed or reassigned by
 * the coordination, opened as files (a household's children recorded as dependants), closed with a
 * reason, a few asked twice (counted on the first), two still waiting in the queue.
 */
export const demoFrontDoorRequests: readonly DemoRequest[] = [
  {
    daysAgo: 160,
    next: 'converted',
    language: 'ar',
    name: ['Samira', 'Khalil'],
    born: 1986,
    contact: 'samira.khalil@example.org',
    from: montreal,
    status: 'refugee',
    speaks: 'ar native, fr intermediate',
    occupation: 'Pharmacienne',
    regions: '08 02',
    kinds: ['small_town'],
    needs: ['schools', 'health_services'],
    household: 'spouse Fadi 1983, child Lina 2014, child Karim 2018',
  },
  {
    daysAgo: 150,
    next: 'converted',
    language: 'fr',
    name: ['Jean-Baptiste', 'Mukendi'],
    born: 1990,
    contact: 'jb.mukendi@example.org',
    from: abroad('CD', 'Kinshasa'),
    status: 'csq_holder_abroad',
    speaks: 'fr fluent, ln native',
    occupation: 'Électricien',
    esco: 'industrialElectrician',
    regions: '01',
    kinds: ['small_town', 'village'],
    household: 'spouse Grâce 1992',
  },
  {
    daysAgo: 140,
    next: 'confirmed',
    repeatAfterDays: 6,
    language: 'es',
    name: ['Valentina', 'Rojas'],
    born: 1994,
    contact: 'valentina.rojas@example.org',
    from: montreal,
    status: 'permanent_resident',
    speaks: 'es native, fr beginner',
    occupation: 'Ingeniera agrónoma',
    regions: '02 08',
    kinds: ['city'],
    needs: ['public_transit'],
  },
  {
    daysAgo: 132,
    next: 'converted',
    language: 'en',
    name: ['Daniel', 'Mensah'],
    born: 1988,
    contact: '+1 514 555 0142',
    from: laval,
    status: 'permanent_resident',
    speaks: 'en fluent',
    occupation: 'Truck driver',
    regions: 'any',
    household: 'spouse Akosua 1990, child 2020',
  },
  {
    daysAgo: 120,
    next: 'reassigned',
    language: 'ar',
    name: ['Youssef', 'Amrani'],
    born: 1992,
    contact: 'youssef.amrani@example.org',
    from: abroad('MA', 'Casablanca'),
    status: 'csq_holder_abroad',
    speaks: 'ar native, fr fluent',
    occupation: 'Technicien en maintenance industrielle',
    regions: '02',
    kinds: ['city'],
  },
  {
    daysAgo: 110,
    next: 'converted',
    language: 'fr',
    name: ['Aïcha', 'Diallo'],
    born: 1985,
    contact: 'aicha.diallo@example.org',
    from: montreal,
    status: 'permanent_resident',
    speaks: 'fr fluent, ff native',
    occupation: 'Préposée aux bénéficiaires',
    esco: 'healthcareAssistant',
    regions: '01 05',
    kinds: ['small_town'],
    needs: ['schools', 'child_care'],
    household: 'child Mariam 2013, child Ibrahim 2016, child Fanta 2021',
  },
  {
    daysAgo: 100,
    next: 'closed',
    language: 'es',
    name: ['Luis', 'Hernández'],
    born: 1979,
    contact: 'luis.hernandez@example.org',
    from: montreal,
    status: 'temporary_worker',
    speaks: 'es native',
    occupation: 'Soudeur',
    esco: 'welder',
    regions: '08',
  },
  {
    daysAgo: 92,
    next: 'confirmed',
    language: 'en',
    name: ['Priya', 'Raman'],
    born: 1991,
    contact: 'priya.raman@example.org',
    from: montreal,
    status: 'student',
    speaks: 'en fluent, ta native',
    occupation: 'Infirmière auxiliaire',
    esco: 'nurseAssistant',
    regions: '05 01',
    kinds: ['city', 'small_town'],
  },
  {
    daysAgo: 85,
    next: 'converted',
    repeatAfterDays: 3,
    language: 'ar',
    name: ['Rania', 'Haddad'],
    born: 1989,
    contact: 'rania.haddad@example.org',
    from: montreal,
    status: 'refugee',
    speaks: 'ar native',
    occupation: 'Couturière',
    regions: '08',
    kinds: ['small_town'],
    needs: ['schools', 'community_of_origin'],
    household: 'child Tala 2015, child Sami 2019',
  },
  {
    daysAgo: 75,
    next: 'converted',
    language: 'fr',
    name: ['Olena', 'Kovalenko'],
    born: 1987,
    contact: 'olena.kovalenko@example.org',
    from: montreal,
    status: 'temporary_worker',
    speaks: 'uk native, fr intermediate, en fluent',
    occupation: 'Comptable',
    regions: '02',
    household: 'child Sofiia 2012',
  },
  {
    daysAgo: 66,
    next: 'confirmed',
    language: 'es',
    name: ['Camila', 'Torres'],
    born: 1996,
    contact: 'camila.torres@example.org',
    from: abroad('CO', 'Medellín'),
    status: 'csq_holder_abroad',
    speaks: 'es native',
    occupation: 'Enseignante au primaire',
    regions: '01 08',
  },
  {
    daysAgo: 58,
    next: 'closed',
    language: 'en',
    name: ['Tesfaye', 'Bekele'],
    born: 1984,
    contact: '+1 438 555 0177',
    from: montreal,
    status: 'refugee',
    speaks: 'am native, en fluent',
    occupation: 'Mécanicien',
    regions: 'any',
  },
  {
    daysAgo: 50,
    next: 'confirmed',
    language: 'ar',
    name: ['Omar', 'Saleh'],
    born: 1981,
    contact: 'omar.saleh@example.org',
    from: laval,
    status: 'permanent_resident',
    speaks: 'ar native, en intermediate',
    occupation: 'Boucher',
    regions: '05',
    household: 'spouse Huda 1985, child 2010, child 2013, child 2017',
  },
  {
    daysAgo: 41,
    next: 'confirmed',
    language: 'fr',
    name: ['Nguyen', 'Thi Lan'],
    born: 1993,
    contact: 'lan.nguyen@example.org',
    from: montreal,
    status: 'permanent_resident',
    speaks: 'vi native, fr fluent',
    occupation: 'Cuisinière',
    esco: 'cook',
    regions: '09',
    kinds: ['village'],
  },
  {
    daysAgo: 30,
    next: 'converted',
    language: 'es',
    name: ['Mateo', 'Gómez'],
    born: 1990,
    contact: 'mateo.gomez@example.org',
    from: montreal,
    status: 'permanent_resident',
    speaks: 'es native',
    occupation: 'Charpentier-menuisier',
    regions: '02 01',
    household: 'spouse Lucía 1991',
  },
  {
    daysAgo: 21,
    next: 'confirmed',
    language: 'en',
    name: ['Grace', 'Okafor'],
    born: 1995,
    contact: 'grace.okafor@example.org',
    from: montreal,
    status: 'temporary_worker',
    speaks: 'en native',
    occupation: 'Préposée aux bénéficiaires',
    regions: '08',
  },
  {
    daysAgo: 12,
    next: 'confirmed',
    language: 'ar',
    name: ['Nadia', 'Mansour'],
    born: 1990,
    contact: 'nadia.mansour@example.org',
    from: montreal,
    status: 'refugee',
    speaks: 'ar native',
    occupation: 'Aide-enseignante',
    regions: '01',
    household: 'child Yara 2017',
  },
  {
    daysAgo: 6,
    next: 'confirmed',
    language: 'fr',
    name: ['Moussa', 'Traoré'],
    born: 1988,
    contact: 'moussa.traore@example.org',
    from: abroad('SN', 'Dakar'),
    status: 'csq_holder_abroad',
    speaks: 'fr fluent, wo native',
    occupation: 'Agent de sécurité',
    regions: '02 08',
  },
  {
    daysAgo: 2,
    next: 'waiting',
    language: 'es',
    name: ['Isabela', 'Duarte'],
    born: 1997,
    contact: 'isabela.duarte@example.org',
    from: montreal,
    status: 'student',
    speaks: 'es native',
    occupation: 'Technicienne de laboratoire',
    regions: '05',
  },
  {
    daysAgo: 1,
    next: 'waiting',
    language: 'en',
    name: ['Kwame', 'Asante'],
    born: 1987,
    contact: 'kwame.asante@example.org',
    from: montreal,
    status: 'permanent_resident',
    speaks: 'en fluent',
    occupation: 'Machiniste',
    regions: 'any',
  },
];

/** The public form's request for one row of the table. */
export function demoRequestBody(row: DemoRequest): Body {
  const [givenName, familyName] = row.name;
  const phone = row.contact.startsWith('+');
  return {
    language: row.language,
    givenName,
    familyName,
    birthYear: row.born,
    ...(phone ? { phone: row.contact } : { email: row.contact }),
    residence: row.from,
    status: row.status,
    languages: row.speaks.split(', ').map((spoken) => {
      const [code, level] = spoken.split(' ') as [string, Body['languages'][number]['level']];
      return { code, level };
    }),
    occupation: row.occupation,
    occupationCode: row.esco ? esco[row.esco] : undefined,
    regionsSought: row.regions === 'any' ? [] : row.regions.split(' '),
    anyRegion: row.regions === 'any',
    communityKinds: row.kinds ?? [],
    communityNeeds: row.needs ?? [],
    household: (row.household ? row.household.split(', ') : []).map((member) => {
      const words = member.split(' ');
      const relation = words[0] as Body['household'][number]['relation'];
      const birthYear = Number(words.at(-1));
      return words.length === 3 ? { relation, givenName: words[1], birthYear } : { relation, birthYear };
    }),
    consent: true,
  };
}
