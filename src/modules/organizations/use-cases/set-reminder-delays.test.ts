import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { organizationsApi } from '../api.js';
import { organizationReminderDelays } from './organization-reminder-delays.js';
import { setReminderDelays } from './set-reminder-delays.js';

let database: TestDatabase;
const deps = () => testDeps(database, fixedClock('2026-12-03T10:00:00Z'));
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const auditOf = (organizationId: string) =>
  database.db
    .selectFrom('audit_events')
    .select(['details'])
    .where('action', '=', 'organization.reminder_delays_set')
    .where('organization_id', '=', organizationId)
    .execute();

describe('the organization’s reminder delays', () => {
  it('are 7 days until set; a coordinator sets them, audited with both values; others’ are unchanged', async () => {
    const organization = await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' });
    const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
    const coordinator = await givenStaff(database.db, organization.id, 'coordinator');
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    expect(await organizationReminderDelays(deps())(counselor, {})).toEqual({
      referralDays: 7,
      handoffDays: 7,
      canChange: false,
    });
    expect(await setReminderDelays(deps())(coordinator, { referralDays: 3, handoffDays: 14 })).toEqual({
      referralDays: 3,
      handoffDays: 14,
      canChange: true,
    });
    const delays = await organizationsApi(database.db).reminderDelaysOf([organization.id, other.id]);
    expect(delays.get(organization.id)).toEqual({ referralDays: 3, handoffDays: 14 });
    expect(delays.get(other.id)).toEqual({ referralDays: 7, handoffDays: 7 });
    const entries = await auditOf(organization.id);
    expect(entries).toHaveLength(1);
    const details = entries[0]!.details;
    expect(typeof details === 'string' ? JSON.parse(details) : details).toEqual({
      from: { referralDays: 7, handoffDays: 7 },
      to: { referralDays: 3, handoffDays: 14 },
    });
    // The same values again write nothing.
    await setReminderDelays(deps())(coordinator, { referralDays: 3, handoffDays: 14 });
    expect(await auditOf(organization.id)).toHaveLength(1);
  });

  it('refuses a counselor (403) and values outside 1–60 days or not whole, with the field and why', async () => {
    const organization = await givenOrganization(database.db, { name: 'Association Partenaire' });
    const administrator = await givenStaff(database.db, organization.id, 'administrator');
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    await expect(
      setReminderDelays(deps())(counselor, { referralDays: 3, handoffDays: 3 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const [body, field] of [
      [{ referralDays: 0, handoffDays: 7 }, 'referralDays'],
      [{ referralDays: 7, handoffDays: 61 }, 'handoffDays'],
      [{ referralDays: 2.5, handoffDays: 7 }, 'referralDays'],
      [{ referralDays: -1, handoffDays: 7 }, 'referralDays'],
    ] as const) {
      const refusal = await setReminderDelays(deps())(administrator, body).catch((error: unknown) => error);
      expect(refusal).toMatchObject({
        issues: [
          {
            path: [field],
            message: 'A reminder delay is a whole number of days from 1 to 60',
          },
        ],
      });
    }
    expect(
      (await organizationsApi(database.db).reminderDelaysOf([organization.id])).get(organization.id),
    ).toEqual({ referralDays: 7, handoffDays: 7 });
    // The database refuses them too, whoever writes.
    await expect(
      database.db
        .updateTable('organizations')
        .set({ referral_reminder_days: 61 })
        .where('id', '=', organization.id)
        .execute(),
    ).rejects.toThrow();
  });
});
