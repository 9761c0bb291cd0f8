import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { personLoans } from './person-loans.js';

/**
 * A kept file's loans tab lists the loan applications and loans of the files merged into it, marked
 * with their file, audited on it, and only while the merge is in force (docs/duplicates.md).
 */
let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
});
afterAll(() => database.close());

describe("a kept file's loans", () => {
  it("lists the merged file's application and loan marked with it, until the undo", async () => {
    const { deps, staff } = scene;
    const kept = await scene.givenBorrower('Layla', 'Haddad');
    const { loanId, personId: away } = await scene.givenActiveLoan();
    const awayName = await database.db
      .selectFrom('people')
      .select(['given_name', 'family_name'])
      .where('id', '=', away)
      .executeTakeFirstOrThrow();
    const before = await personLoans(deps)(staff.referent, { personId: kept });
    expect(before.loans).toEqual([]);
    expect(before.applications).toEqual([]);

    await mergePersonFiles(deps)(staff.counselor, { keptPersonId: kept, mergedPersonId: away });
    const merged = await personLoans(deps)(staff.referent, { personId: kept });
    const origin = { personId: away, givenName: awayName.given_name, familyName: awayName.family_name };
    expect(merged.loans.map((l) => [l.id, l.fromMergedFile])).toEqual([[loanId, origin]]);
    expect(merged.applications.map((a) => a.fromMergedFile)).toEqual([origin]);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'loan.person_read')
      .where('person_id', '=', away)
      .execute();
    expect(audited.map((a) => a.details)).toEqual([{ loans: 1, applications: 1, via: 'kept_file' }]);
    // Another organization — the lender itself — does not read the partner's files here.
    await expect(personLoans(deps)(staff.outsiderCounselor, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });
    await expect(personLoans(deps)(staff.lenderDirector, { personId: kept })).rejects.toMatchObject({
      status: 404,
    });

    await undoPersonMerge(deps)(staff.counselor, { personId: away });
    expect(await personLoans(deps)(staff.referent, { personId: kept })).toEqual(before);
  });
});
