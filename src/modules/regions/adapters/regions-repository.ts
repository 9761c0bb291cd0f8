import type { Selectable } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type {
  ProgrammeItemKind,
  StayCostKind,
  StayCostPayer,
  StayDecision,
  StayStatus,
} from '../domain/stay-rules.js';
import type { ExploratoryStaysTable } from './tables.js';
import './tables.js';

export type StayRow = Selectable<ExploratoryStaysTable>;

/** A region a partner covers, with the organizations whose households it sees there. */
export interface PartnerScope {
  regionCountry: string;
  regionCode: string;
  organizationIds: readonly string[];
}

export interface CoverageRow {
  consortiumId: string;
  organizationId: string;
  regionCountry: string;
  regionCode: string;
}

export function regionsRepository(db: Executor) {
  /** The stays a partner sees (see staysSeenByPartner), as a query to select from. */
  const seenByPartner = (
    partnerOrganizationId: string,
    scopes: readonly PartnerScope[],
    status?: StayStatus,
  ) => {
    let q = db
      .selectFrom('exploratory_stays')
      .where('organization_id', '<>', partnerOrganizationId)
      .where((eb) =>
        eb.or([
          eb('host_organization_id', '=', partnerOrganizationId),
          ...scopes
            .filter((s) => s.organizationIds.length > 0)
            .map((s) =>
              eb.and([
                eb('region_country', '=', s.regionCountry),
                eb('region_code', '=', s.regionCode),
                eb('organization_id', 'in', [...s.organizationIds]),
              ]),
            ),
        ]),
      );
    if (status) q = q.where('status', '=', status);
    return q;
  };
  return {
    // --- coverage of regions by partner organizations ---
    async coverage(consortiumIds?: readonly string[]): Promise<CoverageRow[]> {
      let query = db
        .selectFrom('regional_partner_regions')
        .select([
          'consortium_id as consortiumId',
          'organization_id as organizationId',
          'region_country as regionCountry',
          'region_code as regionCode',
        ])
        .orderBy('region_country')
        .orderBy('region_code')
        .orderBy('organization_id');
      if (consortiumIds) {
        if (consortiumIds.length === 0) return [];
        query = query.where('consortium_id', 'in', consortiumIds);
      }
      return query.execute();
    },
    async partnersOfRegion(regionCountry: string, regionCode: string): Promise<string[]> {
      const rows = await db
        .selectFrom('regional_partner_regions')
        .select('organization_id')
        .distinct()
        .where('region_country', '=', regionCountry)
        .where('region_code', '=', regionCode)
        .orderBy('organization_id')
        .execute();
      return rows.map((r) => r.organization_id);
    },
    async regionsOfPartner(organizationId: string) {
      const rows = await db
        .selectFrom('regional_partner_regions')
        .select(['region_country as regionCountry', 'region_code as regionCode'])
        .distinct()
        .where('organization_id', '=', organizationId)
        .execute();
      return rows;
    },
    async addCoverage(row: CoverageRow & { addedBy: string; now: Date }) {
      const result = await db
        .insertInto('regional_partner_regions')
        .values({
          consortium_id: row.consortiumId,
          organization_id: row.organizationId,
          region_country: row.regionCountry,
          region_code: row.regionCode,
          added_by: row.addedBy,
          added_at: row.now,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async removeCoverage(row: CoverageRow) {
      const result = await db
        .deleteFrom('regional_partner_regions')
        .where('consortium_id', '=', row.consortiumId)
        .where('organization_id', '=', row.organizationId)
        .where('region_country', '=', row.regionCountry)
        .where('region_code', '=', row.regionCode)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    // --- stays ---
    async insertStay(row: {
      id: string;
      organizationId: string;
      personId: string;
      householdKey: string;
      regionCountry: string;
      regionCode: string;
      hostOrganizationId: string;
      startsOn: string;
      endsOn: string;
      childrenWithoutFile: number;
      purpose: string | null;
      createdBy: string;
      now: Date;
    }) {
      await db
        .insertInto('exploratory_stays')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          person_id: row.personId,
          household_key: row.householdKey,
          region_country: row.regionCountry,
          region_code: row.regionCode,
          host_organization_id: row.hostOrganizationId,
          starts_on: row.startsOn,
          ends_on: row.endsOn,
          children_without_file: row.childrenWithoutFile,
          purpose: row.purpose,
          status: 'planned',
          decision: null,
          decided_on: null,
          report_note: null,
          host_observations: null,
          reported_by: null,
          reported_at: null,
          created_by: row.createdBy,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },
    async updateStay(
      id: string,
      organizationId: string,
      changes: {
        regionCountry?: string;
        regionCode?: string;
        hostOrganizationId?: string;
        startsOn?: string;
        endsOn?: string;
        childrenWithoutFile?: number;
        purpose?: string | null;
        status?: StayStatus;
        decision?: StayDecision | null;
        decidedOn?: string | null;
        reportNote?: string | null;
        hostObservations?: string | null;
        reportedBy?: string | null;
        reportedAt?: Date | null;
        now: Date;
      },
    ) {
      const set: Record<string, unknown> = { updated_at: changes.now };
      const columns: [keyof typeof changes, string][] = [
        ['regionCountry', 'region_country'],
        ['regionCode', 'region_code'],
        ['hostOrganizationId', 'host_organization_id'],
        ['startsOn', 'starts_on'],
        ['endsOn', 'ends_on'],
        ['childrenWithoutFile', 'children_without_file'],
        ['purpose', 'purpose'],
        ['status', 'status'],
        ['decision', 'decision'],
        ['decidedOn', 'decided_on'],
        ['reportNote', 'report_note'],
        ['hostObservations', 'host_observations'],
        ['reportedBy', 'reported_by'],
        ['reportedAt', 'reported_at'],
      ];
      for (const [key, column] of columns) if (changes[key] !== undefined) set[column] = changes[key];
      await db
        .updateTable('exploratory_stays')
        .set(set)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },
    /** A stay by id whoever holds it, locked when asked; callers decide who may see it. */
    async findStay(id: string, lock = false): Promise<StayRow | undefined> {
      let query = db.selectFrom('exploratory_stays').selectAll().where('id', '=', id);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },
    async staysOfPerson(personId: string, organizationId: string): Promise<StayRow[]> {
      return db
        .selectFrom('exploratory_stays')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where((eb) =>
          eb.or([
            eb('person_id', '=', personId),
            eb(
              'id',
              'in',
              eb
                .selectFrom('exploratory_stay_travellers')
                .select('stay_id')
                .where('person_id', '=', personId)
                .where('organization_id', '=', organizationId),
            ),
          ]),
        )
        .orderBy('starts_on', 'desc')
        .execute();
    },
    /**
     * Stays another organization's households make that a partner sees: hosted by it, or in a region it
     * covers for organizations of that consortium; newest first (then by id, so that pages do not overlap).
     */
    async staysSeenByPartner(
      partnerOrganizationId: string,
      scopes: readonly PartnerScope[],
      query: { status?: StayStatus; limit: number; offset?: number },
    ): Promise<StayRow[]> {
      return seenByPartner(partnerOrganizationId, scopes, query.status)
        .selectAll()
        .orderBy('starts_on', 'desc')
        .orderBy('id')
        .limit(query.limit)
        .offset(query.offset ?? 0)
        .execute();
    },
    /** How many stays staysSeenByPartner pages through. */
    async countStaysSeenByPartner(
      partnerOrganizationId: string,
      scopes: readonly PartnerScope[],
      status?: StayStatus,
    ): Promise<number> {
      const row = await seenByPartner(partnerOrganizationId, scopes, status)
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
    /** How many of the organization's stays were planned and done in a region (cancelled ones left out). */
    async staysOfOrganizationIn(organizationId: string, regionCountry: string, regionCode: string) {
      const rows = await db
        .selectFrom('exploratory_stays')
        .select(['status', (eb) => eb.fn.countAll<string | number>().as('count')])
        .where('organization_id', '=', organizationId)
        .where('region_country', '=', regionCountry)
        .where('region_code', '=', regionCode)
        .groupBy('status')
        .execute();
      const count = (status: StayStatus) => Number(rows.find((r) => r.status === status)?.count ?? 0);
      return { planned: count('planned'), done: count('done') };
    },
    async staysStartingBetween(organizationIds: readonly string[], from: string, to: string) {
      if (organizationIds.length === 0) return [];
      return db
        .selectFrom('exploratory_stays')
        .selectAll()
        .where('organization_id', 'in', organizationIds)
        .where('starts_on', '>=', from)
        .where('starts_on', '<=', to)
        .orderBy('starts_on')
        .orderBy('id')
        .execute();
    },

    // --- travellers ---
    async setTravellers(stayId: string, organizationId: string, personIds: readonly string[]) {
      await db.deleteFrom('exploratory_stay_travellers').where('stay_id', '=', stayId).execute();
      if (personIds.length === 0) return;
      await db
        .insertInto('exploratory_stay_travellers')
        .values(
          personIds.map((personId) => ({
            stay_id: stayId,
            organization_id: organizationId,
            person_id: personId,
          })),
        )
        .execute();
    },
    async travellersOf(stayIds: readonly string[]) {
      if (stayIds.length === 0) return [];
      return db
        .selectFrom('exploratory_stay_travellers')
        .select(['stay_id as stayId', 'person_id as personId'])
        .where('stay_id', 'in', stayIds)
        .orderBy('person_id')
        .execute();
    },

    // --- programme ---
    async insertItem(row: {
      id: string;
      stayId: string;
      organizationId: string;
      day: string;
      startsAt: string | null;
      kind: ProgrammeItemKind;
      employerId: string | null;
      description: string;
      addedByOrganizationId: string;
      addedBy: string;
      now: Date;
    }) {
      await db
        .insertInto('exploratory_stay_items')
        .values({
          id: row.id,
          stay_id: row.stayId,
          organization_id: row.organizationId,
          day: row.day,
          starts_at: row.startsAt,
          kind: row.kind,
          employer_id: row.employerId,
          description: row.description,
          added_by_organization_id: row.addedByOrganizationId,
          added_by: row.addedBy,
          added_at: row.now,
        })
        .execute();
    },
    async itemsOf(stayId: string) {
      return db
        .selectFrom('exploratory_stay_items')
        .select([
          'id',
          'day',
          'starts_at as startsAt',
          'kind',
          'employer_id as employerId',
          'description',
          'added_by_organization_id as addedByOrganizationId',
        ])
        .where('stay_id', '=', stayId)
        .orderBy('day')
        .orderBy('starts_at')
        .orderBy('added_at')
        .orderBy('id')
        .execute();
    },
    async findItem(itemId: string, stayId: string) {
      return db
        .selectFrom('exploratory_stay_items')
        .select(['id', 'added_by_organization_id as addedByOrganizationId'])
        .where('id', '=', itemId)
        .where('stay_id', '=', stayId)
        .executeTakeFirst();
    },
    async deleteItem(itemId: string, stayId: string) {
      await db
        .deleteFrom('exploratory_stay_items')
        .where('id', '=', itemId)
        .where('stay_id', '=', stayId)
        .execute();
    },
    /** Items outside new dates, so that dates are not moved away from a programme already set. */
    async itemsOutside(stayId: string, startsOn: string, endsOn: string) {
      const row = await db
        .selectFrom('exploratory_stay_items')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('stay_id', '=', stayId)
        .where((eb) => eb.or([eb('day', '<', startsOn), eb('day', '>', endsOn)]))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    // --- costs ---
    async insertCost(row: {
      id: string;
      stayId: string;
      organizationId: string;
      kind: StayCostKind;
      amountCents: number;
      paidBy: StayCostPayer;
      description: string | null;
      addedBy: string;
      now: Date;
    }) {
      await db
        .insertInto('exploratory_stay_costs')
        .values({
          id: row.id,
          stay_id: row.stayId,
          organization_id: row.organizationId,
          kind: row.kind,
          amount_cents: row.amountCents,
          paid_by: row.paidBy,
          description: row.description,
          added_by: row.addedBy,
          added_at: row.now,
        })
        .execute();
    },
    async costsOf(stayIds: readonly string[]) {
      if (stayIds.length === 0) return [];
      const rows = await db
        .selectFrom('exploratory_stay_costs')
        .select(['id', 'stay_id as stayId', 'kind', 'amount_cents', 'paid_by as paidBy', 'description'])
        .where('stay_id', 'in', stayIds)
        .orderBy('added_at')
        .orderBy('id')
        .execute();
      return rows.map(({ amount_cents, ...r }) => ({ ...r, amountCents: Number(amount_cents) }));
    },
    async deleteCost(costId: string, stayId: string) {
      const result = await db
        .deleteFrom('exploratory_stay_costs')
        .where('id', '=', costId)
        .where('stay_id', '=', stayId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    // --- privacy ---
    /** Erases the free texts of the stays the person's file is on; returns how many stays. */
    async eraseTextsOfPerson(organizationId: string, personId: string) {
      const rows = await db
        .selectFrom('exploratory_stays')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where((eb) =>
          eb.or([
            eb('person_id', '=', personId),
            eb(
              'id',
              'in',
              eb
                .selectFrom('exploratory_stay_travellers')
                .select('stay_id')
                .where('person_id', '=', personId)
                .where('organization_id', '=', organizationId),
            ),
          ]),
        )
        .execute();
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) return 0;
      await db
        .updateTable('exploratory_stays')
        .set({ purpose: null, report_note: null, host_observations: null })
        .where('id', 'in', ids)
        .execute();
      await db
        .updateTable('exploratory_stay_items')
        .set({ description: '—' })
        .where('stay_id', 'in', ids)
        .execute();
      await db
        .updateTable('exploratory_stay_costs')
        .set({ description: null })
        .where('stay_id', 'in', ids)
        .execute();
      return ids.length;
    },
  };
}
