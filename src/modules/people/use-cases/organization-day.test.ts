import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from './create-person.js';
import { getPersonFile } from './get-person-file.js';
import { updateBarrier } from './update-barrier.js';

/** 02:00 UTC on 10 March is still the evening of 9 March in Louisville: the file's "today" is the 9th. */
let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-03-10T02:00:00Z'));
  const louisville = await givenOrganization(database.db, { country: 'US', timeZone: 'America/New_York' });
  counselor = await givenStaff(database.db, louisville.id, 'counselor');
});
afterAll(() => database.close());

describe("a person's file counts today where the organization works, not in UTC", () => {
  it('resolves a barrier on the 9th, counts an age on the 9th and refuses an intake dated the 10th', async () => {
    const { id: personId } = await createPerson(deps)(counselor, {
      identity: { givenName: 'Amina', familyName: 'Evening', birthDate: '2000-03-10' },
      barriers: [{ category: 'mobility', identifiedOn: '2026-02-01' }],
    });
    const before = await getPersonFile(deps)(counselor, { personId });
    // Her birthday is tomorrow there.
    expect(before.age).toBe(25);
    await updateBarrier(deps)(counselor, { personId, itemId: before.barriers[0]!.id, status: 'resolved' });
    const after = await getPersonFile(deps)(counselor, { personId });
    expect(after.barriers[0]).toMatchObject({ status: 'resolved', resolvedOn: '2026-03-09' });
    await expect(
      createPerson(deps)(counselor, {
        identity: { givenName: 'Late', familyName: 'Intake' },
        intakeOn: '2026-03-10',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await createPerson(deps)(counselor, {
      identity: { givenName: 'Due', familyName: 'Intake' },
      intakeOn: '2026-03-09',
    });
  });
});
