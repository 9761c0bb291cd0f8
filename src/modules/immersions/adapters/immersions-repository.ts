import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { ContractType } from '../../offers/domain/contract-types.js';
import type { AgreementLanguage, ImmersionKind, ImmersionOutcome, Signatory } from '../domain/vocabulary.js';
import './tables.js';

export interface ImmersionRecord {
  id: string;
  organizationId: string;
  personId: string;
  kind: ImmersionKind;
  employerId: string;
  siteId: string | null;
  tutorContactId: string | null;
  counselorUserId: string;
  startsOn: string;
  endsOn: string;
  plannedHours: number;
  objectives: string;
  language: AgreementLanguage;
  outcome: ImmersionOutcome | null;
  assessedOn: string | null;
  endedWithJobOffer: boolean | null;
  jobContractType: ContractType | null;
  assessmentNote: string | null;
  createdAt: Date;
}

export interface SignatureRecord {
  immersionId: string;
  signatory: Signatory;
  signerName: string;
  signedAt: Date;
  recordedBy: string;
}

export interface MissedHoursRecord {
  id: string;
  immersionId: string;
  onDay: string;
  minutes: number;
  reason: string | null;
  recordedAt: Date;
}

const columns = [
  'id',
  'organization_id as organizationId',
  'person_id as personId',
  'kind',
  'employer_id as employerId',
  'site_id as siteId',
  'tutor_contact_id as tutorContactId',
  'counselor_user_id as counselorUserId',
  sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('startsOn'),
  sql<string>`to_char(ends_on, 'YYYY-MM-DD')`.as('endsOn'),
  'planned_hours as plannedHours',
  'objectives',
  'language',
  'outcome',
  sql<string | null>`to_char(assessed_on, 'YYYY-MM-DD')`.as('assessedOn'),
  'ended_with_job_offer as endedWithJobOffer',
  'job_contract_type as jobContractType',
  'assessment_note as assessmentNote',
  'created_at as createdAt',
] as const;

/** All SQL of the immersions module. */
export function immersionsRepository(db: Executor) {
  return {
    async insert(
      row: Omit<
        ImmersionRecord,
        'outcome' | 'assessedOn' | 'endedWithJobOffer' | 'jobContractType' | 'assessmentNote' | 'createdAt'
      >,
      createdBy: string,
      now: Date,
    ): Promise<void> {
      await db
        .insertInto('immersions')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          person_id: row.personId,
          kind: row.kind,
          employer_id: row.employerId,
          site_id: row.siteId,
          tutor_contact_id: row.tutorContactId,
          counselor_user_id: row.counselorUserId,
          starts_on: row.startsOn,
          ends_on: row.endsOn,
          planned_hours: row.plannedHours,
          objectives: row.objectives,
          language: row.language,
          created_by: createdBy,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    /** An immersion of the organization; locked for the transaction when it is about to change. */
    async find(id: string, organizationId: string, lock = false): Promise<ImmersionRecord | undefined> {
      let query = db
        .selectFrom('immersions')
        .select(columns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as ImmersionRecord | undefined;
    },

    async ofPerson(organizationId: string, personId: string): Promise<ImmersionRecord[]> {
      return (await db
        .selectFrom('immersions')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('starts_on', 'desc')
        .orderBy('id', 'desc')
        .execute()) as ImmersionRecord[];
    },

    async signaturesOf(immersionIds: readonly string[]): Promise<SignatureRecord[]> {
      if (immersionIds.length === 0) return [];
      return (await db
        .selectFrom('immersion_signatures')
        .select([
          'immersion_id as immersionId',
          'signatory',
          'signer_name as signerName',
          'signed_at as signedAt',
          'recorded_by as recordedBy',
        ])
        .where('immersion_id', 'in', immersionIds)
        .orderBy('signed_at')
        .execute()) as SignatureRecord[];
    },

    async missedHoursOf(immersionIds: readonly string[]): Promise<MissedHoursRecord[]> {
      if (immersionIds.length === 0) return [];
      return (await db
        .selectFrom('immersion_missed_hours')
        .select([
          'id',
          'immersion_id as immersionId',
          sql<string>`to_char(on_day, 'YYYY-MM-DD')`.as('onDay'),
          'minutes',
          'reason',
          'recorded_at as recordedAt',
        ])
        .where('immersion_id', 'in', immersionIds)
        .orderBy('on_day')
        .orderBy('id')
        .execute()) as MissedHoursRecord[];
    },

    async insertSignature(
      immersion: Pick<ImmersionRecord, 'id' | 'organizationId' | 'personId'>,
      signature: Omit<SignatureRecord, 'immersionId'>,
      now: Date,
    ): Promise<void> {
      await db
        .insertInto('immersion_signatures')
        .values({
          immersion_id: immersion.id,
          organization_id: immersion.organizationId,
          person_id: immersion.personId,
          signatory: signature.signatory,
          signer_name: signature.signerName,
          signed_at: signature.signedAt,
          recorded_by: signature.recordedBy,
          recorded_at: now,
        })
        .execute();
      await db.updateTable('immersions').set({ updated_at: now }).where('id', '=', immersion.id).execute();
    },

    async insertMissedHours(
      immersion: Pick<ImmersionRecord, 'id' | 'organizationId' | 'personId'>,
      entry: { id: string; onDay: string; minutes: number; reason: string | null },
      recordedBy: string,
      now: Date,
    ): Promise<void> {
      await db
        .insertInto('immersion_missed_hours')
        .values({
          id: entry.id,
          immersion_id: immersion.id,
          organization_id: immersion.organizationId,
          person_id: immersion.personId,
          on_day: entry.onDay,
          minutes: entry.minutes,
          reason: entry.reason,
          recorded_by: recordedBy,
          recorded_at: now,
        })
        .execute();
      await db.updateTable('immersions').set({ updated_at: now }).where('id', '=', immersion.id).execute();
    },

    async setAssessment(
      id: string,
      assessment: {
        outcome: ImmersionOutcome;
        assessedOn: string;
        endedWithJobOffer: boolean;
        jobContractType: ContractType | null;
        note: string | null;
      },
      assessedBy: string,
      now: Date,
    ): Promise<void> {
      await db
        .updateTable('immersions')
        .set({
          outcome: assessment.outcome,
          assessed_on: assessment.assessedOn,
          ended_with_job_offer: assessment.endedWithJobOffer,
          job_contract_type: assessment.jobContractType,
          assessment_note: assessment.note,
          assessed_by: assessedBy,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },

    /**
     * Anonymization: the immersions stay (kinds, dates, hours, outcomes are counted) but lose their
     * free texts and the names typed for the signatures.
     */
    async clearTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      const result = await db
        .updateTable('immersions')
        .set({ objectives: '', assessment_note: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      await db
        .updateTable('immersion_signatures')
        .set({ signer_name: '—' })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      await db
        .updateTable('immersion_missed_hours')
        .set({ reason: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      return Number(result.numUpdatedRows);
    },
  };
}
