import { sql, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { Database, Executor } from '../../../core/db/types.js';
import type { LeadFact } from '../domain/outreach-figures.js';
import type { ContactChannel, LeadOutcome, LeadSource, PartnerKind } from '../domain/vocabulary.js';
import './tables.js';

export interface LeadRecord {
  id: string;
  organizationId: string;
  programId: string | null;
  metOn: string;
  source: LeadSource;
  partnerKind: PartnerKind | null;
  partnerName: string | null;
  eventName: string | null;
  givenName: string | null;
  familyName: string | null;
  phone: string | null;
  email: string | null;
  language: string | null;
  note: string | null;
  assignedUserId: string | null;
  outcome: LeadOutcome | null;
  outcomeOn: string | null;
  personId: string | null;
  createdBy: string;
  createdAt: Date;
  anonymizedAt: Date | null;
}

export interface LeadListRow extends LeadRecord {
  attempts: number;
  lastAttemptAt: Date | null;
}

export interface AttemptRecord {
  id: string;
  attemptedAt: Date;
  channel: ContactChannel;
  reached: boolean;
  note: string | null;
  recordedBy: string;
}

export type LeadFields = Pick<
  LeadRecord,
  | 'programId'
  | 'metOn'
  | 'source'
  | 'partnerKind'
  | 'partnerName'
  | 'eventName'
  | 'givenName'
  | 'familyName'
  | 'phone'
  | 'email'
  | 'language'
  | 'note'
  | 'assignedUserId'
>;

export interface LeadFilters {
  state: 'open' | 'closed' | 'all';
  source?: LeadSource;
  programId?: string;
  assignedUserId?: string;
  page: number;
  pageSize: number;
}

const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

const leadColumns = [
  'l.id',
  'l.organization_id as organizationId',
  'l.program_id as programId',
  day('l.met_on').as('metOn'),
  'l.source',
  'l.partner_kind as partnerKind',
  'l.partner_name as partnerName',
  'l.event_name as eventName',
  'l.given_name as givenName',
  'l.family_name as familyName',
  'l.phone',
  'l.email',
  'l.language',
  'l.note',
  'l.assigned_user_id as assignedUserId',
  'l.outcome',
  sql<string | null>`to_char(l.outcome_on, 'YYYY-MM-DD')`.as('outcomeOn'),
  'l.person_id as personId',
  'l.created_by as createdBy',
  'l.created_at as createdAt',
  'l.anonymized_at as anonymizedAt',
] as const;

const toColumns = (fields: LeadFields) => ({
  program_id: fields.programId,
  met_on: fields.metOn,
  source: fields.source,
  partner_kind: fields.partnerKind,
  partner_name: fields.partnerName,
  event_name: fields.eventName,
  given_name: fields.givenName,
  family_name: fields.familyName,
  phone: fields.phone,
  email: fields.email,
  language: fields.language,
  note: fields.note,
  assigned_user_id: fields.assignedUserId,
});

export function leadsRepository(db: Executor) {
  return {
    async insert(lead: LeadFields & { id: string; organizationId: string; createdBy: string; now: Date }) {
      await db
        .insertInto('outreach_leads')
        .values({
          id: lead.id,
          organization_id: lead.organizationId,
          ...toColumns(lead),
          created_by: lead.createdBy,
          created_at: lead.now,
          updated_at: lead.now,
        })
        .execute();
    },

    async find(id: string, organizationId: string): Promise<LeadRecord | undefined> {
      return (await db
        .selectFrom('outreach_leads as l')
        .select(leadColumns)
        .where('l.id', '=', id)
        .where('l.organization_id', '=', organizationId)
        .executeTakeFirst()) as LeadRecord | undefined;
    },

    async update(id: string, organizationId: string, fields: LeadFields, now: Date) {
      await db
        .updateTable('outreach_leads')
        .set({ ...toColumns(fields), updated_at: now })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async setOutcome(
      id: string,
      organizationId: string,
      outcome: { outcome: LeadOutcome; outcomeOn: string; personId: string | null } | null,
      now: Date,
    ) {
      await db
        .updateTable('outreach_leads')
        .set({
          outcome: outcome?.outcome ?? null,
          outcome_on: outcome?.outcomeOn ?? null,
          person_id: outcome?.personId ?? null,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async list(
      organizationId: string,
      filters: LeadFilters,
    ): Promise<{ items: LeadListRow[]; total: number }> {
      let query = db.selectFrom('outreach_leads as l').where('l.organization_id', '=', organizationId);
      if (filters.state === 'open') query = query.where('l.outcome', 'is', null);
      if (filters.state === 'closed') query = query.where('l.outcome', 'is not', null);
      if (filters.source) query = query.where('l.source', '=', filters.source);
      if (filters.programId) query = query.where('l.program_id', '=', filters.programId);
      if (filters.assignedUserId) query = query.where('l.assigned_user_id', '=', filters.assignedUserId);
      const [items, total] = await Promise.all([
        query
          .leftJoin(
            (eb) =>
              eb
                .selectFrom('outreach_attempts')
                .select([
                  'lead_id',
                  sql<number>`count(*)::int`.as('attempts'),
                  sql<Date>`max(attempted_at)`.as('last'),
                ])
                .where('organization_id', '=', organizationId)
                .groupBy('lead_id')
                .as('a'),
            (join) => join.onRef('a.lead_id', '=', 'l.id'),
          )
          .select([
            ...leadColumns,
            sql<number>`coalesce(a.attempts, 0)`.as('attempts'),
            'a.last as lastAttemptAt',
          ])
          // Open leads: never tried first (the longest waiting first), then the least recently tried; closed: latest first.
          .orderBy(
            filters.state === 'open'
              ? sql`a.last ASC NULLS FIRST, l.met_on ASC`
              : sql`coalesce(l.outcome_on, l.met_on) DESC`,
          )
          .orderBy('l.id')
          .limit(filters.pageSize)
          .offset((filters.page - 1) * filters.pageSize)
          .execute(),
        query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: items.map((i) => ({ ...i, attempts: Number(i.attempts) })) as LeadListRow[],
        total: Number(total.n),
      };
    },

    async attemptsOf(leadId: string, organizationId: string): Promise<AttemptRecord[]> {
      return (await db
        .selectFrom('outreach_attempts')
        .select([
          'id',
          'attempted_at as attemptedAt',
          'channel',
          'reached',
          'note',
          'recorded_by as recordedBy',
        ])
        .where('lead_id', '=', leadId)
        .where('organization_id', '=', organizationId)
        .orderBy('attempted_at', 'desc')
        .orderBy('id')
        .execute()) as AttemptRecord[];
    },

    async insertAttempt(attempt: AttemptRecord & { leadId: string; organizationId: string; now: Date }) {
      await db
        .insertInto('outreach_attempts')
        .values({
          id: attempt.id,
          organization_id: attempt.organizationId,
          lead_id: attempt.leadId,
          attempted_at: attempt.attemptedAt,
          channel: attempt.channel,
          reached: attempt.reached,
          note: attempt.note,
          recorded_by: attempt.recordedBy,
          created_at: attempt.now,
        })
        .execute();
      await db
        .updateTable('outreach_leads')
        .set({ updated_at: attempt.now })
        .where('id', '=', attempt.leadId)
        .execute();
    },

    /** What the program's figures read of each lead of these organizations. */
    async factsOfProgram(programId: string, organizationIds: readonly string[]): Promise<LeadFact[]> {
      if (organizationIds.length === 0) return [];
      return (await db
        .selectFrom('outreach_leads as l')
        .select([
          'l.source',
          day('l.met_on').as('metOn'),
          'l.outcome',
          sql<string | null>`to_char(l.outcome_on, 'YYYY-MM-DD')`.as('outcomeOn'),
        ])
        .where('l.program_id', '=', programId)
        .where('l.organization_id', 'in', organizationIds)
        .execute()) as LeadFact[];
    },

    /** The leads linked to a person's file, oldest first, with their attempts. */
    async ofPerson(organizationId: string, personId: string) {
      const leads = (await db
        .selectFrom('outreach_leads as l')
        .select(leadColumns)
        .where('l.organization_id', '=', organizationId)
        .where('l.person_id', '=', personId)
        .orderBy('l.met_on')
        .execute()) as LeadRecord[];
      return Promise.all(
        leads.map(async (lead) => ({ lead, attempts: await this.attemptsOf(lead.id, organizationId) })),
      );
    },

    /** A person's leads lose their names, contacts and notes (the person's file is being anonymized). */
    anonymizeOfPerson(organizationId: string, personId: string, now: Date): Promise<number> {
      return anonymize(
        db,
        (update) => update.where('organization_id', '=', organizationId).where('person_id', '=', personId),
        now,
      );
    },

    /**
     * Leads closed without an enrolment before `closedBefore`: names, contacts, notes and the attempts'
     * notes cleared; the source, the partner, the dates and the outcome kept for the figures. Returns how many.
     */
    anonymizeClosedBefore(closedBefore: string, now: Date): Promise<number> {
      return anonymize(
        db,
        (update) =>
          update
            .where('anonymized_at', 'is', null)
            .where('outcome', 'is not', null)
            .where('outcome', '<>', 'enrolled')
            .where('outcome_on', '<', closedBefore),
        now,
      );
    },
  };
}

/**
 * Clears the names, contacts and notes of the leads `which` selects, and their attempts' notes, in two
 * statements whatever their number (the attempts found by the moment of anonymization, never by a list
 * of ids).
 */
async function anonymize(
  db: Executor,
  which: (
    update: UpdateQueryBuilder<Database, 'outreach_leads', 'outreach_leads', UpdateResult>,
  ) => UpdateQueryBuilder<Database, 'outreach_leads', 'outreach_leads', UpdateResult>,
  now: Date,
): Promise<number> {
  const changed = await which(db.updateTable('outreach_leads'))
    .set({
      given_name: null,
      family_name: null,
      phone: null,
      email: null,
      note: null,
      anonymized_at: now,
      updated_at: now,
    })
    .returning('id')
    .execute();
  if (changed.length > 0)
    await db
      .updateTable('outreach_attempts')
      .set({ note: null })
      .where('note', 'is not', null)
      .where((eb) =>
        eb('lead_id', 'in', eb.selectFrom('outreach_leads').select('id').where('anonymized_at', '=', now)),
      )
      .execute();
  return changed.length;
}
