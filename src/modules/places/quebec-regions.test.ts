import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { districtsOf } from './api.js';
import { quebecRegions } from './domain/quebec-regions.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("Québec's administrative regions", () => {
  it('are exactly the districts of Canada in the places reference data, with their names', async () => {
    expect(await districtsOf(database.db, 'CA')).toEqual(
      quebecRegions.map((r) => ({ code: r.code, name: r.name })),
    );
  });
});
