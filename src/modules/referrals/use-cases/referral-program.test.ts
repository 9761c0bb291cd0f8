import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenPersonSharedWith } from '../../../../test/support/shared-person.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import type { Deps } from '../../../core/use-case.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { createService } from './create-service.js';
import { readReferral } from './read-referral.js';
import { referralTargets } from './referral-targets.js';
import { sendReferral } from './send-referral.js';

/**
 * The program a referral is made in (docs/referrals.md, "Program"), on both engines: chosen among those
 * the sender and the receiver both take part in, or by default the person's one open enrolment in such
 * a program; shown to both sides.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let sender: Staff;
let receiver: Staff;
let receiverId: string;
let shared: string;
let alsoShared: string;
let sendersOwn: string;
let serviceId: string;

const program = (ownerOrganizationId: string, code: string, consortiumId?: string) =>
  createProgram(deps)(systemContext(), {
    ownerOrganizationId,
    ...(consortiumId ? { consortiumId } : {}),
    code,
    nameFr: `Programme ${code}`,
    nameEn: `Program ${code}`,
    countingUnit: 'person',
    status: 'active',
    rules: [],
  } as never);

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T10:00:00Z'));
  const db = database.db;
  const association = await givenOrganization(db, { name: 'Association Solidarité Toulouse' });
  const missionLocale = await givenOrganization(db, { name: 'Mission Locale de Toulouse' });
  const arml = await givenOrganization(db, { name: 'ARML Occitanie' });
  receiverId = missionLocale.id;
  const consortium = await givenConsortium(db, arml.id, [association.id, missionLocale.id]);
  shared = (await program(arml.id, 'IPR', consortium.id)).id;
  alsoShared = (await program(arml.id, 'CEJ', consortium.id)).id;
  sendersOwn = (await program(association.id, 'LOCAL')).id;
  sender = await givenStaff(db, association.id, 'counselor');
  receiver = await givenStaff(db, missionLocale.id, 'counselor');
  serviceId = (await createService(deps)(sender, { name: 'Cours de FLE', kind: 'language_class' })).id;
});
afterAll(() => database.close());

/** A person of the sender's, with a consent naming the receiver, enrolled in these programs. */
async function personIn(givenName: string, programIds: string[]) {
  const personId = await givenPersonSharedWith(
    deps,
    sender,
    { givenName, familyName: 'Programme' },
    receiverId,
  );
  for (const programId of programIds)
    await enrolPerson(deps)(sender, { programId, personId, intake: { source: 'walk_in' } });
  return personId;
}

const toReceiver = (personId: string, programId?: string | null) =>
  sendReferral(deps)(sender, {
    personId,
    receiverOrganizationId: receiverId,
    purpose: 'youth_guidance',
    sections: ['identity'],
    ...(programId === undefined ? {} : { programId }),
  });

describe('the program of a referral', () => {
  it('is by default the one open enrolment in a program the receiver takes part in, shown to both sides', async () => {
    const personId = await personIn('Aya', [shared, sendersOwn]);
    const targets = await referralTargets(deps)(sender, { personId });
    expect(targets.programs.map((p) => p.id).sort()).toEqual([shared, sendersOwn].sort());
    expect(targets.organizations.find((o) => o.id === receiverId)?.programIds).toEqual([shared]);
    const { id } = await toReceiver(personId);
    const expected = { id: shared, nameFr: 'Programme IPR', nameEn: 'Program IPR' };
    expect((await readReferral(deps)(sender, { referralId: id })).program).toEqual(expected);
    expect((await readReferral(deps)(receiver, { referralId: id })).program).toEqual(expected);
    // None asked for: none, whatever the enrolments.
    const { id: without } = await toReceiver(personId, null);
    expect((await readReferral(deps)(receiver, { referralId: without })).program).toBeNull();
  });

  it('is none by default when two programs would do, or none; chosen, it is kept', async () => {
    const twice = await personIn('Omar', [shared, alsoShared]);
    const { id: undecided } = await toReceiver(twice);
    expect((await readReferral(deps)(sender, { referralId: undecided })).program).toBeNull();
    const { id: chosen } = await toReceiver(twice, alsoShared);
    expect((await readReferral(deps)(sender, { referralId: chosen })).program?.id).toBe(alsoShared);
    // Not enrolled: the program may still be chosen (a referral may come before the enrolment).
    const notYet = await personIn('Lina', []);
    const { id: beforeEnrolment } = await toReceiver(notYet, shared);
    expect((await readReferral(deps)(receiver, { referralId: beforeEnrolment })).program?.id).toBe(shared);
  });

  it('must be one both organizations take part in (a directory service: the sender only)', async () => {
    const personId = await personIn('Yonas', [sendersOwn]);
    await expect(toReceiver(personId, sendersOwn)).rejects.toMatchObject({
      code: 'REFERRAL_PROGRAM_NOT_SHARED',
    });
    await expect(toReceiver(personId, crypto.randomUUID())).rejects.toMatchObject({
      code: 'REFERRAL_PROGRAM_NOT_SHARED',
    });
    const { id: defaulted } = await toReceiver(personId);
    expect((await readReferral(deps)(sender, { referralId: defaulted })).program).toBeNull();
    const { id: toService } = await sendReferral(deps)(sender, {
      personId,
      serviceId,
      purpose: 'language_class',
    });
    expect((await readReferral(deps)(sender, { referralId: toService })).program?.id).toBe(sendersOwn);
    const { count } = await database.db
      .selectFrom('referrals')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(2);
  });
});
