import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { CommitmentStatus } from '../domain/commitment-status.js';
import { openCommitmentStatuses } from '../domain/commitment-status.js';
import type { EmployerCountry, LegalIdentifierScheme } from '../domain/legal-identifier.js';
import type { SectorScheme } from '../domain/sector.js';
import type { SiaeKind, SizeBand } from '../domain/vocabulary.js';
import './tables.js';

export interface EmployerRecord {
  id: string;
  organizationId: string;
  name: string;
  country: EmployerCountry;
  legalIdScheme: LegalIdentifierScheme | null;
  legalId: string | null;
  sectorScheme: SectorScheme | null;
  sectorCode: string | null;
  sectorLabel: string | null;
  sizeBand: SizeBand | null;
  website: string | null;
  siae: boolean;
  siaeKind: SiaeKind | null;
  siaeConsortiumId: string | null;
  sharedWithConsortium: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns a use case sets; the rest (id, organization, dates, search text) the repository does. */
export type EmployerFields = Omit<EmployerRecord, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

export interface EmployerListRow extends EmployerRecord {
  city: string | null;
  openCommitments: number;
  lastEngagementOn: string | null;
}

export interface EmployerPageFilter {
  organizationId: string;
  /** Organizations sharing a consortium with mine: their shared employers are readable. */
  partnerIds: readonly string[];
  scope: 'all' | 'own' | 'shared';
  /** Lower-cased, unaccented name to search (trigram word similarity), or identifier digits. */
  nameSearch?: string;
  identifierDigits?: string;
  /** A sector code's beginning without its dot, or words of the sector label (unaccented, lower case). */
  sectorPrefix?: string;
  sectorWords?: string;
  siaeOnly: boolean;
  page: number;
  pageSize: number;
}

const columns = [
  'employers.id',
  'employers.organization_id as organizationId',
  'employers.name',
  'employers.country',
  'employers.legal_id_scheme as legalIdScheme',
  'employers.legal_id as legalId',
  'employers.sector_scheme as sectorScheme',
  'employers.sector_code as sectorCode',
  'employers.sector_label as sectorLabel',
  'employers.size_band as sizeBand',
  'employers.website',
  'employers.siae',
  'employers.siae_kind as siaeKind',
  'employers.siae_consortium_id as siaeConsortiumId',
  'employers.shared_with_consortium as sharedWithConsortium',
  'employers.created_at as createdAt',
  'employers.updated_at as updatedAt',
] as const;

function fieldColumns(fields: EmployerFields, searchText: string) {
  return {
    name: fields.name,
    search_text: searchText,
    country: fields.country,
    legal_id_scheme: fields.legalIdScheme,
    legal_id: fields.legalId,
    sector_scheme: fields.sectorScheme,
    sector_code: fields.sectorCode,
    sector_label: fields.sectorLabel,
    size_band: fields.sizeBand,
    website: fields.website,
    siae: fields.siae,
    siae_kind: fields.siaeKind,
    siae_consortium_id: fields.siaeConsortiumId,
    shared_with_consortium: fields.sharedWithConsortium,
  };
}

/** `%` and `_` typed in a search are letters, not wildcards. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The employers table's SQL: one employer, the directory's pages, the import's lookups. */
export function employersRepository(db: Executor) {
  return {
    async insert(row: {
      id: string;
      organizationId: string;
      fields: EmployerFields;
      searchText: string;
      createdBy: string | null;
      now: Date;
    }): Promise<void> {
      await db
        .insertInto('employers')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          ...fieldColumns(row.fields, row.searchText),
          created_by: row.createdBy,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },

    async update(id: string, fields: EmployerFields, searchText: string, now: Date): Promise<void> {
      await db
        .updateTable('employers')
        .set({ ...fieldColumns(fields, searchText), updated_at: now })
        .where('id', '=', id)
        .execute();
    },

    /** Any organization's employer (the caller decides who may see it); locked for a change when `lock`. */
    async find(id: string, lock = false): Promise<EmployerRecord | undefined> {
      let query = db.selectFrom('employers').select(columns).where('employers.id', '=', id);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as EmployerRecord | undefined;
    },

    /** The organization's employers holding these identifiers (digits), keyed by identifier. */
    async byLegalIds(
      organizationId: string,
      scheme: LegalIdentifierScheme,
      legalIds: readonly string[],
      lock = false,
    ): Promise<Map<string, EmployerRecord>> {
      if (legalIds.length === 0) return new Map();
      let query = db
        .selectFrom('employers')
        .select(columns)
        .where('employers.organization_id', '=', organizationId)
        .where('employers.legal_id_scheme', '=', scheme)
        .where('employers.legal_id', 'in', legalIds);
      if (lock) query = query.forUpdate();
      const rows = (await query.execute()) as EmployerRecord[];
      return new Map(rows.map((row) => [row.legalId as string, row]));
    },

    /** One page of the directory as the organization sees it, best name match first when searching. */
    async page(filter: EmployerPageFilter): Promise<{ items: EmployerListRow[]; total: number }> {
      if (filter.nameSearch) {
        // Lower than the default 0.6 so that a typo or two in a short name still match (as the caseload).
        await sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.35`.execute(db);
      }
      const partners = [...filter.partnerIds];
      const base = db
        .selectFrom('employers')
        .where((eb) => {
          const own = eb('employers.organization_id', '=', filter.organizationId);
          const shared =
            partners.length > 0
              ? eb.and([
                  eb('employers.shared_with_consortium', '=', true),
                  eb('employers.organization_id', 'in', partners),
                ])
              : eb.val(false);
          if (filter.scope === 'own') return own;
          if (filter.scope === 'shared') return shared as typeof own;
          return eb.or([own, shared as typeof own]);
        })
        .$if(filter.siaeOnly, (q) => q.where('employers.siae', '=', true))
        .$if(filter.identifierDigits !== undefined, (q) =>
          q.where('employers.legal_id', 'like', `${filter.identifierDigits}%`),
        )
        .$if(filter.nameSearch !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              sql<boolean>`${filter.nameSearch} <% employers.search_text`,
              eb('employers.search_text', 'like', `%${likeEscaped(filter.nameSearch as string)}%`),
            ]),
          ),
        )
        .$if(filter.sectorPrefix !== undefined, (q) =>
          q.where(sql<boolean>`replace(employers.sector_code, '.', '') LIKE ${`${filter.sectorPrefix}%`}`),
        )
        .$if(filter.sectorWords !== undefined, (q) =>
          q.where(
            sql<boolean>`lower(unaccent(coalesce(employers.sector_label, ''))) LIKE ${`%${likeEscaped(filter.sectorWords as string)}%`}`,
          ),
        );
      const open = [...openCommitmentStatuses] as CommitmentStatus[];
      const [items, count] = await Promise.all([
        base
          .select(columns)
          .select((eb) => [
            eb
              .selectFrom('employer_sites as s')
              .select('s.city')
              .whereRef('s.employer_id', '=', 'employers.id')
              .where('s.removed_at', 'is', null)
              .orderBy('s.head_office', 'desc')
              .orderBy('s.created_at')
              .orderBy('s.id')
              .limit(1)
              .as('city'),
            eb
              .selectFrom('employer_commitments as c')
              .select((c) => c.fn.countAll<number>().as('n'))
              .whereRef('c.employer_id', '=', 'employers.id')
              .where('c.status', 'in', open)
              .as('openCommitments'),
            eb
              .selectFrom('employer_engagements as e')
              .select((e) => e.fn.max('e.occurred_on').as('last'))
              .whereRef('e.employer_id', '=', 'employers.id')
              .as('lastEngagementOn'),
          ])
          .$if(filter.nameSearch !== undefined, (q) =>
            q.orderBy(sql`word_similarity(${filter.nameSearch}, employers.search_text)`, 'desc'),
          )
          .orderBy('employers.name')
          .orderBy('employers.id')
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: items.map((row) => ({
          ...(row as unknown as EmployerListRow),
          openCommitments: Number(row.openCommitments ?? 0),
          lastEngagementOn: (row.lastEngagementOn as string | null) ?? null,
        })),
        total: Number(count.n),
      };
    },
  };
}
