import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PositiveExitRule, RuleVersion } from '../domain/rule.js';
import type { ExitEvidenceKind, ExitOutcome, ExitVerdict } from '../domain/vocabulary.js';
import './tables.js';

export interface ExitRecord {
  id: string;
  organizationId: string;
  enrolmentId: string;
  programId: string;
  personId: string;
  outcome: ExitOutcome;
  exitOn: string;
  contractStartOn: string | null;
  contractEndOn: string | null;
  region: string | null;
  credentialName: string | null;
  credentialObtainedOn: string | null;
  evidenceKind: ExitEvidenceKind;
  placementId: string | null;
  documentId: string | null;
  trainingName: string | null;
  note: string | null;
  verdict: ExitVerdict;
  verdictReason: string;
  ruleVersionId: string | null;
  ruleVersion: number | null;
  recordedBy: string | null;
  recordedAt: Date;
  supersededAt: Date | null;
  correctionReason: string | null;
}

/** A current exit as the measures read it (`currentExitFactsOfProgram`). */
export type ExitFactsRow = Pick<
  ExitRecord,
  | 'enrolmentId'
  | 'outcome'
  | 'exitOn'
  | 'contractStartOn'
  | 'contractEndOn'
  | 'region'
  | 'credentialObtainedOn'
  | 'evidenceKind'
  | 'verdict'
  | 'ruleVersion'
> & { credentialNamed: boolean };

