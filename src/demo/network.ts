import type { RequestContext } from '../core/auth/actor.js';
import { instantOfLocal } from '../core/time-zone.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { bulletinRepository } from '../modules/network/adapters/bulletin-repository.js';
import { conveningsRepository } from '../modules/network/adapters/convenings-repository.js';
import type { PartnerKind, PartnerSector } from '../modules/network/domain/vocabulary.js';
import { addContact } from '../modules/network/use-cases/add-contact.js';
import { createConvening } from '../modules/network/use-cases/create-convening.js';
import { createPartner } from '../modules/network/use-cases/create-partner.js';
import { recordEngagement } from '../modules/network/use-cases/record-engagement.js';
import { addDays } from './demo-calendar.js';
import { type Random, seededRandom } from './random.js';

interface Coordinator {
  organizationId: string;
  userId: string;
  timeZone: string;
  language: 'fr' | 'en';
}

type PartnerSeed = [PartnerKind, string, PartnerSector[], string, [string, string][]];

/** St. Louis: the partners of a welcoming-city network (fictional names of real kinds). */
const stLouisPartners: PartnerSeed[] = [
  [
    'public_body',
    'City of St. Louis — Office of Immigrant Affairs',
    ['settlement'],
    'St. Louis City',
    [['Dana Brooks', 'Program manager']],
  ],
  [
    'public_body',
    'Missouri Job Center — St. Louis County',
    ['employment'],
    'St. Louis County',
    [['Kevin Hart', 'Business services']],
  ],
  [
    'association',
    'Welcome Neighbor STL',
    ['settlement', 'language'],
    'St. Louis metro',
    [['Sara Haddad', 'Director']],
  ],
  [
    'association',
    'Refugee & Immigrant Services Coalition',
    ['settlement', 'legal'],
    'St. Louis metro',
    [['Luis Ortega', 'Coordinator']],
  ],
  [
    'employer',
    'Gateway Health System',
    ['health', 'employment'],
    'St. Louis metro',
    [['Megan Price', 'Talent acquisition']],
  ],
  ['employer', 'Riverfront Logistics', ['employment'], 'North County', [['Derrick Cole', 'HR manager']]],
  [
    'school',
    'St. Louis Community College — Workforce Solutions',
    ['training', 'language'],
    'St. Louis metro',
    [['Priya Nair', 'Dean']],
  ],
  [
    'school',
    'Washington University — Credential Evaluation Clinic',
    ['credential_recognition'],
    'St. Louis',
    [['Tom Ward', 'Advisor']],
  ],
  ['housing', 'Gateway Housing Partners', ['housing'], 'St. Louis City', [['Angela Reed', 'Case manager']]],
  [
    'funder',
    'Greater St. Louis Community Foundation',
    ['other'],
    'St. Louis metro',
    [['Helen Moss', 'Program officer']],
  ],
];

/** Québec: the partners of regionalization (fictional names of real kinds). */
const quebecPartners: PartnerSeed[] = [
  [
    'public_body',
    'Ministère de l’Immigration — Direction régionale',
    ['settlement'],
    'Capitale-Nationale',
    [['Marie-Claude Pelletier', 'Conseillère en régionalisation']],
  ],
  [
    'public_body',
    'Services Québec — Bureau de Rimouski',
    ['employment'],
    'Bas-Saint-Laurent',
    [['Jean-François Ouellet', 'Agent d’aide à l’emploi']],
  ],
  [
    'association',
    'Carrefour d’intégration de l’Estrie',
    ['settlement', 'language'],
    'Estrie',
    [['Nadia Benali', 'Directrice']],
  ],
  [
    'association',
    'Table régionale en immigration du Saguenay',
    ['settlement'],
    'Saguenay–Lac-Saint-Jean',
    [['Pierre Tremblay', 'Coordonnateur']],
  ],
  [
    'employer',
    'Coopérative forestière du Nord',
    ['employment'],
    'Abitibi-Témiscamingue',
    [['Sylvie Gagné', 'Ressources humaines']],
  ],
  [
    'school',
    'Cégep régional — Formation continue',
    ['training', 'language'],
    'Bas-Saint-Laurent',
    [['Louis Bérubé', 'Conseiller pédagogique']],
  ],
  [
    'school',
    'Centre de services scolaire — Francisation',
    ['language'],
    'Capitale-Nationale',
    [['Amina Diallo', 'Enseignante']],
  ],
  [
    'health',
    'CISSS — Accueil des personnes immigrantes',
    ['health'],
    'Estrie',
    [['Claude Roy', 'Infirmière de liaison']],
  ],
  [
    'housing',
    'Office municipal d’habitation',
    ['housing'],
    'Saguenay–Lac-Saint-Jean',
    [['Martin Lavoie', 'Agent']],
  ],
  [
    'funder',
    'Fondation régionale pour l’emploi',
    ['other'],
    'Québec',
    [['Hélène Fortin', 'Chargée de programmes']],
  ],
];

