import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { linkedPeople } from '../../people/api.js';
import { addHouseholdMember } from '../../people/use-cases/add-household-member.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { formHousehold } from '../../people/use-cases/form-household.js';
import { getPersonFile } from '../../people/use-cases/get-person-file.js';
import { revokeConsent } from '../../people/use-cases/revoke-consent.js';
import { rekeyOpenEnrolments } from '../../programs/api.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { programProgress } from '../../programs/use-cases/program-progress.js';
import { setTargets } from '../../programs/use-cases/set-targets.js';
import { acceptHandoff } from './accept-handoff.js';
import { listHandoffs } from './list-handoffs.js';
import { proposeHandoff } from './propose-handoff.js';
import { withdrawHandoff } from './withdraw-handoff.js';

/**
 * A household handed over at once (issue 16): each member under a consent of their own, taken over in
 * one transaction — a failure for one member writes nothing — and formed again at the receiver, the
 * family counted once in a program counted in households.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let promis: Staff;
let coordinator: Staff;
let regional: Staff;
let regionalId: string;
let programId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T14:00:00Z'));
  const db = database.db;
  const montreal = await givenOrganization(db, { name: 'PROMIS' });
  const abitibi = await givenOrganization(db, { name: 'Partenaire régional — Abitibi' });
  regionalId = abitibi.id;
  const consortium = await givenConsortium(db, montreal.id, [montreal.id, abitibi.id]);
  promis = await givenStaff(db, montreal.id, 'counselor');
  coordinator = await givenStaff(db, montreal.id, 'coordinator');
  regional = await givenStaff(db, abitibi.id, 'counselor');
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: montreal.id,
      consortiumId: consortium.id,
      code: 'EER-M',
      nameFr: 'Emplois en régions (ménages)',
      nameEn: 'Jobs in the regions (households)',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    })
  ).id;
  const year = {
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    targetCount: 10,
    unit: 'household' as const,
  };
  await setTargets(deps)(systemContext(), {
    programId,
    targets: [
      { ...year, memberOrganizationId: null },
      { ...year, memberOrganizationId: montreal.id },
      { ...year, memberOrganizationId: abitibi.id },
    ],
  });
});
afterAll(() => database.close());

const intake = { source: 'walk_in' as const };

async function member(givenName: string, withConsent = true) {
  const { id: personId } = await createPerson(deps)(promis, {
    identity: { givenName, familyName: 'Mansour', birthDate: '1985-04-10', immigrationStatus: 'refugee' },
  });
  let consentId: string | null = null;
  if (withConsent)
    consentId = (
      await addPersonItem(deps)(promis, {
        personId,
        item: {
          kind: 'consent',
          data: {
            purpose: 'sharing_with_partners',
            givenOn: '2026-06-01',
            partnerOrganizationIds: [regionalId],
            covers: ['identity'],
          } as never,
        },
      })
    ).id;
  return { personId, consentId };
}

/** Amal (main contact) and Karim (spouse), both enrolled, in one household; a dependant in Amal's file. */
async function family(options: { karimConsents?: boolean } = {}) {
  const amal = await member('Amal');
  const karim = await member('Karim', options.karimConsents ?? true);
  const { householdId } = await formHousehold(rekeyOpenEnrolments)(deps)(promis, { personId: amal.personId });
  await addHouseholdMember(rekeyOpenEnrolments)(deps)(promis, {
    householdId,
    personId: karim.personId,
    relation: 'spouse',
  });
  await addPersonItem(deps)(promis, {
    personId: amal.personId,
    item: {
      kind: 'household_member',
      data: { relation: 'child', givenName: 'Nour', birthYear: 2019 } as never,
    },
  });
  const { id: enrolmentId } = await enrolPerson(deps)(promis, { programId, personId: amal.personId, intake });
  await enrolPerson(deps)(promis, { programId, personId: karim.personId, intake });
  return { amal, karim, householdId, enrolmentId };
}

const counted = async () => {
  const progress = await programProgress(deps)(coordinator, { programId });
  const actualOf = (organizationId: string | null) =>
    progress.rows.find((r) => r.organizationId === organizationId)?.actual;
  return {
    total: actualOf(null),
    promis: actualOf(promis.actor.organizationId),
    regional: actualOf(regionalId),
  };
};

