import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { expectedContactsPerMonth } from '../api.js';
import { createProgram } from './create-program.js';
import { getProgram } from './get-program.js';
import { updateProgram } from './update-program.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const settings = {
  nameFr: 'Accompagnement renforcé',
  nameEn: 'Reinforced accompaniment',
  countingUnit: 'person' as const,
  status: 'active' as const,
  rules: [],
};

describe('the expected intensity of accompaniment in the program settings', () => {
  it('is set on creation, kept by an update that does not name it, cleared with null, and bounded', async () => {
    const deps = testDeps(database);
    const organization = await givenOrganization(database.db);
    const coordinator = await givenStaff(database.db, organization.id, 'coordinator');
    const { id } = await createProgram(deps)(coordinator, {
      ...settings,
      code: 'IPR',
      expectedContactsPerMonth: 2,
    });
    expect((await getProgram(deps)(coordinator, { programId: id })).expectedContactsPerMonth).toBe(2);

    await updateProgram(deps)(coordinator, { ...settings, programId: id, nameEn: 'Renamed' });
    expect((await expectedContactsPerMonth(database.db, [id])).get(id)).toBe(2);
    await updateProgram(deps)(coordinator, { ...settings, programId: id, expectedContactsPerMonth: 4 });
    expect((await expectedContactsPerMonth(database.db, [id])).get(id)).toBe(4);
    await updateProgram(deps)(coordinator, { ...settings, programId: id, expectedContactsPerMonth: null });
    expect((await expectedContactsPerMonth(database.db, [id])).get(id)).toBeNull();

    await expect(
      updateProgram(deps)(coordinator, { ...settings, programId: id, expectedContactsPerMonth: 0 }),
    ).rejects.toThrow();
    await expect(
      updateProgram(deps)(coordinator, { ...settings, programId: id, expectedContactsPerMonth: 2.5 }),
    ).rejects.toThrow();
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    await expect(
      updateProgram(deps)(counselor, { ...settings, programId: id, expectedContactsPerMonth: 3 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await expectedContactsPerMonth(database.db, [id])).get(id)).toBeNull();
  });
});
