import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { addPersonItem } from '../../people/use-cases/add-person-item.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { revokeConsent } from '../../people/use-cases/revoke-consent.js';
import { referralJobHandlers, referralRemindersKind } from '../jobs.js';
import { anonymizePersonData, personDataFor } from '../person-data.js';
import { createService } from './create-service.js';
import { linkReferral } from './link-referral.js';
import { listReferrals } from './list-referrals.js';
import { listServices } from './list-services.js';
import { moveReferral } from './move-referral.js';
import { personReferrals } from './person-referrals.js';
import { readReferral } from './read-referral.js';
import { readReferralPerson } from './read-referral-person.js';
import { referralTargets } from './referral-targets.js';
import { sendReferral } from './send-referral.js';

/**
 * Referrals as use cases, on both engines: the consent gate, what travels, the moves by side, the
 * timelines, the reminders as tasks, the person's export and anonymization.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let sender: Staff;
let receiver: Staff;
let receiverCoordinator: Staff;
let stranger: Staff;
let receiverId: string;
let strangerOrgId: string;
const clock = fixedClock('2026-06-15T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const db = database.db;
  const association = await givenOrganization(db, { name: 'Association Solidarité Toulouse' });
  const missionLocale = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  const arml = await givenOrganization(db, { name: 'ARML Occitanie' });
  const other = await givenOrganization(db, { name: 'Mission Locale de Nîmes' });
  receiverId = missionLocale.id;
  strangerOrgId = other.id;
  await givenConsortium(db, arml.id, [association.id, missionLocale.id]);
  sender = await givenStaff(db, association.id, 'counselor');
  receiver = await givenStaff(db, missionLocale.id, 'counselor');
  receiverCoordinator = await givenStaff(db, missionLocale.id, 'coordinator');
  stranger = await givenStaff(db, other.id, 'counselor');
});
afterAll(() => database.close());

async function person(givenName: string, consent?: Record<string, unknown>) {
  const personId = (
    await createPerson(deps)(sender, {
      identity: {
        givenName,
        familyName: 'Referral',
        immigrationStatus: 'refugee',
        phone: '+33 6 11 22 33 44',
      },
    })
  ).id;
  let consentId: string | undefined;
  if (consent)
    consentId = (
      await addPersonItem(deps)(sender, {
        personId,
        item: {
          kind: 'consent',
          data: { purpose: 'sharing_with_partners', givenOn: '2026-06-01', ...consent } as never,
        },
      })
    ).id;
  return { personId, consentId };
}

describe('sending a referral', () => {
  it('to an organization of the consortium, refused without a consent naming it (nothing written)', async () => {
    const { personId } = await person('Nadia');
    await expect(
      sendReferral(deps)(sender, { personId, receiverOrganizationId: receiverId, purpose: 'youth_guidance' }),
    ).rejects.toMatchObject({ code: 'REFERRAL_CONSENT_MISSING' });
    expect(
      (await listReferrals(deps)(sender, { box: 'sent' })).items.filter((i) => i.person?.id === personId),
    ).toEqual([]);
    const targets = await referralTargets(deps)(sender, { personId });
    expect(targets.organizations).toEqual([
      { id: receiverId, name: 'Mission Locale de Toulouse', sections: [], programIds: [] },
    ]);
    expect(targets.programs).toEqual([]);
  });

  it('never more than the consent covers; never to an organization outside the consortia', async () => {
    const { personId } = await person('Omar', { partnerOrganizationIds: [receiverId], covers: ['identity'] });
    await expect(
      sendReferral(deps)(sender, {
        personId,
        receiverOrganizationId: receiverId,
        purpose: 'youth_guidance',
        sections: ['identity', 'plan'],
      }),
    ).rejects.toMatchObject({ code: 'REFERRAL_SECTIONS_NOT_COVERED' });
    await expect(
      sendReferral(deps)(sender, {
        personId,
        receiverOrganizationId: strangerOrgId,
        purpose: 'youth_guidance',
      }),
    ).rejects.toMatchObject({ code: 'REFERRAL_TARGET_UNKNOWN' });
  });
});

describe('a referral received', () => {
  let personId: string;
  let consentId: string;
  let referralId: string;

  beforeAll(async () => {
    ({ personId, consentId } = (await person('Yasmine', {
      partnerOrganizationIds: [receiverId],
      covers: ['identity', 'plan', 'sessions'],
    })) as { personId: string; consentId: string });
    referralId = (
      await sendReferral(deps)(sender, {
        personId,
        receiverOrganizationId: receiverId,
        purpose: 'youth_guidance',
        sections: ['identity', 'sessions'],
        message: 'Cherche une formation, disponible en semaine.',
      })
    ).id;
  });

  it('is in the inbox with the name; the person shows only the sections chosen, audited under the consent', async () => {
    const inbox = await listReferrals(deps)(receiver, { box: 'received' });
    const item = inbox.items.find((i) => i.id === referralId);
    expect(item).toMatchObject({
      direction: 'received',
      status: 'pending',
      person: { id: personId, givenName: 'Yasmine', familyName: 'Referral' },
      personShared: true,
      sections: ['identity', 'sessions'],
      sender: { name: 'Association Solidarité Toulouse' },
    });
    const file = await readReferralPerson(deps)(receiver, { referralId });
    expect(file).toMatchObject({
      sections: ['identity', 'sessions'],
      plan: null,
      employment: null,
      documents: null,
    });
    expect(file.identity).toMatchObject({ givenName: 'Yasmine', phone: '+33 6 11 22 33 44' });
    expect(JSON.stringify(file)).not.toContain('refugee');
    const reads = await database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_id', 'subject_organization_id'])
      .where('action', '=', 'sharing.read')
      .where('resource_id', '=', consentId)
      .execute();
    expect(reads).toHaveLength(1);
  });

  it('is not found by an organization neither sending nor receiving it, nor is its person by the sender', async () => {
    await expect(readReferral(deps)(stranger, { referralId })).rejects.toMatchObject({
      code: 'REFERRAL_NOT_FOUND',
    });
    await expect(readReferralPerson(deps)(sender, { referralId })).rejects.toMatchObject({
      code: 'REFERRAL_PERSON_NOT_SHARED',
    });
  });

  it('is answered by the receiver only, withdrawn by the sender only; the sender sees the status', async () => {
    await expect(moveReferral(deps)(sender, { referralId, move: 'accept' })).rejects.toMatchObject({
      code: 'REFERRAL_MOVE_NOT_ALLOWED',
    });
    await expect(moveReferral(deps)(receiver, { referralId, move: 'withdraw' })).rejects.toMatchObject({
      code: 'REFERRAL_MOVE_NOT_ALLOWED',
    });
    await expect(moveReferral(deps)(receiver, { referralId, move: 'complete' })).rejects.toMatchObject({
      code: 'REFERRAL_STATUS_CONFLICT',
    });
    await moveReferral(deps)(receiver, { referralId, move: 'accept' });
    expect(await readReferral(deps)(sender, { referralId })).toMatchObject({
      status: 'accepted',
      answeredBy: { userId: receiver.actor.userId },
    });
    await expect(moveReferral(deps)(sender, { referralId, move: 'withdraw' })).rejects.toMatchObject({
      code: 'REFERRAL_STATUS_CONFLICT',
    });
  });

  it('linked to the file the receiver opened, shows on both timelines', async () => {
    const own = (
      await createPerson(deps)(receiver, { identity: { givenName: 'Yasmine', familyName: 'Referral' } })
    ).id;
    await linkReferral(deps)(receiver, { referralId, personId: own });
    await moveReferral(deps)(receiver, { referralId, move: 'complete', outcomeNote: 'Entrée en PACEA.' });
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['organization_id', 'person_id', 'kind'])
      .where('resource_id', '=', referralId)
      .orderBy('recorded_at')
      .execute();
    expect(events.filter((e) => e.person_id === personId).map((e) => e.kind)).toEqual([
      'referral.sent',
      'referral.accepted',
      'referral.completed',
    ]);
    expect(events.filter((e) => e.person_id === own).map((e) => e.kind)).toEqual([
      'referral.received',
      'referral.completed',
    ]);
    expect((await personReferrals(deps)(receiver, { personId: own })).items).toMatchObject([
      { id: referralId, direction: 'received', status: 'completed', person: null },
    ]);
    expect((await personReferrals(deps)(sender, { personId })).items).toMatchObject([
      { id: referralId, direction: 'sent', status: 'completed', outcomeNote: 'Entrée en PACEA.' },
    ]);
  });

  it('after the consent is revoked: the existence and the status, never the person', async () => {
    await revokeConsent(deps)(sender, { personId, itemId: consentId, revokedOn: '2026-06-15' });
    const view = await readReferral(deps)(receiver, { referralId });
    expect(view).toMatchObject({ status: 'completed', person: null, personShared: false });
    await expect(readReferralPerson(deps)(receiver, { referralId })).rejects.toMatchObject({
      code: 'REFERRAL_PERSON_NOT_SHARED',
    });
  });
});

describe('declining, withdrawing, a directory service', () => {
  it('a decline carries its coded reason; a withdrawal is the sender’s while pending', async () => {
    const { personId } = await person('Samir', {
      partnerOrganizationIds: [receiverId],
      covers: ['identity'],
    });
    const first = (
      await sendReferral(deps)(sender, {
        personId,
        receiverOrganizationId: receiverId,
        purpose: 'employment',
      })
    ).id;
    await moveReferral(deps)(receiver, { referralId: first, move: 'decline', reason: 'no_capacity' });
    expect(await readReferral(deps)(sender, { referralId: first })).toMatchObject({
      status: 'declined',
      declineReason: 'no_capacity',
      person: { givenName: 'Samir' },
    });
    const second = (
      await sendReferral(deps)(sender, {
        personId,
        receiverOrganizationId: receiverId,
        purpose: 'employment',
      })
    ).id;
    await moveReferral(deps)(sender, { referralId: second, move: 'withdraw' });
    expect(await readReferral(deps)(receiver, { referralId: second })).toMatchObject({ status: 'withdrawn' });
  });

  it('to a service of the directory the sender records its answer; nothing travels', async () => {
    const { personId } = await person('Lina');
    const { id: serviceId } = await createService(deps)(sender, {
      name: 'Cours de FLE du soir',
      providerName: 'Centre social Bagatelle',
      kind: 'language_class',
      languages: ['fr', 'ar'],
    });
    await expect(
      sendReferral(deps)(sender, { personId, serviceId, purpose: 'language_class', sections: ['identity'] }),
    ).rejects.toThrow();
    const { id } = await sendReferral(deps)(sender, { personId, serviceId, purpose: 'language_class' });
    await moveReferral(deps)(sender, { referralId: id, move: 'accept' });
    expect(await readReferral(deps)(sender, { referralId: id })).toMatchObject({
      status: 'accepted',
      service: { name: 'Cours de FLE du soir' },
    });
    // A service not shared with the consortium is the association's alone.
    expect((await listServices(deps)(receiver, {})).items.map((s) => s.name)).not.toContain(
      'Cours de FLE du soir',
    );
  });
});

describe('reminders when nothing moves', () => {
  it('after seven days pending: a task to the receiver’s coordinators (on nobody) and to the sender, once a week', async () => {
    const { personId } = await person('Karim', {
      partnerOrganizationIds: [receiverId],
      covers: ['identity'],
    });
    const { id } = await sendReferral(deps)(sender, {
      personId,
      receiverOrganizationId: receiverId,
      purpose: 'housing',
    });
    const tasks = () =>
      database.db
        .selectFrom('tasks')
        .select(['organization_id', 'person_id', 'assignee_user_id', 'title'])
        .where('title', 'like', 'Orientation%')
        .execute();
    const run = (at: string) =>
      referralJobHandlers[referralRemindersKind]?.(
        testDeps(database, fixedClock(at)),
        {},
        undefined as never,
      );
    await run('2026-06-21T10:00:00Z');
    expect((await tasks()).filter((t) => t.person_id === personId)).toEqual([]);
    await run('2026-06-22T10:00:00Z');
    const given = await tasks();
    expect(given.filter((t) => t.person_id === personId)).toMatchObject([
      { assignee_user_id: sender.actor.userId, title: expect.stringContaining('Mission Locale de Toulouse') },
    ]);
    const receiverTasks = given.filter((t) => t.assignee_user_id === receiverCoordinator.actor.userId);
    expect(receiverTasks.length).toBeGreaterThan(0);
    expect(receiverTasks.every((t) => t.person_id === null)).toBe(true);
    const count = given.length;
    await run('2026-06-23T10:00:00Z');
    expect(await tasks()).toHaveLength(count);
    await moveReferral(deps)(receiver, { referralId: id, move: 'accept' });
    await run('2026-07-01T10:00:00Z');
    expect((await tasks()).filter((t) => t.person_id === personId)).toHaveLength(1);
  });
});

describe("the person's rights", () => {
  it('the referrals are in the export, and lose their texts at anonymization', async () => {
    const { personId } = await person('Amal', { partnerOrganizationIds: [receiverId], covers: ['identity'] });
    await sendReferral(deps)(sender, {
      personId,
      receiverOrganizationId: receiverId,
      purpose: 'health',
      message: 'Suivi médical à organiser.',
    });
    const organizationId = sender.actor.organizationId;
    expect((await personDataFor(database.db, organizationId, personId)).referrals).toMatchObject([
      { purpose: 'health', message: 'Suivi médical à organiser.', status: 'pending' },
    ]);
    expect(await anonymizePersonData(database.db, organizationId, personId)).toBe(1);
    expect((await personDataFor(database.db, organizationId, personId)).referrals).toMatchObject([
      { purpose: 'health', message: null, status: 'pending' },
    ]);
  });
});
