import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { ProposalReason, RoutingRule } from '../domain/routing.js';

export interface FrontDoorRecord {
  programId: string;
  consortiumId: string;
  organizationId: string;
  slug: string;
  open: boolean;
  receivingOrganizationIds: string[];
  rules: RoutingRule[];
}

export interface NewRequestRow {
  id: string;
  organizationId: string;
  programId: string;
  consortiumId: string;
  language: string;
  givenName: string;
  familyName: string | null;
  birthYear: number | null;
  email: string | null;
  phone: string | null;
  residenceCountry: string;
  residencePlaceCode: string | null;
  residenceRegionCode: string | null;
  residenceCity: string | null;
  sealedStatus: string | null;
  languages: { code: string; level: string }[];
  occupation: string | null;
  occupationCode: string | null;
  regionsSought: string[];
  anyRegion: boolean;
  communityKinds: string[];
  communityNeeds: string[];
  household: { relation: string; givenName: string | null; birthYear: number }[];
  householdSize: number;
  withChildren: boolean;
  message: string | null;
  consentTextVersion: string;
  proposedOrganizationId: string | null;
  proposalReason: ProposalReason | null;
  now: Date;
}

const requestColumns = [
  'id',
  'organization_id as organizationId',
  'program_id as programId',
  'consortium_id as consortiumId',
  'received_at as receivedAt',
  'last_received_at as lastReceivedAt',
  'repeat_count as repeatCount',
  'language',
  'given_name as givenName',
  'family_name as familyName',
  'birth_year as birthYear',
  'email',
  'phone',
  'residence_country as residenceCountry',
  'residence_place_code as residencePlaceCode',
  'residence_region_code as residenceRegionCode',
  'residence_city as residenceCity',
  'sealed_status as sealedStatus',
  'languages',
  'occupation',
  'occupation_code as occupationCode',
  'regions_sought as regionsSought',
  'any_region as anyRegion',
  'community_kinds as communityKinds',
  'community_needs as communityNeeds',
  'household',
  'household_size as householdSize',
  'with_children as withChildren',
  'message',
  'consent_text_version as consentTextVersion',
  'consent_given_at as consentGivenAt',
  'proposed_organization_id as proposedOrganizationId',
  'proposal_reason as proposalReason',
  'state',
  'assigned_organization_id as assignedOrganizationId',
  'assigned_at as assignedAt',
  'assignment_note as assignmentNote',
  'close_reason as closeReason',
  'close_note as closeNote',
  'person_id as personId',
  'anonymized_at as anonymizedAt',
] as const;

export type RequestRecord = Awaited<ReturnType<ReturnType<typeof frontDoorRepository>['find']>> & {};

/** Open: still to be assigned or assigned and not yet a file nor closed. */
const openStates = ['new', 'assigned'];

