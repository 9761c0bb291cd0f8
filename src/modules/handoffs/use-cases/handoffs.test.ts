import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { linkedPeople } from '../../people/api.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { getPersonFile } from '../../people/use-cases/get-person-file.js';
import { revokeConsent } from '../../people/use-cases/revoke-consent.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { programProgress } from '../../programs/use-cases/program-progress.js';
import { setTargets } from '../../programs/use-cases/set-targets.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { handoffsPersonData } from '../api.js';
import { acceptHandoff } from './accept-handoff.js';
import { declineHandoff } from './decline-handoff.js';
import { listHandoffs } from './list-handoffs.js';
import { personHandoffs } from './person-handoffs.js';
import { proposeHandoff } from './propose-handoff.js';
import { readHandoff } from './read-handoff.js';
import { withdrawHandoff } from './withdraw-handoff.js';

/**
 * A Montréal organization hands a person over to a regional partner after their move: under consent
 * only, the referent kept at every moment, the enrolment carried on without counting the person
 * twice, refusals and withdrawals leaving everything as it was.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let promis: Staff;
let regional: Staff;
let regionalReferent: Staff;
let outsider: Staff;
let coordinator: Staff;
let regionalId: string;
let outsiderId: string;
let programId: string;
let localProgramId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T14:00:00Z'));
  const db = database.db;
  const montreal = await givenOrganization(db, { name: 'PROMIS' });
  const rimouski = await givenOrganization(db, { name: 'Partenaire régional — Bas-Saint-Laurent' });
  const elsewhere = await givenOrganization(db, { name: 'Organisme hors consortium' });
  regionalId = rimouski.id;
  outsiderId = elsewhere.id;
  const consortium = await givenConsortium(db, montreal.id, [montreal.id, rimouski.id]);
  promis = await givenStaff(db, montreal.id, 'counselor');
  coordinator = await givenStaff(db, montreal.id, 'coordinator');
  regional = await givenStaff(db, rimouski.id, 'counselor');
  regionalReferent = await givenStaff(db, rimouski.id, 'program_referent');
  outsider = await givenStaff(db, elsewhere.id, 'counselor');
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: montreal.id,
      consortiumId: consortium.id,
      code: 'EER',
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  localProgramId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: montreal.id,
      code: 'LOCAL',
      nameFr: 'Programme montréalais',
      nameEn: 'Montréal program',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  const year = {
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    targetCount: 10,
    unit: 'person' as const,
  };
  await setTargets(deps)(systemContext(), {
    programId,
    targets: [
      { ...year, memberOrganizationId: null },
      { ...year, memberOrganizationId: montreal.id },
      { ...year, memberOrganizationId: rimouski.id },
    ],
  });
});
afterAll(() => database.close());

const intake = { source: 'walk_in' as const };

async function personWithConsent(givenName: string, consent: Record<string, unknown> | null) {
  const { id: personId } = await createPerson(deps)(promis, {
    identity: { givenName, familyName: 'Haddad', birthDate: '1988-03-02', immigrationStatus: 'refugee' },
  });
  let consentId: string | null = null;
  if (consent)
    consentId = (
      await addPersonItem(deps)(promis, {
        personId,
        item: {
          kind: 'consent',
          data: { purpose: 'sharing_with_partners', givenOn: '2026-06-01', ...consent } as never,
        },
      })
    ).id;
  return { personId, consentId };
}

const namingRegional = () => ({ partnerOrganizationIds: [regionalId], covers: ['identity', 'plan'] });

describe('proposing a hand-off', () => {
  it('is refused without a consent naming the receiver, to oneself, and with an enrolment the receiver cannot carry', async () => {
    const { personId } = await personWithConsent('Sans', null);
    await expect(
      proposeHandoff(deps)(promis, {
        personId,
        receiverOrganizationId: regionalId,
        reason: 'moved_to_region',
      }),
    ).rejects.toMatchObject({ code: 'HANDOFF_CONSENT_MISSING' });
    await expect(
      proposeHandoff(deps)(promis, {
        personId,
        receiverOrganizationId: promis.actor.organizationId,
        reason: 'moved_to_region',
      }),
    ).rejects.toMatchObject({ code: 'HANDOFF_RECEIVER_UNKNOWN' });
    const named = await personWithConsent('Local', namingRegional());
    const { id: enrolmentId } = await enrolPerson(deps)(promis, {
      programId: localProgramId,
      personId: named.personId,
      intake,
    });
    await expect(
      proposeHandoff(deps)(promis, {
        personId: named.personId,
        receiverOrganizationId: regionalId,
        reason: 'moved_to_region',
        enrolmentId,
      }),
    ).rejects.toMatchObject({ code: 'HANDOFF_RECEIVER_NOT_IN_PROGRAM' });
    expect((await listHandoffs(deps)(regional, { direction: 'received', status: 'all' })).items).toEqual([]);
  });

  it('is refused to another organization, and a third one never sees it', async () => {
    const { personId } = await personWithConsent('Tiers', namingRegional());
    const { id } = await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
    });
    await expect(readHandoff(deps)(outsider, { handoffId: id })).rejects.toMatchObject({
      code: 'HANDOFF_NOT_FOUND',
    });
    await expect(
      proposeHandoff(deps)(promis, { personId, receiverOrganizationId: outsiderId, reason: 'other' }),
    ).rejects.toMatchObject({ code: 'HANDOFF_CONSENT_MISSING' });
    await expect(
      proposeHandoff(deps)(promis, { personId, receiverOrganizationId: regionalId, reason: 'other' }),
    ).rejects.toMatchObject({ code: 'HANDOFF_ALREADY_PROPOSED' });
    await expect(
      acceptHandoff(deps)(promis, { handoffId: id, referentUserId: promis.actor.userId }),
    ).rejects.toMatchObject({ code: 'HANDOFF_NOT_YOUR_DECISION' });
    await expect(withdrawHandoff(deps)(regional, { handoffId: id })).rejects.toMatchObject({
      code: 'HANDOFF_NOT_YOUR_DECISION',
    });
    await withdrawHandoff(deps)(promis, { handoffId: id });
    await expect(
      declineHandoff(deps)(regional, { handoffId: id, reason: 'no_capacity' }),
    ).rejects.toMatchObject({ code: 'HANDOFF_ALREADY_DECIDED' });
  });
});

describe('taking over', () => {
  it('opens the receiver’s file with its referent, carries the enrolment on and counts the person once', async () => {
    const { personId } = await personWithConsent('Rania', namingRegional());
    const { id: enrolmentId } = await enrolPerson(deps)(promis, { programId, personId, intake });
    const { id } = await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
      message: 'Installée à Rimouski depuis mai.',
      enrolmentId,
    });
    // Until acceptance, the sender's referent follows the person, and the receiver knows their name.
    const inbox = await listHandoffs(deps)(regional, { direction: 'received', status: 'open' });
    expect(inbox.items).toMatchObject([
      {
        id,
        status: 'proposed',
        person: { givenName: 'Rania', familyName: 'Haddad' },
        program: { nameFr: 'Emplois en régions' },
        actions: ['accept', 'decline'],
        receiverPersonId: null,
      },
    ]);
    // Naming the person in the receiver's list is a read under their consent, audited.
    const listed = await database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_type', 'organization_id', 'subject_organization_id'])
      .where('action', 'like', 'sharing.%')
      .where('person_id', '=', personId)
      .execute();
    expect(listed).toEqual([
      {
        action: 'sharing.list',
        resource_type: 'consent',
        organization_id: regionalId,
        subject_organization_id: promis.actor.organizationId,
      },
    ]);
    const before = await getPersonFile(deps)(promis, { personId });
    expect(before.identity.referentUserId).toBe(promis.actor.userId);

    const { personId: received } = await acceptHandoff(deps)(regional, {
      handoffId: id,
      referentUserId: regionalReferent.actor.userId,
    });
    const file = await getPersonFile(deps)(regional, { personId: received });
    expect(file.identity).toMatchObject({
      givenName: 'Rania',
      familyName: 'Haddad',
      birthDate: '1988-03-02',
      referentUserId: regionalReferent.actor.userId,
    });
    // The status stays with the sender.
    expect(file.identity.immigrationStatus ?? null).toBeNull();

    const senderEnrolments = await personEnrolments(deps)(promis, { personId });
    expect(senderEnrolments.items).toMatchObject([{ programId, status: 'withdrawn' }]);
    const receiverEnrolments = await personEnrolments(deps)(regional, { personId: received });
    expect(receiverEnrolments.items).toMatchObject([
      { programId, status: 'enrolled', enrolledOn: '2026-06-15' },
    ]);
    expect(await linkedPeople(database.db, received, regionalId)).toEqual([
      { organizationId: promis.actor.organizationId, personId },
    ]);

    const progress = await programProgress(deps)(coordinator, { programId });
    const actualOf = (organizationId: string | null) =>
      progress.rows.find((r) => r.organizationId === organizationId)?.actual;
    // The person entered through PROMIS: counted there and once in total, not again for the receiver.
    expect(actualOf(regionalId)).toBe(0);
    expect(actualOf(promis.actor.organizationId)).toBe(1);
    expect(actualOf(null)).toBe(1);

    const [sent] = (await personHandoffs(deps)(promis, { personId })).items;
    expect(sent).toMatchObject({
      status: 'accepted',
      direction: 'sent',
      receiverReferentName: expect.any(String),
      receiverPersonId: null,
    });
    const senderTimeline = await listPersonTimeline(deps)(promis, { personId });
    expect(senderTimeline.items.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['handoff.proposed', 'handoff.accepted']),
    );
    const receiverTimeline = await listPersonTimeline(deps)(regional, { personId: received });
    expect(receiverTimeline.items.map((e) => e.kind)).toContain('handoff.received');
  });

  it('refuses when the person revoked their consent meanwhile, and opens nothing', async () => {
    const { personId, consentId } = await personWithConsent('Omar', namingRegional());
    const { id } = await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
    });
    await revokeConsent(deps)(promis, { personId, itemId: consentId as string, revokedOn: '2026-06-15' });
    const filesBefore = await database.db
      .selectFrom('people')
      .select('id')
      .where('organization_id', '=', regionalId)
      .execute();
    await expect(
      acceptHandoff(deps)(regional, { handoffId: id, referentUserId: regional.actor.userId }),
    ).rejects.toMatchObject({ code: 'HANDOFF_CONSENT_MISSING' });
    const filesAfter = await database.db
      .selectFrom('people')
      .select('id')
      .where('organization_id', '=', regionalId)
      .execute();
    expect(filesAfter.length).toBe(filesBefore.length);
    // The receiver no longer knows who the person is.
    expect((await readHandoff(deps)(regional, { handoffId: id })).person).toBeNull();
  });

  it('declines with a reason, the sender keeping the person; a file already there is linked, not copied', async () => {
    const { personId } = await personWithConsent('Lina', namingRegional());
    const first = await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: regionalId,
      reason: 'closer_to_home',
    });
    await declineHandoff(deps)(regional, {
      handoffId: first.id,
      reason: 'no_capacity',
      note: 'Liste pleine',
    });
    const declined = await readHandoff(deps)(promis, { handoffId: first.id });
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'no_capacity', actions: [] });

    const { id: existing } = await createPerson(deps)(regional, {
      identity: { givenName: 'Lina', familyName: 'Haddad', birthDate: '1988-03-02' },
    });
    const second = await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: regionalId,
      reason: 'closer_to_home',
    });
    await expect(
      acceptHandoff(deps)(regional, {
        handoffId: second.id,
        referentUserId: regional.actor.userId,
        existingPersonId: personId,
      }),
    ).rejects.toMatchObject({ code: 'HANDOFF_EXISTING_FILE_NOT_FOUND' });
    const accepted = await acceptHandoff(deps)(regional, {
      handoffId: second.id,
      referentUserId: regionalReferent.actor.userId,
      existingPersonId: existing,
    });
    expect(accepted.personId).toBe(existing);
    const file = await getPersonFile(deps)(regional, { personId: existing });
    expect(file.identity.referentUserId).toBe(regionalReferent.actor.userId);
    const keys = await database.db
      .selectFrom('people')
      .select('counting_key')
      .where('id', 'in', [personId, existing])
      .execute();
    expect(new Set(keys.map((k) => k.counting_key)).size).toBe(1);
    expect(keys[0]?.counting_key).toBe(personId);
  });
});

describe("the person's rights", () => {
  it('exports the hand-offs of the file, and anonymization erases their texts but keeps who took over', async () => {
    const { personId } = await personWithConsent('Nour', namingRegional());
    const { id } = await proposeHandoff(deps)(promis, {
      personId,
      receiverOrganizationId: regionalId,
      reason: 'moved_to_region',
      message: 'Nour vit désormais chez sa sœur à Rimouski.',
    });
    await declineHandoff(deps)(regional, {
      handoffId: id,
      reason: 'other',
      note: 'Rappeler Nour en janvier',
    });
    const exported = await handoffsPersonData.personDataFor(
      database.db,
      promis.actor.organizationId,
      personId,
    );
    expect(exported.handoffs).toMatchObject([
      {
        id,
        direction: 'sent',
        status: 'declined',
        message: 'Nour vit désormais chez sa sœur à Rimouski.',
        declineNote: 'Rappeler Nour en janvier',
      },
    ]);
    await handoffsPersonData.anonymizePersonData(database.db, promis.actor.organizationId, personId);
    const after = await handoffsPersonData.personDataFor(database.db, promis.actor.organizationId, personId);
    expect(after.handoffs).toMatchObject([{ id, status: 'declined', message: null, declineNote: null }]);
  });
});
