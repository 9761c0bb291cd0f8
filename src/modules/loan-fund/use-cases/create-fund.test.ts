import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenLoanFundScene } from '../../../../test/support/loan-fund-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { uuidv7 } from '../../../core/ids.js';
import '../adapters/tables.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { addProduct } from './add-product.js';
import { createFund } from './create-fund.js';
import { getFund } from './get-fund.js';
import { listFunds } from './list-funds.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenLoanFundScene>>;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenLoanFundScene(database);
});
afterAll(() => database.close());

async function fundsNamed(name: string) {
  const rows = await database.db.selectFrom('loan_funds').select('id').where('name', '=', name).execute();
  return rows.length;
}

describe('the organizations a fund names', () => {
  it('refuses an organization that does not exist, and writes nothing', async () => {
    const { deps, staff, partner } = scene;
    const unknown = uuidv7();
    const refusal = createFund(deps)(staff.lenderDirector, {
      name: 'Fund with a ghost',
      currency: 'USD',
      participatingOrganizationIds: [partner.id, unknown],
    });
    await expect(refusal).rejects.toMatchObject({
      code: 'LOAN_FUND_PARTICIPANT_NOT_ELIGIBLE',
      status: 422,
      details: { organizationIds: [unknown] },
    });
    expect(await fundsNamed('Fund with a ghost')).toBe(0);
  });

  it('refuses an unrelated organization the same way, which then sees no fund and cannot file', async () => {
    const { deps, staff, partner, outsider } = scene;
    const unknown = uuidv7();
    const errors = await Promise.all(
      [outsider.id, unknown].map((id) =>
        createFund(deps)(staff.lenderDirector, {
          name: 'Fund with an outsider',
          currency: 'USD',
          participatingOrganizationIds: [partner.id, id],
        }).catch((error: { code: string; message: string }) => error),
      ),
    );
    const [unrelated, missing] = errors as { code: string; message: string }[];
    expect(unrelated?.code).toBe('LOAN_FUND_PARTICIPANT_NOT_ELIGIBLE');
    // Out of reach and non-existent answer alike: the refusal does not tell which organizations exist.
    expect(unrelated?.message).toBe(missing?.message);
    expect(await fundsNamed('Fund with an outsider')).toBe(0);
    const seen = await listFunds(deps)(staff.outsiderCoordinator, {});
    expect(seen.items).toEqual([]);
  });

  it('accepts members and the coordinator of a consortium the operator belongs to', async () => {
    const { deps, staff, lender, partner, consortium } = scene;
    const member = await givenOrganization(database.db, { consortiumId: consortium.id });
    // A second consortium the lender coordinates: its members may take part too.
    const other = await givenOrganization(database.db);
    await givenConsortium(database.db, lender.id, [other.id]);
    const { id: fundId } = await createFund(deps)(staff.lenderDirector, {
      name: 'Working-group fund',
      currency: 'USD',
      participatingOrganizationIds: [partner.id, member.id, other.id, lender.id, member.id],
    });
    const fund = await getFund(deps)(staff.lenderDirector, { fundId });
    expect(fund.participatingOrganizations.map((o) => o.id).sort()).toEqual(
      [partner.id, member.id, other.id].sort(),
    );
    const memberStaff = await givenStaff(database.db, member.id, 'coordinator');
    expect((await listFunds(deps)(memberStaff, {})).items.map((f) => f.id)).toContain(fundId);
  });
});

describe('loan product names', () => {
  const product = (name: string) => ({
    fundId: scene.fundId,
    name,
    maxAmountCents: 100_000,
    maxTermMonths: 12,
    annualRateBps: 0,
    graceMonths: 0,
    originationFeeCents: 0,
    eligiblePurposes: ['exam_fee' as const],
  });

  it('refuses a second product of the same name in a fund with a conflict, not a server error', async () => {
    const { deps, staff } = scene;
    await expect(
      addProduct(deps)(staff.lenderDirector, product('Re-credentialing loan')),
    ).rejects.toMatchObject({
      code: 'LOAN_PRODUCT_NAME_TAKEN',
      status: 409,
    });
  });

  it('adds one of two products of the same name sent at once, and refuses the other', async () => {
    const { deps, staff, fundId } = scene;
    const results = await Promise.allSettled([
      addProduct(deps)(staff.lenderDirector, product('Bridge loan')),
      addProduct(deps)(staff.coordinator, product('Bridge loan')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'LOAN_PRODUCT_NAME_TAKEN' });
    const named = (await fundsRepository(database.db).productsOf(fundId)).filter(
      (p) => p.name === 'Bridge loan',
    );
    expect(named).toHaveLength(1);
  });

  it('reports a name taken by a concurrent insert instead of failing the statement', async () => {
    const { fundId, lender } = scene;
    const repo = fundsRepository(database.db);
    const row = {
      ...product('Raced loan'),
      fundId,
      organizationId: lender.id,
      eligiblePurposes: ['exam_fee'],
      active: true,
    };
    expect(await repo.insertProduct({ ...row, id: uuidv7() }, new Date())).toBe(true);
    expect(await repo.insertProduct({ ...row, id: uuidv7() }, new Date())).toBe(false);
  });
});
