import { systemContext } from '../core/auth/actor.js';
import { inOneTransaction } from '../core/db/one-transaction.js';
import { type Lap, silentLap } from '../core/startup-progress.js';
import type { Deps } from '../core/use-case.js';
import { createStaffAccount } from '../modules/accounts/use-cases/create-staff-account.js';
import { createConsortium } from '../modules/organizations/use-cases/create-consortium.js';
import { createOrganization } from '../modules/organizations/use-cases/create-organization.js';
import { fivePrograms } from '../modules/programs/catalog/five-programs.js';
import { createProgram } from '../modules/programs/use-cases/create-program.js';
import { setReferent } from '../modules/programs/use-cases/set-referent.js';
import { setTargets } from '../modules/programs/use-cases/set-targets.js';
import { loadDemoApplications } from './applications.js';
import { loadDemoReferentChanges } from './caseload.js';
import { loadDemoDocuments } from './documents.js';
import { loadDemoEmployers } from './employers.js';
import { loadDemoFollowUp } from './follow-up.js';
import { loadDemoFrontDoor } from './front-door.js';
import { loadDemoHandoffs } from './handoffs.js';
import { loadDemoHouseholds } from './households.js';
import { loadDemoImmersions } from './immersions.js';
import { loadDemoLoanFund } from './loan-fund.js';
import { loadDemoMatching } from './matching.js';
import { loadDemoMeetings } from './meetings.js';
import { loadDemoNetwork } from './network.js';
import { loadDemoOffers } from './offers.js';
import { demoOrganizations } from './organizations.js';
import { loadDemoOutcomes } from './outcomes.js';
import { loadDemoOutreach } from './outreach.js';
import { loadDemoPeople } from './people.js';
import { loadDemoPlacements } from './placements.js';
import { loadDemoPlans } from './plans.js';
import { loadQuebecHistory } from './quebec/history.js';
import { seededRandom } from './random.js';
import { loadDemoRecognition } from './recognition.js';
import { loadDemoReferrals } from './referrals.js';
import { loadDemoRegionsStays } from './regions-stays.js';
import { loadDemoRelocationAid } from './relocation-aid.js';
import { loadDemoRelocationPlans } from './relocation-plans.js';
import { loadDemoSessions } from './sessions.js';
import { type DemoStaff, demoAdministratorTotpSecret, demoPassword, staffForEveryRole } from './staff.js';
import { loadDemoTasksAndViews } from './tasks-and-views.js';

export interface DemoSummary {
  organizations: number;
  staff: number;
  programs: number;
  people: number;
  enrolments: number;
  sessions: number;
  loans: number;
}

/** Loads the demo only into a database without any organization; returns null when it did nothing. */
export async function loadDemoIfEmpty(deps: Deps, lap: Lap = silentLap): Promise<DemoSummary | null> {
  return inOneTransaction(deps.db, async (db) => {
    const existing = await db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) return null;
    return loadEveryPart({ ...deps, db }, lap);
  });
}

/**
 * Loads the demo through the use cases, all in one transaction: it lands whole or not at all (a start
 * stopped halfway leaves an empty database, loaded again on the next start), and the thousands of use
 * cases it runs need no BEGIN and COMMIT of their own. `lap` names each part as it begins (`npm start`
 * prints them with their durations).
 */
export async function loadDemo(deps: Deps, lap: Lap = silentLap): Promise<DemoSummary> {
  return inOneTransaction(deps.db, (db) => loadEveryPart({ ...deps, db }, lap));
}