export function frontDoorRepository(db: Executor) {
  const doorColumns = [
    'program_id as programId',
    'consortium_id as consortiumId',
    'organization_id as organizationId',
    'slug',
    'open',
    'receiving_organization_ids as receivingOrganizationIds',
    'rules',
  ] as const;
  const asDoor = (row: {
    programId: string;
    consortiumId: string;
    organizationId: string;
    slug: string;
    open: boolean;
    receivingOrganizationIds: string[];
    rules: unknown[];
  }): FrontDoorRecord => ({ ...row, rules: row.rules as RoutingRule[] });

  return {
    async doorBySlug(slug: string): Promise<FrontDoorRecord | undefined> {
      const row = await db
        .selectFrom('front_doors')
        .select(doorColumns)
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row ? asDoor(row) : undefined;
    },

    async doorOfProgram(programId: string): Promise<FrontDoorRecord | undefined> {
      const row = await db
        .selectFrom('front_doors')
        .select(doorColumns)
        .where('program_id', '=', programId)
        .executeTakeFirst();
      return row ? asDoor(row) : undefined;
    },

    async slugUsedElsewhere(slug: string, programId: string): Promise<boolean> {
      const row = await db
        .selectFrom('front_doors')
        .select('program_id')
        .where('slug', '=', slug)
        .where('program_id', '!=', programId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async saveDoor(door: FrontDoorRecord, userId: string | null, now: Date): Promise<void> {
      const values = {
        consortium_id: door.consortiumId,
        organization_id: door.organizationId,
        slug: door.slug,
        open: door.open,
        receiving_organization_ids: JSON.stringify(door.receivingOrganizationIds),
        rules: JSON.stringify(door.rules),
        updated_by: userId,
        updated_at: now,
      };
      await db
        .insertInto('front_doors')
        .values({ program_id: door.programId, ...values })
        .onConflict((oc) => oc.column('program_id').doUpdateSet(values))
        .execute();
    },

    /** The open request of the consortium with this e-mail or phone received since `since`, locked. */
    async findRepeat(consortiumId: string, email: string | null, phone: string | null, since: Date) {
      if (email === null && phone === null) return undefined;
      return db
        .selectFrom('front_door_requests')
        .select([
          'id',
          'organization_id as organizationId',
          'assigned_organization_id as assignedOrganizationId',
        ])
        .where('consortium_id', '=', consortiumId)
        .where('received_at', '>=', since)
        .where('anonymized_at', 'is', null)
        .where((eb) =>
          eb.or([
            ...(email !== null ? [eb('email', '=', email)] : []),
            ...(phone !== null ? [eb('phone', '=', phone)] : []),
          ]),
        )
        .orderBy('received_at')
        .limit(1)
        .forUpdate()
        .executeTakeFirst();
    },

    async countRepeat(id: string, organizationId: string, now: Date): Promise<void> {
      await db
        .updateTable('front_door_requests')
        .set((eb) => ({ repeat_count: eb('repeat_count', '+', 1), last_received_at: now }))
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async insertRequest(row: NewRequestRow): Promise<void> {
      await db
        .insertInto('front_door_requests')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          consortium_id: row.consortiumId,
          received_at: row.now,
          last_received_at: row.now,
          language: row.language,
          given_name: row.givenName,
          family_name: row.familyName,
          birth_year: row.birthYear,
          email: row.email,
          phone: row.phone,
          residence_country: row.residenceCountry,
          residence_place_code: row.residencePlaceCode,
          residence_region_code: row.residenceRegionCode,
          residence_city: row.residenceCity,
          sealed_status: row.sealedStatus,
          languages: JSON.stringify(row.languages),
          occupation: row.occupation,
          occupation_code: row.occupationCode,
          regions_sought: JSON.stringify(row.regionsSought),
          any_region: row.anyRegion,
          community_kinds: JSON.stringify(row.communityKinds),
          community_needs: JSON.stringify(row.communityNeeds),
          household: JSON.stringify(row.household),
          household_size: row.householdSize,
          with_children: row.withChildren,
          message: row.message,
          consent_text_version: row.consentTextVersion,
          consent_given_at: row.now,
          proposed_organization_id: row.proposedOrganizationId,
          proposal_reason: row.proposalReason ? JSON.stringify(row.proposalReason) : null,
          state: 'new',
        })
        .execute();
    },

    /** Open requests assigned to each of these organizations in the program. */
    async openAssignedCounts(programId: string, organizationIds: readonly string[]) {
      if (organizationIds.length === 0) return new Map<string, number>();
      const rows = await db
        .selectFrom('front_door_requests')
        .select(['assigned_organization_id as organizationId', (eb) => eb.fn.countAll<string>().as('count')])
        .where('program_id', '=', programId)
        .where('state', '=', 'assigned')
        .where('assigned_organization_id', 'in', organizationIds)
        .groupBy('assigned_organization_id')
        .execute();
      return new Map(rows.map((r) => [r.organizationId as string, Number(r.count)]));
    },

    async find(id: string) {
      return db
        .selectFrom('front_door_requests')
        .select(requestColumns)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async findForUpdate(id: string) {
      return db
        .selectFrom('front_door_requests')
        .select(requestColumns)
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },

    /**
     * The queue as an organization sees it: every request of the consortia it coordinates (`owned`)
     * and those assigned to it.
     */
    async list(filter: {
      ownerOrganizationId: string | null;
      assignedOrganizationId: string;
      programId: string | undefined;
      state: string;
    }) {
      return (
        db
          .selectFrom('front_door_requests')
          .select(requestColumns)
          .where((eb) =>
            eb.or([
              eb('assigned_organization_id', '=', filter.assignedOrganizationId),
              ...(filter.ownerOrganizationId ? [eb('organization_id', '=', filter.ownerOrganizationId)] : []),
            ]),
          )
          // An anonymized request names nobody and can no longer be worked: the figures still count it.
          .where('anonymized_at', 'is', null)
          .$if(filter.programId !== undefined, (q) => q.where('program_id', '=', filter.programId!))
          .$if(filter.state === 'open', (q) => q.where('state', 'in', openStates))
          .$if(filter.state !== 'open' && filter.state !== 'all', (q) => q.where('state', '=', filter.state))
          .orderBy('received_at', 'desc')
          .orderBy('id')
          .limit(500)
          .execute()
      );
    },

    async assign(
      id: string,
      organizationId: string,
      change: { assignedOrganizationId: string; userId: string; note: string | null; now: Date },
    ) {
      await db
        .updateTable('front_door_requests')
        .set({
          state: 'assigned',
          assigned_organization_id: change.assignedOrganizationId,
          assigned_by: change.userId,
          assigned_at: change.now,
          assignment_note: change.note,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async close(
      id: string,
      organizationId: string,
      change: { reason: string; note: string | null; userId: string; now: Date },
    ) {
      await db
        .updateTable('front_door_requests')
        .set({
          state: 'closed',
          close_reason: change.reason,
          close_note: change.note,
          closed_by: change.userId,
          closed_at: change.now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async convert(
      id: string,
      organizationId: string,
      change: { personId: string; userId: string; now: Date },
    ) {
      await db
        .updateTable('front_door_requests')
        .set({
          state: 'converted',
          person_id: change.personId,
          converted_by: change.userId,
          converted_at: change.now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    /** Requests received in [from, to] (UTC days) assigned to, or when unassigned owned by, these organizations. */
    async funnelFacts(organizationIds: readonly string[], from: string, to: string) {
      if (organizationIds.length === 0) return [];
      return db
        .selectFrom('front_door_requests')
        .select([
          'id as requestId',
          sql<string>`to_char(received_at at time zone 'UTC', 'YYYY-MM-DD')`.as('receivedOn'),
          'consortium_id as consortiumId',
          'assigned_organization_id as assignedOrganizationId',
          'person_id as personId',
          'household_size as householdSize',
        ])
        .where(sql<boolean>`(received_at at time zone 'UTC')::date between ${from}::date and ${to}::date`)
        .where((eb) =>
          eb.or([
            eb('assigned_organization_id', 'in', organizationIds),
            eb.and([
              eb('assigned_organization_id', 'is', null),
              eb('organization_id', 'in', organizationIds),
            ]),
          ]),
        )
        .orderBy('received_at')
        .orderBy('id')
        .execute();
    },

    /** The requests that became this file (the person's export). */
    async ofPerson(organizationId: string, personId: string) {
      return db
        .selectFrom('front_door_requests')
        .select(requestColumns)
        .where('person_id', '=', personId)
        .where('assigned_organization_id', '=', organizationId)
        .orderBy('received_at')
        .execute();
    },

    /** Names, contacts, household and free text gone; what routing and the figures count stays. */
    async anonymize(
      filter: { personId: string; organizationId: string } | { notConvertedBefore: Date },
      now: Date,
    ) {
      const result = await db
        .updateTable('front_door_requests')
        .set({
          given_name: null,
          family_name: null,
          birth_year: null,
          email: null,
          phone: null,
          residence_city: null,
          residence_place_code: null,
          sealed_status: null,
          occupation: null,
          household: null,
          message: null,
          assignment_note: null,
          close_note: null,
          anonymized_at: now,
        })
        .where('anonymized_at', 'is', null)
        .$if('personId' in filter, (q) =>
          q
            .where('person_id', '=', (filter as { personId: string }).personId)
            .where('assigned_organization_id', '=', (filter as { organizationId: string }).organizationId),
        )
        .$if('notConvertedBefore' in filter, (q) =>
          q
            .where('state', '!=', 'converted')
            .where('last_received_at', '<', (filter as { notConvertedBefore: Date }).notConvertedBefore),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
