import './duplicate-tables.js';
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Database, Executor } from '../../../core/db/types.js';
import './privacy-tables.js';
import './tables.js';

export interface CaseloadQuery {
  organizationId: string;
  search?: string;
  referentUserId?: string;
  /** Only these people (those whose opened status matched: statuses are sealed, SQL cannot compare them). */
  personIds?: readonly string[];
  /** A query selecting `person_id`, from the programs module, to keep only people enrolled there. */
  enrolledIn?: SelectQueryBuilder<Database, keyof Database, { person_id: string }>;
  /** Queries selecting `person_id` (other modules' signals): keep people found by at least one. */
  inAnyOf?: readonly PersonIdQuery[];
  /** Queries selecting `person_id`: people found by one of them come first (then `sort`). */
  firstIfInAnyOf?: readonly PersonIdQuery[];
  sort: 'name' | 'recent' | 'birthDate';
  page: number;
  pageSize: number;
}

/** Another module's subquery of person ids, embedded as `people.id IN (…)`. */
export type PersonIdQuery = SelectQueryBuilder<Database, keyof Database, { person_id: string }>;

const caseloadColumns = [
  'people.id',
  'people.given_name as givenName',
  'people.family_name as familyName',
  'people.given_name_original as givenNameOriginal',
  'people.family_name_original as familyNameOriginal',
  'people.birth_date as birthDate',
  'people.city',
  'people.referent_user_id as referentUserId',
  'people.created_at as createdAt',
] as const;

/** The caseload's SQL: the organization's people filtered by name, referent, ids and other modules' signals. */
export function caseloadRepository(db: Executor) {
  return {
    /**
     * One page of the organization's people. With a search text, rows are those whose names are
     * similar enough in either script (trigram word similarity, index-backed), best match first.
     */
    async caseload(filter: CaseloadQuery) {
      const base = await caseloadBase(filter);
      const offset = (filter.page - 1) * filter.pageSize;
      // The total rides along with the page (one statement, the filters evaluated once); only a page
      // past the end, which has no row to carry it, counts apart.
      const rows = await base
        .select([...caseloadColumns, sql<number | string>`count(*) over ()`.as('total')])
        .$if(filter.firstIfInAnyOf !== undefined, (q) =>
          q.orderBy((eb) => eb.or(filter.firstIfInAnyOf!.map((ids) => eb('people.id', 'in', ids))), 'desc'),
        )
        .$if(filter.search !== undefined, (q) =>
          q.orderBy(sql`word_similarity(${filter.search}, people.search_text)`, 'desc'),
        )
        .$if(filter.sort === 'name', (q) => q.orderBy('people.family_name').orderBy('people.given_name'))
        .$if(filter.sort === 'recent', (q) => q.orderBy('people.created_at', 'desc'))
        .$if(filter.sort === 'birthDate', (q) => q.orderBy('people.birth_date'))
        .orderBy('people.id')
        .limit(filter.pageSize)
        .offset(offset)
        .execute();
      if (rows.length === 0 && offset > 0) {
        const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        return { items: [], total: Number(count.n) };
      }
      const total = rows.length === 0 ? 0 : Number(rows[0]!.total);
      return { items: rows.map(({ total: _, ...item }) => item), total };
    },
    /**
     * Every person matching the filters (no page), for an order computed from other modules'
     * signals; at most `limit` rows, and `complete` false when there were more.
     */
    async caseloadAll(filter: Omit<CaseloadQuery, 'page' | 'pageSize' | 'sort'>, limit: number) {
      const base = await caseloadBase(filter);
      const rows = await base
        .select([...caseloadColumns])
        .orderBy('people.family_name')
        .orderBy('people.given_name')
        .orderBy('people.id')
        .limit(limit + 1)
        .execute();
      return { items: rows.slice(0, limit), complete: rows.length <= limit };
    },
    /** The sealed status of every person matching the filters, for a filter by status opened in memory. */
    async sealedStatuses(
      filter: Omit<CaseloadQuery, 'page' | 'pageSize' | 'sort'>,
    ): Promise<{ id: string; sealedStatus: string }[]> {
      const base = await caseloadBase(filter);
      const rows = await base
        .select(['people.id', 'people.sealed_status'])
        .where('people.sealed_status', 'is not', null)
        .execute();
      return rows.map((row) => ({ id: row.id, sealedStatus: row.sealed_status! }));
    },
  };

  async function caseloadBase(filter: Omit<CaseloadQuery, 'page' | 'pageSize' | 'sort'>) {
    if (filter.search) {
      // Lower than the default 0.6 so that one or two typos in a short name still match.
      await sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.35`.execute(db);
    }
    // Restricted (GDPR art. 18) and anonymized people leave the caseload's lists.
    return db
      .selectFrom('people')
      .where('people.organization_id', '=', filter.organizationId)
      .where('people.id', 'not in', heldPersonIds(db, filter.organizationId))
      .$if(filter.search !== undefined, (q) => q.where(sql<boolean>`${filter.search} <% people.search_text`))
      .$if(filter.referentUserId !== undefined, (q) =>
        q.where('people.referent_user_id', '=', filter.referentUserId!),
      )
      .$if(filter.personIds !== undefined, (q) =>
        q.where(sql<boolean>`people.id = ANY(${filter.personIds}::uuid[])`),
      )
      .$if(filter.enrolledIn !== undefined, (q) => q.where('people.id', 'in', filter.enrolledIn!))
      .$if(filter.inAnyOf !== undefined, (q) =>
        q.where((eb) => eb.or(filter.inAnyOf!.map((ids) => eb('people.id', 'in', ids)))),
      );
  }
}

/**
 * The organization's restricted (GDPR art. 18), anonymized and merged-away people (a file merged into
 * another, migration 0071), as a subquery of ids. Read once per statement (`people.id NOT IN (…)`
 * becomes a hashed filter), it keeps the caseload's rows in the order of the index they are read from,
 * where a correlated NOT EXISTS made the planner sort them. Neither column is ever null, so NOT IN says
 * what NOT EXISTS said.
 */
export function heldPersonIds(db: Executor, organizationId: string) {
  return db
    .selectFrom('person_privacy')
    .select('person_privacy.person_id')
    .where('person_privacy.organization_id', '=', organizationId)
    .where((hold) =>
      hold.or([
        hold('person_privacy.restricted_at', 'is not', null),
        hold('person_privacy.anonymized_at', 'is not', null),
      ]),
    )
    .unionAll(
      db
        .selectFrom('person_merges')
        .select('person_merges.merged_person_id as person_id')
        .where('person_merges.organization_id', '=', organizationId)
        .where('person_merges.undone_at', 'is', null),
    );
}

/**
 * The person's restriction or anonymization, when there is one (`person_privacy`, migration 0027), or
 * the merge of their file into another (`person_merges`, migration 0071): such files are no candidates.
 */
export function privacyHoldOf(eb: ExpressionBuilder<Database, 'people'>) {
  return eb
    .selectFrom('person_privacy')
    .select('person_privacy.person_id')
    .whereRef('person_privacy.person_id', '=', 'people.id')
    .where((hold) =>
      hold.or([
        hold('person_privacy.restricted_at', 'is not', null),
        hold('person_privacy.anonymized_at', 'is not', null),
      ]),
    )
    .unionAll(
      eb
        .selectFrom('person_merges')
        .select('person_merges.merged_person_id as person_id')
        .whereRef('person_merges.merged_person_id', '=', 'people.id')
        .where('person_merges.undone_at', 'is', null),
    );
}
