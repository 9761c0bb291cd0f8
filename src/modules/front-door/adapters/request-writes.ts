import type { Executor } from '../../../core/db/types.js';
import type { ProposalReason } from '../domain/routing.js';

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

/** What changes a request: its arrival (or a repeat), assignment, closing, conversion, anonymization. */
export function requestWrites(db: Executor) {
  return {
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
          occupation_code: null,
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
