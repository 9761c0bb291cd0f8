import type { Deps } from '../core/use-case.js';
import { acceptHandoff } from '../modules/handoffs/use-cases/accept-handoff.js';
import { proposeHandoff } from '../modules/handoffs/use-cases/propose-handoff.js';
import { addHouseholdMember } from '../modules/people/use-cases/add-household-member.js';
import { addPersonItem } from '../modules/people/use-cases/add-person-item.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import { formHousehold } from '../modules/people/use-cases/form-household.js';
import { rekeyOpenEnrolments } from '../modules/programs/api.js';
import { enrolPerson } from '../modules/programs/use-cases/enrol-person.js';
import { addDays } from './demo-calendar.js';
import { staffContext } from './staff-context.js';

interface Staff {
  organizationId: string;
  userId: string;
}

/** Households of Montréal who settle in Bas-Saint-Laurent, with the consent that lets the partner there know them. */
const movers = [
  { givenName: 'Samira', familyName: 'Benali', birthDate: '1987-04-12', sex: 'female', state: 'accepted' },
  {
    givenName: 'Oleksandr',
    familyName: 'Kovalenko',
    birthDate: '1983-09-30',
    sex: 'male',
    state: 'proposed',
  },
  { givenName: 'Yasmine', familyName: 'Haddad', birthDate: '1990-02-21', sex: 'female', state: 'ready' },
] as const;

/**
 * Emplois en régions' hand-offs: PROMIS (Montréal) hands people who moved to the Bas-Saint-Laurent
 * over to the regional partner there — one already taken over (the enrolment carried on), one
 * waiting for an answer, and one whose consent names the partner but who is not proposed yet (the
 * journey hands her over). Through the use cases, as each counselor.
 */
export async function loadDemoHandoffs(
  deps: Deps,
  cast: { promis: Staff; regional: Staff; programId: string },
): Promise<{ handoffs: number }> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const promis = await staffContext(deps, cast.promis);
  const regional = await staffContext(deps, cast.regional);
  let handoffs = 0;
  for (const mover of movers) {
    const { id: personId } = await createPerson(deps)(promis, {
      identity: {
        givenName: mover.givenName,
        familyName: mover.familyName,
        birthDate: mover.birthDate,
        sex: mover.sex,
        city: 'Montréal',
        region: 'Québec',
        country: 'CA',
        immigrationStatus: 'permanent_resident',
        preferredLanguage: 'fr',
      },
      intakeOn: addDays(today, -120),
    });
    await addPersonItem(deps)(promis, {
      personId,
      item: {
        kind: 'consent',
        data: {
          purpose: 'sharing_with_partners',
          partnerOrganizationIds: [cast.regional.organizationId],
          covers: ['identity', 'plan', 'sessions'],
          givenOn: addDays(today, -60),
        },
      },
    });
    const { id: enrolmentId } = await enrolPerson(deps)(promis, {
      programId: cast.programId,
      personId,
      intake: { source: 'walk_in' },
    });
    if (mover.state === 'ready') {
      await givenSpouseInHousehold(deps, promis, cast, personId, today);
      continue;
    }
    const { id } = await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: cast.regional.organizationId,
      reason: 'moved_to_region',
      enrolmentId,
      message: `${mover.givenName} s’est installé·e à Rimouski avec sa famille ; recherche d’emploi en cours, suivi à poursuivre sur place.`,
    });
    handoffs++;
    if (mover.state === 'accepted')
      await acceptHandoff(deps)(regional, { handoffId: id, referentUserId: cast.regional.userId });
  }
  return { handoffs };
}

/**
 * Yasmine moved with her husband Karim, who has a file of his own at PROMIS and consented too: a
 * household of two, so that the journey hands over both at once (issue 16). Karim is not enrolled, so
 * the program's figures stay as they were.
 */
async function givenSpouseInHousehold(
  deps: Deps,
  promis: Awaited<ReturnType<typeof staffContext>>,
  cast: { regional: Staff },
  personId: string,
  today: string,
) {
  const { id: spouseId } = await createPerson(deps)(promis, {
    identity: {
      givenName: 'Karim',
      familyName: 'Haddad',
      birthDate: '1986-11-05',
      sex: 'male',
      city: 'Montréal',
      region: 'Québec',
      country: 'CA',
      immigrationStatus: 'permanent_resident',
      preferredLanguage: 'fr',
    },
    intakeOn: addDays(today, -120),
  });
  await addPersonItem(deps)(promis, {
    personId: spouseId,
    item: {
      kind: 'consent',
      data: {
        purpose: 'sharing_with_partners',
        partnerOrganizationIds: [cast.regional.organizationId],
        covers: ['identity'],
        givenOn: addDays(today, -60),
      },
    },
  });
  const { householdId } = await formHousehold(rekeyOpenEnrolments)(deps)(promis, { personId });
  await addHouseholdMember(rekeyOpenEnrolments)(deps)(promis, {
    householdId,
    personId: spouseId,
    relation: 'spouse',
  });
}