async function loadEveryPart(deps: Deps, lap: Lap): Promise<DemoSummary> {
  lap('organizations and staff');
  const system = systemContext('demo-loader');
  const organization = createOrganization(deps);
  const consortium = createConsortium(deps);
  const staffAccount = createStaffAccount(deps);
  let organizations = 0;
  let staff = 0;
  const create = async (input: Parameters<typeof organization>[1]) => {
    organizations += 1;
    // The demo logins of the README need no authenticator app, except the administrator's.
    return (await organization(system, { secondFactorRequiredFor: 'administrators', ...input })).id;
  };
  const hire = async (organizationId: string, member: DemoStaff) => {
    staff += 1;
    const { userId } = await staffAccount(system, {
      ...member,
      organizationId,
      password: demoPassword,
      ...(member.role === 'administrator' ? { totpSecret: demoAdministratorTotpSecret } : {}),
    });
    return userId;
  };
  const o = demoOrganizations;

  // St. Louis
  const stLouis = await create(o.stLouis.institute);
  const stLouisStaff = staffForEveryRole(
    'stlouis',
    {
      counselor: 'Dana Whitfield',
      program_referent: 'Grace Okafor',
      coordinator: 'Maria Lopez',
      director: 'Anna Crane',
      administrator: 'Tom Becker',
      funder: 'Linda Park',
    },
    'en',
  );
  const stLouisIds = new Map<string, string>();
  for (const member of stLouisStaff) stLouisIds.set(member.role, await hire(stLouis, member));

  // Louisville
  const immigrantAffairs = await create(o.louisville.immigrantAffairs);
  const louisvilleMembers = [immigrantAffairs];
  for (const partner of [o.louisville.workforce, o.louisville.careerServices, o.louisville.lender]) {
    louisvilleMembers.push(await create(partner));
  }
  const lender = louisvilleMembers.at(-1)!;
  // The lender's loan officer runs the revolving loan fund with the working group.
  const lenderDirector = await hire(lender, {
    email: 'lender@louisville.demo',
    displayName: 'Marcus Bell',
    role: 'director',
    locale: 'en',
  });
  const louisvilleConsortium = (
    await consortium(system, {
      name: 'Louisville Credential Recognition Working Group',
      coordinatingOrganizationId: immigrantAffairs,
      memberOrganizationIds: louisvilleMembers,
    })
  ).id;
  const louisvilleIds = new Map<string, string>();
  for (const member of staffForEveryRole(
    'louisville',
    {
      counselor: 'Samira Haddad',
      program_referent: 'Kevin Doyle',
      coordinator: 'Leticia Moore',
      director: 'Robert Hayes',
      administrator: 'Jenny Walsh',
      funder: 'Daniel Reyes',
    },
    'en',
  )) {
    louisvilleIds.set(member.role, await hire(immigrantAffairs, member));
  }

  // Occitanie
  const arml = await create(o.occitanie.coordinator);
  const missionsLocales: string[] = [];
  for (const member of o.occitanie.members) missionsLocales.push(await create(member));
  const partnerAssociation = await create(o.occitanie.association);
  const occitanieConsortium = (
    await consortium(system, {
      name: 'Consortium IPR Occitanie',
      coordinatingOrganizationId: arml,
      memberOrganizationIds: [...missionsLocales, partnerAssociation],
    })
  ).id;
  const associationCounselor = await hire(partnerAssociation, {
    email: 'counselor.association@occitanie.demo',
    displayName: 'Inès Moreau',
    role: 'counselor',
    locale: 'fr',
  });
  const occitanieIds = new Map<string, string>();
  for (const member of staffForEveryRole(
    'occitanie',
    {
      counselor: 'Camille Martin',
      program_referent: 'Sophie Bernard',
      coordinator: 'Nathalie Roux',
      director: 'Philippe Garcia',
      administrator: 'Claire Fabre',
      funder: 'Thomas Vidal',
    },
    'fr',
  )) {
    // The counselor and the referent work at the Mission Locale de Toulouse; the others at the regional association.
    const at = member.role === 'counselor' || member.role === 'program_referent' ? missionsLocales[0]! : arml;
    occitanieIds.set(member.role, await hire(at, member));
  }
  const occitanieCounselors: string[] = [occitanieIds.get('counselor')!];
  const occitanieReferents: string[] = [occitanieIds.get('program_referent')!];
  // Names only: the role is shown from the membership, in the reader's language (a title in the
  // name read "Conseillère" in the English interface and in every e-mail greeting).
  const mlCounselorNames = ['', 'Julie Dupuis', 'Karim Benaïssa', 'Élodie Fabre', 'Mathieu Rey'];
  const mlReferentNames = ['', 'Laure Vidal', 'Nicolas Perez', 'Amandine Roux', 'Sébastien Costes'];
  for (const [index, organizationId] of missionsLocales.entries()) {
    if (index === 0) continue;
    const city = o.occitanie.members[index]!.city!;
    const slug = city
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
    occitanieCounselors.push(
      await hire(organizationId, {
        email: `counselor.${slug}@occitanie.demo`,
        displayName: mlCounselorNames[index]!,
        role: 'counselor',
        locale: 'fr',
      }),
    );
    occitanieReferents.push(
      await hire(organizationId, {
        email: `referent.${slug}@occitanie.demo`,
        displayName: mlReferentNames[index]!,
        role: 'program_referent',
        locale: 'fr',
      }),
    );
  }

  // Gironde
  const impulserCoordination = await create(o.gironde.coordinator);
  const siae: string[] = [];
  for (const member of o.gironde.members) siae.push(await create(member));
  const girondeConsortium = (
    await consortium(system, {
      name: 'impulseR Gironde',
      coordinatingOrganizationId: impulserCoordination,
      memberOrganizationIds: siae,
    })
  ).id;
  const girondeIds = new Map<string, string>();
  for (const member of staffForEveryRole(
    'gironde',
    {
      counselor: 'Inès Lambert',
      program_referent: 'Hugo Moreau',
      coordinator: 'Aurélie Petit',
      director: 'Bruno Laurent',
      administrator: 'Sandrine Girard',
      funder: 'Hélène Marchand',
    },
    'fr',
  )) {
    const at =
      member.role === 'counselor' || member.role === 'program_referent' ? siae[0]! : impulserCoordination;
    girondeIds.set(member.role, await hire(at, member));
  }
  // The director of the first SIAE, who sits on impulseR's steering committee.
  const bastideDirector = await hire(siae[0]!, {
    email: 'director.bastide@gironde.demo',
    displayName: 'Karine Dufour',
    role: 'director',
    locale: 'fr',
  });

  // Québec
  const promis = await create(o.quebec.promis);
  const quebecMembers = [promis];
  for (const member of o.quebec.others) quebecMembers.push(await create(member));
  const regionalPartners: string[] = [];
  for (const partner of o.quebec.regionalPartners) regionalPartners.push(await create(partner));
  const quebecConsortium = (
    await consortium(system, {
      name: 'Emplois en régions',
      coordinatingOrganizationId: promis,
      memberOrganizationIds: [...quebecMembers, ...regionalPartners],
    })
  ).id;
  const quebecIds = new Map<string, string>();
  for (const member of staffForEveryRole(
    'quebec',
    {
      counselor: 'Geneviève Tremblay',
      program_referent: 'Mathieu Gagnon',
      coordinator: 'Isabelle Roy',
      director: 'François Côté',
      administrator: 'Julie Bouchard',
      funder: 'Émilie Lavoie',
    },
    'fr',
  )) {
    quebecIds.set(member.role, await hire(promis, member));
  }
  // The counselor of the regional partner in Bas-Saint-Laurent, who takes over people who settle there.
  const rimouskiCounselor = await hire(regionalPartners[0]!, {
    email: 'counselor.rimouski@quebec.demo',
    displayName: 'Marie-Ève Pelletier',
    role: 'counselor',
    locale: 'fr',
  });
  // And the one in Abitibi-Témiscamingue, who takes over the households settling in Rouyn-Noranda.
  await hire(regionalPartners[2]!, {
    email: 'counselor.abitibi@quebec.demo',
    displayName: 'Sophie Gagnon',
    role: 'counselor',
    locale: 'fr',
  });

  // A counselor at CFIQ and one at INICI, who take the front door's requests routed to them (issue 17).
  const [cfiq, inici] = [quebecMembers[1]!, quebecMembers[2]!];
  const cfiqCounselor = await hire(cfiq, {
    email: 'counselor.cfiq@quebec.demo',
    displayName: 'Nadia Benali',
    role: 'counselor',
    locale: 'fr',
  });
  const iniciCounselor = await hire(inici, {
    email: 'counselor.inici@quebec.demo',
    displayName: 'Carlos Medina',
    role: 'counselor',
    locale: 'fr',
  });

  // Programs, with targets and referents.
  lap('programs');
  const currentYear = deps.clock.now().getUTCFullYear();
  const catalog = fivePrograms(
    {
      occitanie: { coordinatorId: arml, consortiumId: occitanieConsortium, memberIds: missionsLocales },
      gironde: { coordinatorId: impulserCoordination, consortiumId: girondeConsortium, memberIds: siae },
      stLouis: { organizationId: stLouis },
      louisville: {
        organizationId: immigrantAffairs,
        consortiumId: louisvilleConsortium,
        memberIds: louisvilleMembers,
      },
      quebec: {
        coordinatorId: promis,
        consortiumId: quebecConsortium,
        memberIds: [...quebecMembers, ...regionalPartners],
      },
    },
    currentYear - 1,
  );
  const programIds = new Map<string, string>();
  for (const entry of catalog) {
    const { id } = await createProgram(deps)(system, entry.input);
    programIds.set(entry.key, id);
    if (entry.targets.length > 0) await setTargets(deps)(system, { programId: id, targets: entry.targets });
  }
  const name = async (programKey: string, organizationId: string, userId: string) =>
    setReferent(deps)(system, { programId: programIds.get(programKey)!, organizationId, userId });
  for (const [index, organizationId] of missionsLocales.entries())
    await name('ipr', organizationId, occitanieReferents[index]!);
  await name('rcp', stLouis, stLouisIds.get('program_referent')!);
  await name('icp', stLouis, stLouisIds.get('program_referent')!);
  await name('impulser', siae[0]!, girondeIds.get('program_referent')!);
  await name('emplois-en-regions', promis, quebecIds.get('program_referent')!);
  await name('louisville-recredentialing', immigrantAffairs, louisvilleIds.get('program_referent')!);

  lap('people and enrolments');
  const people = await loadDemoPeople(deps, {
    programIds,
    enrollers: {
      ipr: missionsLocales.map((organizationId, index) => ({
        organizationId,
        userId: occitanieCounselors[index]!,
      })),
      rcp: [{ organizationId: stLouis, userId: stLouisIds.get('counselor')! }],
      icp: [{ organizationId: stLouis, userId: stLouisIds.get('counselor')! }],
      impulser: [{ organizationId: siae[0]!, userId: girondeIds.get('counselor')! }],
      'emplois-en-regions': [{ organizationId: promis, userId: quebecIds.get('counselor')! }],
      'louisville-recredentialing': [
        { organizationId: immigrantAffairs, userId: louisvilleIds.get('counselor')! },
      ],
    },
    programStart: `${currentYear - 1}-01-01`,
  });

  lap('repérage');
  await loadDemoOutreach(deps, {
    programId: programIds.get('ipr')!,
    enrolled: people.enrolledByProgram.get('ipr') ?? [],
    counselors: missionsLocales.map((organizationId, index) => ({
      organizationId,
      userId: occitanieCounselors[index]!,
    })),
  });

  lap('referrals and partner directories');
  await loadDemoReferrals(deps, {
    association: { organizationId: partnerAssociation, userId: associationCounselor },
    toulouse: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
    montpellier: { organizationId: missionsLocales[1]!, userId: occitanieCounselors[1]! },
    programId: programIds.get('ipr')!,
    directories: {
      occitanie: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
      gironde: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
      quebec: { organizationId: promis, userId: quebecIds.get('counselor')! },
      stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
      louisville: { organizationId: immigrantAffairs, userId: louisvilleIds.get('counselor')! },
    },
  });

  lap('partner network');
  await loadDemoNetwork(deps, {
    stLouis: {
      organizationId: stLouis,
      userId: stLouisIds.get('coordinator')!,
      timeZone: o.stLouis.institute.timeZone,
      language: 'en',
    },
    quebec: {
      organizationId: promis,
      userId: quebecIds.get('coordinator')!,
      timeZone: o.quebec.promis.timeZone,
      language: 'fr',
    },
  });

  lap('Québec households');
  await loadDemoHouseholds(deps, {
    enrolledByProgram: people.enrolledByProgram,
    counselor: { organizationId: promis, userId: quebecIds.get('counselor')! },
    people: 48,
  });

  lap('collective sessions');
  const sessions = await loadDemoSessions(deps, {
    programIds,
    enrolledByProgram: people.enrolledByProgram,
    gironde: {
      planner: { organizationId: siae[0]!, userId: girondeIds.get('program_referent')! },
      counselor: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
    },
    quebec: {
      coordinator: { organizationId: promis, userId: quebecIds.get('coordinator')! },
      counselor: { organizationId: promis, userId: quebecIds.get('counselor')! },
      consortiumId: quebecConsortium,
    },
    occitanie: {
      toulouseReferent: { organizationId: missionsLocales[0]!, userId: occitanieReferents[0]! },
      coordinator: { organizationId: arml, userId: occitanieIds.get('coordinator')! },
      counselors: missionsLocales.map((organizationId, index) => ({
        organizationId,
        userId: occitanieCounselors[index]!,
      })),
      consortiumId: occitanieConsortium,
    },
    stLouis: { coordinator: { organizationId: stLouis, userId: stLouisIds.get('coordinator')! } },
  });

  lap('plans');
  await loadDemoPlans(deps, {
    programIds,
    enrolledByProgram: people.enrolledByProgram,
    stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
    quebec: { organizationId: promis, userId: quebecIds.get('counselor')! },
    gironde: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
    occitanie: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
  });

  lap('appointments and notes');
  await loadDemoFollowUp(deps, {
    enrolledByProgram: people.enrolledByProgram,
    occitanie: {
      counselor: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
      referent: { organizationId: missionsLocales[0]!, userId: occitanieReferents[0]! },
      programId: programIds.get('ipr')!,
      counselorsOfEachMission: missionsLocales.map((organizationId, index) => ({
        organizationId,
        userId: occitanieCounselors[index]!,
      })),
    },
    stLouis: {
      counselor: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
      programKeys: ['rcp', 'icp'],
    },
    quebec: { counselor: { organizationId: promis, userId: quebecIds.get('counselor')! } },
  });

  lap('referent changes');
  await loadDemoReferentChanges(deps, {
    enrolledByProgram: people.enrolledByProgram,
    counselor: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
    referent: { organizationId: missionsLocales[0]!, userId: occitanieReferents[0]! },
  });

  lap('tasks and saved views');
  const team = (program: string, ids: Map<string, string>, organizationId: string, locale: 'fr' | 'en') => ({
    program,
    counselor: { organizationId, userId: ids.get('counselor')! },
    colleague: { organizationId, userId: ids.get('program_referent')! },
    locale,
  });
  await loadDemoTasksAndViews(deps, {
    programIds,
    enrolledByProgram: people.enrolledByProgram,
    teams: [
      {
        program: 'ipr',
        counselor: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
        colleague: { organizationId: missionsLocales[0]!, userId: occitanieReferents[0]! },
        locale: 'fr',
      },
      team('rcp', stLouisIds, stLouis, 'en'),
      team('icp', stLouisIds, stLouis, 'en'),
      team('impulser', girondeIds, siae[0]!, 'fr'),
      team('emplois-en-regions', quebecIds, promis, 'fr'),
      team('louisville-recredentialing', louisvilleIds, immigrantAffairs, 'en'),
    ],
  });

  lap('documents');
  await loadDemoDocuments(deps, {
    enrolledByProgram: people.enrolledByProgram,
    files: [
      {
        staff: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
        program: 'ipr',
        locale: 'fr',
        people: 2,
      },
      {
        staff: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
        program: 'rcp',
        locale: 'en',
        people: 2,
      },
    ],
  });

  lap('loan fund');
  const loanFund = await loadDemoLoanFund(deps, {
    lenderId: lender,
    participantIds: louisvilleMembers.filter((id) => id !== lender),
    followingOrganizationId: immigrantAffairs,
    lenderDirectorId: lenderDirector,
    counselorId: louisvilleIds.get('counselor')!,
    referentId: louisvilleIds.get('program_referent')!,
    coordinatorId: louisvilleIds.get('coordinator')!,
    currentPeople: people.enrolledByProgram.get('louisville-recredentialing') ?? [],
  });

  lap('employers');
  await loadDemoEmployers(deps, {
    gironde: {
      organizationId: siae[0]!,
      userId: girondeIds.get('counselor')!,
      consortiumId: girondeConsortium,
    },
    louisville: { organizationId: immigrantAffairs, userId: louisvilleIds.get('counselor')! },
    stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
    quebec: { organizationId: promis, userId: quebecIds.get('counselor')! },
    occitanie: { organizationId: missionsLocales[0]!, userId: occitanieCounselors[0]! },
  });
  lap('offers');
  await loadDemoOffers(deps, {
    gironde: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
    louisville: { organizationId: immigrantAffairs, userId: louisvilleIds.get('counselor')! },
    stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
    quebec: { organizationId: promis, userId: quebecIds.get('counselor')! },
  });
  lap('immersions');
  await loadDemoImmersions(deps, {
    enrolledByProgram: people.enrolledByProgram,
    programId: programIds.get('impulser'),
    gironde: {
      counselor: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
      planner: { organizationId: siae[0]!, userId: girondeIds.get('program_referent')! },
    },
  });
  lap('applications');
  await loadDemoApplications(deps, {
    enrolledByProgram: people.enrolledByProgram,
    stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
    gironde: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
  });
  lap('job-search wishes');
  await loadDemoMatching(deps, {
    enrolledByProgram: people.enrolledByProgram,
    stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
    gironde: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
  });
  lap('placements');
  await loadDemoPlacements(deps, {
    enrolledByProgram: people.enrolledByProgram,
    gironde: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
    stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
  });
  lap('credential recognition');
  await loadDemoRecognition(deps, {
    enrolledByProgram: people.enrolledByProgram,
    louisville: {
      keeper: { organizationId: immigrantAffairs, userId: louisvilleIds.get('coordinator')! },
      counselor: { organizationId: immigrantAffairs, userId: louisvilleIds.get('counselor')! },
      currentLoans: loanFund.currentLoans,
    },
    stLouis: {
      keeper: { organizationId: stLouis, userId: stLouisIds.get('coordinator')! },
      counselor: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
    },
  });
  lap('consortium meetings');
  await loadDemoMeetings(deps, {
    coordinator: { organizationId: impulserCoordination, userId: girondeIds.get('coordinator')! },
    memberDirector: { organizationId: siae[0]!, userId: bastideDirector },
    consortiumId: girondeConsortium,
    members: siae,
  });
  lap('hand-offs');
  await loadDemoHandoffs(deps, {
    promis: { organizationId: promis, userId: quebecIds.get('counselor')! },
    regional: { organizationId: regionalPartners[0]!, userId: rimouskiCounselor },
    programId: programIds.get('emplois-en-regions')!,
  });
  lap('regional partners and exploratory stays');
  await loadDemoRegionsStays(deps, {
    consortiumId: quebecConsortium,
    regionalPartners,
    coordinator: { organizationId: promis, userId: quebecIds.get('coordinator')! },
    counselor: { organizationId: promis, userId: quebecIds.get('counselor')! },
    rimouskiCounselor: { organizationId: regionalPartners[0]!, userId: rimouskiCounselor },
  });
  lap('regionalization plans');
  await loadDemoRelocationPlans(deps, {
    counselor: { organizationId: promis, userId: quebecIds.get('counselor')! },
    programId: programIds.get('emplois-en-regions')!,
    households: 8,
  });
  lap('relocation aid');
  await loadDemoRelocationAid(deps, {
    programId: programIds.get('emplois-en-regions')!,
    counselor: { organizationId: promis, userId: quebecIds.get('counselor')! },
    coordinator: { organizationId: promis, userId: quebecIds.get('coordinator')! },
  });
  lap('front door');
  await loadDemoFrontDoor(deps, {
    programId: programIds.get('emplois-en-regions')!,
    promis,
    cfiq,
    inici,
    coordinator: { organizationId: promis, userId: quebecIds.get('coordinator')! },
    members: [
      { organizationId: promis, userId: quebecIds.get('counselor')! },
      { organizationId: cfiq, userId: cfiqCounselor },
      { organizationId: inici, userId: iniciCounselor },
    ],
  });
  lap('exits and follow-ups');
  await loadDemoOutcomes(deps, {
    programIds,
    gironde: { organizationId: siae[0]!, userId: girondeIds.get('counselor')! },
    stLouis: { organizationId: stLouis, userId: stLouisIds.get('counselor')! },
    quebec: { organizationId: promis, userId: quebecIds.get('counselor')! },
    occitanie: { organizationId: missionsLocales[1]!, userId: occitanieCounselors[1]! },
    louisville: { organizationId: immigrantAffairs, userId: louisvilleIds.get('counselor')! },
  });
  lap('households settled in the regions');
  await loadQuebecHistory(
    deps.db,
    {
      programId: programIds.get('emplois-en-regions')!,
      frontDoor: {
        organizationId: promis,
        consortiumId: quebecConsortium,
        userId: quebecIds.get('coordinator')!,
      },
      hosts: {
        '01': regionalPartners[0]!,
        '02': regionalPartners[1]!,
        '08': regionalPartners[2]!,
        '05': regionalPartners[3]!,
      },
      members: [
        { organizationId: promis, userId: quebecIds.get('counselor')!, share: 4 },
        { organizationId: cfiq, userId: cfiqCounselor, share: 3 },
        { organizationId: inici, userId: iniciCounselor, share: 3 },
      ],
      firstYear: currentYear - 3,
      today: deps.clock.now().toISOString().slice(0, 10),
    },
    seededRandom(20_261_206),
  );

  return {
    organizations,
    staff,
    programs: catalog.length,
    people: people.people,
    enrolments: people.enrolments,
    sessions: sessions.sessions,
    loans: loanFund.loans,
  };
}