const exitColumns = [
  'id',
  'organization_id as organizationId',
  'enrolment_id as enrolmentId',
  'program_id as programId',
  'person_id as personId',
  'outcome',
  'exit_on as exitOn',
  'contract_start_on as contractStartOn',
  'contract_end_on as contractEndOn',
  'region',
  'credential_name as credentialName',
  'credential_obtained_on as credentialObtainedOn',
  'evidence_kind as evidenceKind',
  'placement_id as placementId',
  'document_id as documentId',
  'training_name as trainingName',
  'note',
  'verdict',
  'verdict_reason as verdictReason',
  'rule_version_id as ruleVersionId',
  'rule_version as ruleVersion',
  'recorded_by as recordedBy',
  'recorded_at as recordedAt',
  'superseded_at as supersededAt',
  'correction_reason as correctionReason',
] as const;

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** Rule versions and exits: the exits of an enrolment are its versions, the current one not superseded. */
export function exitsRepository(db: Executor) {
  return {
    async ruleVersions(
      programId: string,
    ): Promise<(RuleVersion & { createdAt: Date; createdBy: string | null })[]> {
      const rows = await db
        .selectFrom('exit_rule_versions')
        .select([
          'id',
          'version',
          'effective_from as effectiveFrom',
          'rule',
          'created_at as createdAt',
          'created_by as createdBy',
        ])
        .where('program_id', '=', programId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => {
        // Versions written before a setting existed hold no key for it: they read as its default.
        const stored = parseJson<
          Partial<PositiveExitRule> & Omit<PositiveExitRule, 'requireEmployedInField'>
        >(r.rule);
        return { ...r, rule: { ...stored, requireEmployedInField: stored.requireEmployedInField ?? false } };
      });
    },
    /** Serializes new versions of one program (the next number is read under this lock). */
    async lockRules(programId: string) {
      await db
        .selectFrom('exit_rule_versions')
        .select('id')
        .where('program_id', '=', programId)
        .forUpdate()
        .execute();
    },
    async insertRuleVersion(row: {
      id: string;
      organizationId: string;
      programId: string;
      version: number;
      effectiveFrom: string;
      rule: PositiveExitRule;
      createdBy: string | null;
      now: Date;
    }) {
      await db
        .insertInto('exit_rule_versions')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          program_id: row.programId,
          version: row.version,
          effective_from: row.effectiveFrom,
          rule: JSON.stringify(row.rule),
          created_by: row.createdBy,
          created_at: row.now,
        })
        .execute();
    },
    async insertExit(
      row: Omit<ExitRecord, 'supersededAt' | 'correctionReason'>,
      correctionReason: string | null,
    ) {
      await db
        .insertInto('enrolment_exits')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          enrolment_id: row.enrolmentId,
          program_id: row.programId,
          person_id: row.personId,
          outcome: row.outcome,
          exit_on: row.exitOn,
          contract_start_on: row.contractStartOn,
          contract_end_on: row.contractEndOn,
          region: row.region,
          credential_name: row.credentialName,
          credential_obtained_on: row.credentialObtainedOn,
          evidence_kind: row.evidenceKind,
          placement_id: row.placementId,
          document_id: row.documentId,
          training_name: row.trainingName,
          note: row.note,
          verdict: row.verdict,
          verdict_reason: row.verdictReason,
          rule_version_id: row.ruleVersionId,
          rule_version: row.ruleVersion,
          recorded_by: row.recordedBy,
          recorded_at: row.recordedAt,
          correction_reason: correctionReason,
        })
        .execute();
    },
    /** The exit of the organization, still current, locked for its correction. */
    async currentExit(id: string, organizationId: string): Promise<ExitRecord | undefined> {
      const row = await db
        .selectFrom('enrolment_exits')
        .select(exitColumns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .forUpdate()
        .executeTakeFirst();
      return row as ExitRecord | undefined;
    },
    async supersede(id: string, by: string, at: Date) {
      await db
        .updateTable('enrolment_exits')
        .set({ superseded_at: at, superseded_by: by })
        .where('id', '=', id)
        .execute();
    },
    async exitsOfPerson(personId: string, organizationId: string): Promise<ExitRecord[]> {
      const rows = await db
        .selectFrom('enrolment_exits')
        .select(exitColumns)
        .where('person_id', '=', personId)
        .where('organization_id', '=', organizationId)
        // The current versions first, then each replaced one, the latest replaced first.
        .orderBy('superseded_at', (o) => o.desc().nullsFirst())
        .orderBy('recorded_at', 'desc')
        .execute();
      return rows as ExitRecord[];
    },
    /** Current exits of a program's enrolments in these organizations (the measures' input). */
    async currentExitsOfProgram(
      programId: string,
      organizationIds: readonly string[],
    ): Promise<ExitRecord[]> {
      if (organizationIds.length === 0) return [];
      const rows = await db
        .selectFrom('enrolment_exits')
        .select(exitColumns)
        .where('program_id', '=', programId)
        .where('organization_id', 'in', organizationIds)
        .where('superseded_at', 'is', null)
        .execute();
      return rows as ExitRecord[];
    },
    /**
     * What the measures read of a program's current exits: no id but the enrolment's, no text but
     * whether a credential is named (a non-empty name, as the records test it).
     */
    async currentExitFactsOfProgram(
      programId: string,
      organizationIds: readonly string[],
    ): Promise<ExitFactsRow[]> {
      if (organizationIds.length === 0) return [];
      return db
        .selectFrom('enrolment_exits')
        .select([
          'enrolment_id as enrolmentId',
          'outcome',
          'exit_on as exitOn',
          'contract_start_on as contractStartOn',
          'contract_end_on as contractEndOn',
          'region',
          sql<boolean>`coalesce(credential_name, '') <> ''`.as('credentialNamed'),
          'credential_obtained_on as credentialObtainedOn',
          'evidence_kind as evidenceKind',
          'verdict',
          'rule_version as ruleVersion',
        ])
        .where('program_id', '=', programId)
        .where('organization_id', 'in', organizationIds)
        .where('superseded_at', 'is', null)
        .execute() as Promise<ExitFactsRow[]>;
    },
    /** Current exits of these enrolments. */
    async currentExitsOf(enrolmentIds: readonly string[]): Promise<ExitRecord[]> {
      if (enrolmentIds.length === 0) return [];
      const rows = await db
        .selectFrom('enrolment_exits')
        .select(exitColumns)
        .where('enrolment_id', 'in', enrolmentIds)
        .where('superseded_at', 'is', null)
        .execute();
      return rows as ExitRecord[];
    },
    /**
     * Anonymization: the free texts (note, correction reason, training and credential names) go; the
     * outcome, dates, region and verdict stay, as every figure counts them. Returns the exits changed.
     */
    async clearTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      const result = await db
        .updateTable('enrolment_exits')
        .set({ note: null, correction_reason: null, training_name: null, credential_name: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