const givenNames = [
  'Alex',
  'Sam',
  'Jordan',
  'Marie',
  'Louis',
  'Fatou',
  'Omar',
  'Lina',
  'Chen',
  'Priya',
  'Diego',
  'Olga',
  'Yusuf',
  'Anaïs',
  'Kwame',
  'Sofia',
  'Hugo',
  'Leila',
  'Noah',
  'Aïcha',
];
const familyNames = [
  'Martin',
  'Nguyen',
  'Diallo',
  'Smith',
  'Garcia',
  'Tremblay',
  'Kowalski',
  'Haddad',
  'Okafor',
  'Lefebvre',
  'Khan',
  'Dubois',
  'Santos',
  'Ivanova',
  'Mensah',
  'Roy',
  'Ahmed',
  'Morel',
  'Kim',
  'Bouchard',
];
const kinds: PartnerKind[] = [
  'public_body',
  'association',
  'association',
  'employer',
  'employer',
  'school',
  'health',
  'housing',
  'funder',
  'other',
];
const needs = [
  'Interpretation',
  'Wheelchair access',
  'Vegetarian meal',
  'Childcare',
  null,
  null,
  null,
  null,
  null,
  null,
];

async function contextOf(deps: Deps, staff: Coordinator): Promise<RequestContext> {
  const actor = await buildActor(
    deps.db,
    { id: staff.userId, displayName: 'demo', locale: staff.language },
    'demo-loader',
    staff.organizationId,
  );
  if (!actor) throw new Error('demo network: coordinator without membership');
  return { actor, requestId: 'demo-loader', locale: staff.language, ip: null };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

const summaries = {
  en: [
    'Presentation of the program and referral pathways.',
    'Follow-up on the candidates referred last month.',
    'Planning of the next forum.',
    'Signed a referral agreement.',
  ],
  fr: [
    'Présentation du programme et des voies de référencement.',
    'Suivi des candidatures orientées le mois dernier.',
    'Préparation du prochain forum.',
    'Signature d’une entente de référencement.',
  ],
};

async function givenPartners(
  deps: Deps,
  ctx: RequestContext,
  seeds: PartnerSeed[],
  today: string,
  random: Random,
  language: 'fr' | 'en',
) {
  const exchanges = ['meeting', 'call', 'email', 'event_attended', 'agreement_signed'] as const;
  for (const [kind, name, sectors, area, contacts] of seeds) {
    const { id } = await createPartner(deps)(ctx, {
      name,
      kind,
      sectors,
      area,
      sharedWithConsortium: kind !== 'funder',
    });
    const contactIds: string[] = [];
    for (const [contactName, role] of contacts)
      contactIds.push(
        (
          await addContact(deps)(ctx, {
            partnerId: id,
            body: {
              name: contactName,
              role,
              email: `${slug(contactName)}@partner.demo`,
              languages: ['fr', 'en'],
            },
          })
        ).id,
      );
    for (let i = 0; i < random.int(1, 3); i++)
      await recordEngagement(deps)(ctx, {
        partnerId: id,
        body: {
          occurredOn: addDays(today, -random.int(3, 200)),
          kind: random.pick(exchanges),
          summary: random.pick(summaries[language]),
          contactId: contactIds[0] ?? null,
        },
      });
  }
}

/** `count` registrants of a forum, deterministic, attendance taken when `held`. */
async function givenRegistrations(
  deps: Deps,
  staff: Coordinator,
  conveningId: string,
  count: number,
  registeredOn: Date,
  held: boolean,
  random: Random,
) {
  const rows = Array.from({ length: count }, (_, i) => {
    const name = `${givenNames[i % givenNames.length]} ${familyNames[Math.floor(i / givenNames.length) % familyNames.length]}`;
    const kind = random.pick(kinds);
    return {
      id: deps.newId(),
      organizationId: staff.organizationId,
      conveningId,
      contactId: null,
      name: i >= givenNames.length * familyNames.length ? `${name} ${i}` : name,
      email: `${slug(name)}${i}@stakeholder.demo`,
      partnerName: `${kind === 'employer' ? 'Employer' : 'Organization'} ${1 + (i % 40)}`,
      partnerKind: kind,
      needs: random.pick(needs),
      source: random.chance(0.6) ? ('public' as const) : ('staff' as const),
      now: registeredOn,
      attendance: held ? (random.chance(0.82) ? ('present' as const) : ('absent' as const)) : null,
      markedBy: held ? staff.userId : null,
    };
  });
  await conveningsRepository(deps.db).insertRegistrations(rows);
}

/**
 * The partner network of St. Louis and Québec: partners with contacts and exchanges (through the use
 * cases); St. Louis's stakeholder forum of some 110 registrants with its attendance, and the next one
 * open to registration; Québec's biennial forum (the last edition, ~300, attendance taken; the next,
 * open) and its bulletin's 400 subscribers with two issues sent. Registrations and subscribers are
 * written in bulk, so the demo stays quick to load.
 */
export async function loadDemoNetwork(
  deps: Deps,
  cast: { stLouis: Coordinator; quebec: Coordinator },
): Promise<{ partners: number; registrations: number; subscribers: number }> {
  const random = seededRandom(20_261_216);
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const at = (staff: Coordinator, day: string, time: string) =>
    instantOfLocal(`${day}T${time}`, staff.timeZone);

  const stLouis = await contextOf(deps, cast.stLouis);
  await givenPartners(deps, stLouis, stLouisPartners, today, random, 'en');
  const pastForum = await createConvening(deps)(stLouis, {
    title: 'St. Louis Stakeholder Forum on Immigrant Workforce',
    startsAt: at(cast.stLouis, addDays(today, -30), '09:00').toISOString(),
    endsAt: at(cast.stLouis, addDays(today, -30), '13:00').toISOString(),
    place: 'International Institute, 3401 Arsenal St, St. Louis',
    capacity: 150,
    description: 'Employers, public bodies, schools and community organizations on hiring newcomers.',
  });
  await givenRegistrations(
    deps,
    cast.stLouis,
    pastForum.id,
    112,
    new Date(now.getTime() - 45 * 86_400_000),
    true,
    random,
  );
  await createConvening(deps)(stLouis, {
    title: 'Spring Stakeholder Forum',
    startsAt: at(cast.stLouis, addDays(today, 60), '09:00').toISOString(),
    endsAt: at(cast.stLouis, addDays(today, 60), '13:00').toISOString(),
    place: 'International Institute, 3401 Arsenal St, St. Louis',
    capacity: 150,
    publicRegistration: true,
  });

  const quebec = await contextOf(deps, cast.quebec);
  await givenPartners(deps, quebec, quebecPartners, today, random, 'fr');
  const lastEdition = await createConvening(deps)(quebec, {
    title: 'Forum biennal sur la régionalisation de l’immigration',
    startsAt: at(cast.quebec, addDays(today, -200), '08:30').toISOString(),
    endsAt: at(cast.quebec, addDays(today, -199), '16:00').toISOString(),
    place: 'Centre des congrès de Québec',
    capacity: 350,
  });
  await givenRegistrations(
    deps,
    cast.quebec,
    lastEdition.id,
    296,
    new Date(now.getTime() - 230 * 86_400_000),
    true,
    random,
  );
  const nextEdition = await createConvening(deps)(quebec, {
    title: 'Forum biennal sur la régionalisation de l’immigration — prochaine édition',
    startsAt: at(cast.quebec, addDays(today, 45), '08:30').toISOString(),
    endsAt: at(cast.quebec, addDays(today, 46), '16:00').toISOString(),
    place: 'Centre des congrès de Québec',
    capacity: 350,
    description: 'Deux jours d’ateliers entre régions, employeurs et organismes d’accueil.',
    publicRegistration: true,
  });
  await givenRegistrations(
    deps,
    cast.quebec,
    nextEdition.id,
    38,
    new Date(now.getTime() - 5 * 86_400_000),
    false,
    random,
  );

  // The bulletin: 400 professionals, each with the consent they gave; a few unsubscribed since.
  const bulletin = bulletinRepository(deps.db);
  const subscribers = Array.from({ length: 400 }, (_, i) => {
    const name = `${givenNames[i % givenNames.length]} ${familyNames[Math.floor(i / givenNames.length) % familyNames.length]}`;
    return {
      id: deps.newId(),
      organizationId: cast.quebec.organizationId,
      email: `${slug(name)}.${i}@bulletin.demo`,
      name,
      consentedOn: addDays(today, -random.int(30, 700)),
      consentSource: random.pick(['form', 'event', 'import'] as const),
      consentWording:
        "J'accepte de recevoir le bulletin par courriel. Je peux me désabonner à tout moment avec le lien présent dans chaque numéro.",
      createdBy: cast.quebec.userId,
      now: new Date(now.getTime() - 20 * 86_400_000),
    };
  });
  await bulletin.insertSubscribers(subscribers);
  for (const [index, subject] of [
    'Bulletin de la régionalisation — automne',
    'Bulletin de la régionalisation — hiver',
  ].entries()) {
    const sentAt = new Date(now.getTime() - (60 - index * 40) * 86_400_000);
    const id = deps.newId();
    const recipients = subscribers.filter((s) => s.consentedOn <= sentAt.toISOString().slice(0, 10));
    await bulletin.insertBulletin({
      id,
      organizationId: cast.quebec.organizationId,
      subject,
      body: 'Les nouvelles des régions, les prochaines rencontres et les postes à pourvoir.',
      recipients: recipients.length,
      sentBy: cast.quebec.userId,
      now: sentAt,
    });
    await bulletin.insertDeliveries(
      recipients.map((s) => ({
        id: deps.newId(),
        organizationId: cast.quebec.organizationId,
        bulletinId: id,
        subscriberId: s.id,
      })),
    );
    await bulletin.markAllSent(id, cast.quebec.organizationId, sentAt);
  }
  for (const s of subscribers.filter((_, i) => i % 37 === 5))
    await bulletin.unsubscribe(s.id, s.organizationId, new Date(now.getTime() - 10 * 86_400_000));
  return {
    partners: stLouisPartners.length + quebecPartners.length,
    registrations: 112 + 296 + 38,
    subscribers: subscribers.length,
  };
}