const countRows = async () => ({
  people: Number(
    (
      await database.db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organization_id', '=', regionalId)
        .executeTakeFirstOrThrow()
    ).n,
  ),
  households: Number(
    (
      await database.db
        .selectFrom('households')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organization_id', '=', regionalId)
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

describe('proposing a household', () => {
  it('refuses a member without a consent naming the receiver, and anyone outside the household', async () => {
    const { amal, karim } = await family({ karimConsents: false });
    await expect(
      proposeHandoff(deps)(promis, {
        personId: amal.personId,
        receiverOrganizationId: regionalId,
        reason: 'moved_to_region',
        householdMemberIds: [karim.personId],
      }),
    ).rejects.toMatchObject({
      code: 'HANDOFF_MEMBER_CONSENT_MISSING',
      params: { name: 'Karim Mansour', organization: 'Partenaire régional — Abitibi' },
    });
    const stranger = await member('Sami');
    await expect(
      proposeHandoff(deps)(promis, {
        personId: amal.personId,
        receiverOrganizationId: regionalId,
        reason: 'moved_to_region',
        householdMemberIds: [stranger.personId],
      }),
    ).rejects.toMatchObject({ code: 'HANDOFF_MEMBER_NOT_IN_HOUSEHOLD' });
    // Alone, Amal may go; nothing was left of the refused proposals.
    const { id } = await proposeHandoff(deps)(promis, {
      personId: amal.personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
    });
    await withdrawHandoff(deps)(promis, { handoffId: id });
  });

  it('refuses a member already waiting in another proposal', async () => {
    const { amal, karim } = await family();
    const { id } = await proposeHandoff(deps)(promis, {
      personId: karim.personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
    });
    await expect(
      proposeHandoff(deps)(promis, {
        personId: amal.personId,
        receiverOrganizationId: regionalId,
        reason: 'moved_to_region',
        householdMemberIds: [karim.personId],
      }),
    ).rejects.toMatchObject({ code: 'HANDOFF_MEMBER_ALREADY_PROPOSED' });
    await withdrawHandoff(deps)(promis, { handoffId: id });
  });
});

describe('taking over a household', () => {
  it('writes nothing when one member’s consent no longer names the receiver', async () => {
    const { amal, karim, enrolmentId } = await family();
    const { id } = await proposeHandoff(deps)(promis, {
      personId: amal.personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
      enrolmentId,
      householdMemberIds: [karim.personId],
    });
    await revokeConsent(deps)(promis, {
      personId: karim.personId,
      itemId: karim.consentId as string,
      revokedOn: '2026-06-14',
    });
    const before = await countRows();
    await expect(
      acceptHandoff(deps)(regional, { handoffId: id, referentUserId: regional.actor.userId }),
    ).rejects.toMatchObject({ code: 'HANDOFF_MEMBER_CONSENT_MISSING' });
    expect(await countRows()).toEqual(before);
    const [waiting] = (
      await listHandoffs(deps)(regional, { direction: 'received', status: 'open' })
    ).items.filter((h) => h.id === id);
    // Still waiting; Karim is no longer named to the receiver (his consent is gone), Amal is.
    expect(waiting).toMatchObject({
      status: 'proposed',
      person: { givenName: 'Amal' },
      members: [{ senderPersonId: karim.personId, relation: 'spouse', person: null, receiverPersonId: null }],
    });
    await withdrawHandoff(deps)(promis, { handoffId: id });
  });

  it('takes over every member in one go, re-forms the household there and counts it once', async () => {
    const before = await counted();
    const { amal, karim, householdId, enrolmentId } = await family();
    expect(await counted()).toEqual({
      ...before,
      total: (before.total ?? 0) + 1,
      promis: (before.promis ?? 0) + 1,
    });
    const { id } = await proposeHandoff(deps)(promis, {
      personId: amal.personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
      enrolmentId,
      householdMemberIds: [karim.personId],
    });
    const [proposed] = (
      await listHandoffs(deps)(regional, { direction: 'received', status: 'open' })
    ).items.filter((h) => h.id === id);
    expect(proposed?.members).toMatchObject([
      { senderPersonId: karim.personId, relation: 'spouse', person: { givenName: 'Karim' } },
    ]);
    // Naming Karim to the receiver is a read under HIS consent, audited on his file.
    const karimReads = await database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_id'])
      .where('person_id', '=', karim.personId)
      .where('action', '=', 'sharing.list')
      .execute();
    expect(karimReads).toEqual([{ action: 'sharing.list', resource_id: karim.consentId }]);

    const { personId: amalThere } = await acceptHandoff(deps)(regional, {
      handoffId: id,
      referentUserId: regional.actor.userId,
    });
    const [accepted] = (
      await listHandoffs(deps)(regional, { direction: 'received', status: 'decided' })
    ).items.filter((h) => h.id === id);
    const karimThere = accepted?.members[0]?.receiverPersonId as string;
    expect(karimThere).toEqual(expect.any(String));
    const karimFile = await getPersonFile(deps)(regional, { personId: karimThere });
    expect(karimFile.identity).toMatchObject({ givenName: 'Karim', referentUserId: regional.actor.userId });
    expect(karimFile.identity.immigrationStatus ?? null).toBeNull();
    expect(await linkedPeople(database.db, karimThere, regionalId)).toEqual([
      { organizationId: promis.actor.organizationId, personId: karim.personId },
    ]);
    // The same household, formed again at the receiver: the same main contact, the dependant's age.
    const there = await database.db
      .selectFrom('household_memberships')
      .select(['person_id', 'relation'])
      .where('household_id', '=', householdId)
      .where('organization_id', '=', regionalId)
      .where('left_on', 'is', null)
      .orderBy('relation')
      .execute();
    expect(there).toEqual([
      { person_id: amalThere, relation: 'main' },
      { person_id: karimThere, relation: 'spouse' },
    ]);
    const amalFile = await getPersonFile(deps)(regional, { personId: amalThere });
    expect(amalFile.household).toMatchObject([{ relation: 'child', birthYear: 2019, givenName: null }]);
    // Both enrolments carried on, in the household's key; the family counted once, for PROMIS.
    const enrolments = await database.db
      .selectFrom('enrolments')
      .select(['person_id', 'status', 'household_key', 'continues_enrolment_id'])
      .where('organization_id', '=', regionalId)
      .where('person_id', 'in', [amalThere, karimThere])
      .execute();
    expect(enrolments).toHaveLength(2);
    expect(enrolments.every((e) => e.status === 'enrolled' && e.household_key === householdId)).toBe(true);
    expect(enrolments.every((e) => e.continues_enrolment_id !== null)).toBe(true);
    expect(await counted()).toEqual({
      ...before,
      total: (before.total ?? 0) + 1,
      promis: (before.promis ?? 0) + 1,
    });
  });
});
