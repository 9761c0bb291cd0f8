import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { FundPeriod } from '../domain/entry-dates.js';
import type { ContributionKind } from '../domain/ledger.js';
import './tables.js';

export interface FundRecord {
  id: string;
  operatorOrganizationId: string;
  participatingOrganizationIds: string[];
  name: string;
  currency: string;
  description: string | null;
  startedOn: string | null;
  closedThrough: string | null;
}

export interface ProductRecord {
  id: string;
  fundId: string;
  /** The fund's operating organization. */
  organizationId: string;
  name: string;
  maxAmountCents: number;
  maxTermMonths: number;
  annualRateBps: number;
  graceMonths: number;
  originationFeeCents: number;
  eligiblePurposes: string[];
  active: boolean;
}

const fundColumns = [
  'id',
  'organization_id as operatorOrganizationId',
  'participating_organization_ids as participatingOrganizationIds',
  'name',
  'currency',
  'description',
  'started_on as startedOn',
  'closed_through as closedThrough',
] as const;

const productColumns = [
  'id',
  'fund_id as fundId',
  'organization_id as organizationId',
  'name',
  'max_amount_cents as maxAmountCents',
  'max_term_months as maxTermMonths',
  'annual_rate_bps as annualRateBps',
  'grace_months as graceMonths',
  'origination_fee_cents as originationFeeCents',
  'eligible_purposes as eligiblePurposes',
  'active',
] as const;

/** Funds, their products and the capital they receive. */
export function fundsRepository(db: Executor) {
  return {
    async insertFund(fund: FundRecord, createdBy: string | null, now: Date) {
      await db
        .insertInto('loan_funds')
        .values({
          id: fund.id,
          organization_id: fund.operatorOrganizationId,
          participating_organization_ids: fund.participatingOrganizationIds,
          name: fund.name,
          currency: fund.currency,
          description: fund.description,
          started_on: fund.startedOn,
          closed_through: fund.closedThrough,
          created_at: now,
          created_by: createdBy,
        })
        .execute();
    },

    findFund(id: string): Promise<FundRecord | undefined> {
      return db.selectFrom('loan_funds').select(fundColumns).where('id', '=', id).executeTakeFirst();
    },

    /** Locks the fund row: numbering and cash checks of concurrent movements then happen one after the other. */
    async lockFund(id: string): Promise<void> {
      await db.selectFrom('loan_funds').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    },

    /**
     * The fund's start and closed period. `share` holds them until the transaction ends: an entry being
     * recorded and a closing of the period then happen one after the other, never across each other.
     */
    async periodOf(id: string, lock: 'share' | 'none'): Promise<FundPeriod | undefined> {
      let query = db
        .selectFrom('loan_funds')
        .select(['started_on as startedOn', 'closed_through as closedThrough'])
        .where('id', '=', id);
      if (lock === 'share') query = query.forShare();
      return query.executeTakeFirst();
    },

    async closeThrough(id: string, closedThrough: string): Promise<void> {
      await db
        .updateTable('loan_funds')
        .set({ closed_through: closedThrough })
        .where('id', '=', id)
        .execute();
    },

    async productNamed(fundId: string, name: string): Promise<{ id: string } | undefined> {
      return db
        .selectFrom('loan_products')
        .select('id')
        .where('fund_id', '=', fundId)
        .where('name', '=', name)
        .executeTakeFirst();
    },

    fundsOf(organizationId: string): Promise<FundRecord[]> {
      return db
        .selectFrom('loan_funds')
        .select(fundColumns)
        .where((eb) =>
          eb.or([
            eb('organization_id', '=', organizationId),
            eb(sql<string>`${organizationId}::uuid`, '=', eb.fn.any('participating_organization_ids')),
          ]),
        )
        .orderBy('name')
        .execute();
    },

    /** False when the fund already has a product of that name (a concurrent insert that won the race). */
    async insertProduct(product: ProductRecord, now: Date): Promise<boolean> {
      const inserted = await db
        .insertInto('loan_products')
        .values({
          id: product.id,
          fund_id: product.fundId,
          organization_id: product.organizationId,
          name: product.name,
          max_amount_cents: product.maxAmountCents,
          max_term_months: product.maxTermMonths,
          annual_rate_bps: product.annualRateBps,
          grace_months: product.graceMonths,
          origination_fee_cents: product.originationFeeCents,
          eligible_purposes: product.eligiblePurposes,
          active: product.active,
          created_at: now,
        })
        .onConflict((oc) => oc.columns(['fund_id', 'name', 'organization_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    productsOf(fundId: string): Promise<ProductRecord[]> {
      return db
        .selectFrom('loan_products')
        .select(productColumns)
        .where('fund_id', '=', fundId)
        .orderBy('name')
        .execute();
    },

    findProduct(id: string): Promise<ProductRecord | undefined> {
      return db.selectFrom('loan_products').select(productColumns).where('id', '=', id).executeTakeFirst();
    },

    async insertContribution(c: {
      id: string;
      fundId: string;
      organizationId: string;
      kind: ContributionKind;
      contributor: string;
      amountCents: number;
      receivedOn: string;
      note: string | null;
      journalEntryId: string;
      recordedBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('loan_contributions')
        .values({
          id: c.id,
          fund_id: c.fundId,
          organization_id: c.organizationId,
          kind: c.kind,
          contributor: c.contributor,
          amount_cents: c.amountCents,
          received_on: c.receivedOn,
          note: c.note,
          journal_entry_id: c.journalEntryId,
          recorded_by: c.recordedBy,
          recorded_at: c.now,
        })
        .execute();
    },

    async contributionsPage(fundId: string, page: number, pageSize: number) {
      const [items, total] = await Promise.all([
        db
          .selectFrom('loan_contributions')
          .select([
            'id',
            'kind',
            'contributor',
            'amount_cents as amountCents',
            'received_on as receivedOn',
            'note',
          ])
          .where('fund_id', '=', fundId)
          .orderBy('received_on', 'desc')
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        db
          .selectFrom('loan_contributions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('fund_id', '=', fundId)
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
  };
}
