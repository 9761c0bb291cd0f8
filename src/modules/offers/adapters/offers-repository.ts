import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { searchTextOf } from '../../people/domain/search-text.js';
import type { ContractType, WorkingTime } from '../domain/contract-types.js';
import type { SettableOfferStatus } from '../domain/offer-status.js';
import type { Currency, PayPeriod } from '../domain/pay.js';
import type { OfferSource } from '../domain/vocabulary.js';
import './tables.js';

export interface LanguageRequirement {
  language: string;
  scale: 'cefr' | 'clb' | 'nclc';
  level: string;
}

export interface OfferFields {
  siteId: string | null;
  title: string;
  description: string | null;
  escoId: string | null;
  iscoCode: string | null;
  placeCode: string | null;
  placeName: string | null;
  latitude: number | null;
  longitude: number | null;
  remote: boolean;
  contractType: ContractType;
  contractMonths: number | null;
  workingTime: WorkingTime;
  hoursPerWeek: number | null;
  payMinCents: number | null;
  payMaxCents: number | null;
  payPeriod: PayPeriod | null;
  language: LanguageRequirement | null;
  requiredCredentials: { code: string; label: string }[];
  skills: string[];
  startsOn: string | null;
  expiresOn: string | null;
  positions: number;
  source: OfferSource;
  sourceReference: string | null;
}

export interface OfferRecord extends OfferFields {
  id: string;
  organizationId: string;
  employerId: string;
  country: 'FR' | 'US' | 'CA';
  currency: Currency;
  status: SettableOfferStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface OfferPageFilter {
  organizationId: string;
  today: string;
  words?: string;
  status?: 'open' | 'filled' | 'closed' | 'expired';
  employerId?: string;
  contractType?: ContractType;
  /** Words of the place's name, or the beginning of its code (a postal code, an INSEE code, a ZIP). */
  place?: string;
  page: number;
  pageSize: number;
}

/** An offer is found by the words of its title, folded as people's names are (typos, accents). */
const titleSearchText = (title: string) => searchTextOf([title]);

const columns = [
  'id',
  'organization_id as organizationId',
  'employer_id as employerId',
  'site_id as siteId',
  'country',
  'title',
  'description',
  'esco_id as escoId',
  'isco_code as iscoCode',
  'place_code as placeCode',
  'place_name as placeName',
  'latitude',
  'longitude',
  'remote',
  'contract_type as contractType',
  'contract_months as contractMonths',
  'working_time as workingTime',
  'hours_per_week as hoursPerWeek',
  'pay_min_cents as payMinCents',
  'pay_max_cents as payMaxCents',
  'pay_period as payPeriod',
  'currency',
  'language_requirement as language',
  'required_credentials as requiredCredentials',
  'skills',
  sql<string | null>`to_char(starts_on, 'YYYY-MM-DD')`.as('startsOn'),
  sql<string | null>`to_char(expires_on, 'YYYY-MM-DD')`.as('expiresOn'),
  'positions',
  'status',
  'source',
  'source_reference as sourceReference',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

type Row = Record<string, unknown>;
const toRecord = (row: Row): OfferRecord =>
  ({
    ...row,
    payMinCents: row.payMinCents === null ? null : Number(row.payMinCents),
    payMaxCents: row.payMaxCents === null ? null : Number(row.payMaxCents),
  }) as unknown as OfferRecord;

function columnsOf(fields: OfferFields) {
  return {
    site_id: fields.siteId,
    title: fields.title,
    search_text: titleSearchText(fields.title),
    description: fields.description,
    esco_id: fields.escoId,
    isco_code: fields.iscoCode,
    place_code: fields.placeCode,
    place_name: fields.placeName,
    latitude: fields.latitude,
    longitude: fields.longitude,
    remote: fields.remote,
    contract_type: fields.contractType,
    contract_months: fields.contractMonths,
    working_time: fields.workingTime,
    hours_per_week: fields.hoursPerWeek,
    pay_min_cents: fields.payMinCents,
    pay_max_cents: fields.payMaxCents,
    pay_period: fields.payPeriod,
    language_requirement: fields.language ? JSON.stringify(fields.language) : null,
    required_credentials: JSON.stringify(fields.requiredCredentials),
    skills: JSON.stringify(fields.skills),
    starts_on: fields.startsOn,
    expires_on: fields.expiresOn,
    positions: fields.positions,
    source: fields.source,
    source_reference: fields.sourceReference,
  };
}

export function offersRepository(db: Executor) {
  return {
    async insert(
      offer: OfferFields & Pick<OfferRecord, 'id' | 'organizationId' | 'employerId' | 'country' | 'currency'>,
      createdBy: string,
      now: Date,
    ) {
      await db
        .insertInto('job_offers')
        .values({
          id: offer.id,
          organization_id: offer.organizationId,
          employer_id: offer.employerId,
          country: offer.country,
          currency: offer.currency,
          ...columnsOf(offer),
          status: 'open',
          created_by: createdBy,
          created_at: now,
          updated_at: now,
          status_changed_at: now,
        })
        .execute();
    },

    async update(id: string, fields: OfferFields, now: Date) {
      await db
        .updateTable('job_offers')
        .set({ ...columnsOf(fields), updated_at: now })
        .where('id', '=', id)
        .execute();
    },

    async setStatus(id: string, status: SettableOfferStatus, now: Date) {
      await db
        .updateTable('job_offers')
        .set({ status, status_changed_at: now, updated_at: now })
        .where('id', '=', id)
        .execute();
    },

    async find(id: string): Promise<OfferRecord | undefined> {
      const row = await db.selectFrom('job_offers').select(columns).where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row as Row) : undefined;
    },

    async idOfSourceReference(organizationId: string, source: OfferSource, reference: string) {
      const row = await db
        .selectFrom('job_offers')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('source', '=', source)
        .where('source_reference', '=', reference)
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async page(filter: OfferPageFilter): Promise<{ rows: OfferRecord[]; total: number }> {
      let query = db.selectFrom('job_offers').where('organization_id', '=', filter.organizationId);
      if (filter.employerId) query = query.where('employer_id', '=', filter.employerId);
      if (filter.contractType) query = query.where('contract_type', '=', filter.contractType);
      if (filter.place) {
        const escaped = filter.place.toLowerCase().replace(/[%_\\]/g, '\\$&');
        query = query.where((eb) =>
          eb.or([
            eb(sql`lower(place_name)`, 'like', `%${escaped}%`),
            eb('place_code', 'like', `${escaped}%`),
          ]),
        );
      }
      if (filter.words) {
        const words = titleSearchText(filter.words);
        query = query.where((eb) =>
          eb.or([
            eb('search_text', 'like', `%${words.replace(/[%_\\]/g, '\\$&')}%`),
            sql<boolean>`${words} <% search_text`,
          ]),
        );
      }
      if (filter.status === 'expired')
        query = query.where('status', '=', 'open').where('expires_on', '<', filter.today);
      else if (filter.status === 'open')
        query = query
          .where('status', '=', 'open')
          .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', filter.today)]));
      else if (filter.status) query = query.where('status', '=', filter.status);
      const rows = await query
        .select(columns)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      const count = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      return { rows: rows.map((row) => toRecord(row as Row)), total: Number(count.n) };
    },
  };
}
