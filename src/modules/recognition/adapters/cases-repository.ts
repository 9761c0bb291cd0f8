import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { StepState } from '../domain/case-rules.js';
import type {
  CaseStepStatus,
  PathwayStepKind,
  RecognisedCredentialKind,
  RecognitionResult,
  StepPayer,
} from '../domain/vocabulary.js';
import type { PathwayStepRecord } from './pathways-repository.js';
import './tables.js';
import { stepDescriptionColumns } from './step-columns.js';

export interface CaseRecord {
  id: string;
  organizationId: string;
  personId: string;
  pathwayId: string;
  pathwayOrganizationId: string;
  versionId: string;
  startedOn: string;
  note: string | null;
  result: RecognitionResult | null;
  decidedOn: string | null;
  conditions: string | null;
  credentialKind: RecognisedCredentialKind | null;
  credentialName: string | null;
  credentialObtainedOn: string | null;
  closedOn: string | null;
  closingReason: string | null;
  closingNote: string | null;
  createdAt: Date;
}

export interface CaseStepRecord extends StepState {
  caseId: string;
  organizationId: string;
  personId: string;
  labelFr: string;
  labelEn: string;
  evaluator: string | null;
  reportType: string | null;
  languageTest: string | null;
  levelRequired: string | null;
  typicalDurationDays: number | null;
  documentIds: string[];
  note: string | null;
}

const day = <A extends string>(column: string, alias: A) =>
  sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`.as(alias);

const caseColumns = [
  'id',
  'organization_id as organizationId',
  'person_id as personId',
  'pathway_id as pathwayId',
  'pathway_organization_id as pathwayOrganizationId',
  'version_id as versionId',
  sql<string>`to_char(started_on, 'YYYY-MM-DD')`.as('startedOn'),
  'note',
  'result',
  day('decided_on', 'decidedOn'),
  'conditions',
  'credential_kind as credentialKind',
  'credential_name as credentialName',
  day('credential_obtained_on', 'credentialObtainedOn'),
  day('closed_on', 'closedOn'),
  'closing_reason as closingReason',
  'closing_note as closingNote',
  'created_at as createdAt',
] as const;

const stepColumns = [
  'id',
  'case_id as caseId',
  'organization_id as organizationId',
  'person_id as personId',
  ...stepDescriptionColumns,
  'status',
  day('started_on', 'startedOn'),
  day('done_on', 'doneOn'),
  'actual_cost_cents as actualCostCents',
  'paid_by as paidBy',
  'document_ids as documentIds',
  'note',
  'loan_application_id as loanApplicationId',
] as const;

/** All SQL of people's recognition cases. */
export function casesRepository(db: Executor) {
  return {
    async insertCase(
      row: Pick<
        CaseRecord,
        | 'id'
        | 'organizationId'
        | 'personId'
        | 'pathwayId'
        | 'pathwayOrganizationId'
        | 'versionId'
        | 'startedOn'
        | 'note'
      >,
      steps: (PathwayStepRecord & { id: string })[],
      by: string,
      now: Date,
    ): Promise<void> {
      await db
        .insertInto('recognition_cases')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          person_id: row.personId,
          pathway_id: row.pathwayId,
          pathway_organization_id: row.pathwayOrganizationId,
          version_id: row.versionId,
          started_on: row.startedOn,
          note: row.note,
          created_by: by,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db
        .insertInto('recognition_case_steps')
        .values(
          steps.map((s) => ({
            id: s.id,
            organization_id: row.organizationId,
            case_id: row.id,
            person_id: row.personId,
            position: s.position,
            kind: s.kind,
            label_fr: s.labelFr,
            label_en: s.labelEn,
            evaluator: s.evaluator,
            report_type: s.reportType,
            language_test: s.languageTest,
            level_required: s.levelRequired,
            typical_cost_cents: s.typicalCostCents,
            currency: s.currency,
            typical_duration_days: s.typicalDurationDays,
            status: 'not_started',
            updated_by: by,
            updated_at: now,
          })),
        )
        .execute();
    },

    async find(id: string, organizationId: string, lock = false): Promise<CaseRecord | undefined> {
      let query = db
        .selectFrom('recognition_cases')
        .select(caseColumns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as CaseRecord | undefined;
    },

    async ofPerson(organizationId: string, personId: string): Promise<CaseRecord[]> {
      return (await db
        .selectFrom('recognition_cases')
        .select(caseColumns)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('started_on', 'desc')
        .orderBy('id', 'desc')
        .execute()) as CaseRecord[];
    },

    async stepsOf(caseIds: readonly string[]): Promise<CaseStepRecord[]> {
      if (caseIds.length === 0) return [];
      return (await db
        .selectFrom('recognition_case_steps')
        .select(stepColumns)
        .where('case_id', 'in', caseIds)
        .orderBy('case_id')
        .orderBy('position')
        .execute()) as CaseStepRecord[];
    },

    async findStep(stepId: string, organizationId: string): Promise<CaseStepRecord | undefined> {
      return (await db
        .selectFrom('recognition_case_steps')
        .select(stepColumns)
        .where('id', '=', stepId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst()) as CaseStepRecord | undefined;
    },

    async updateStep(
      step: Pick<
        CaseStepRecord,
        | 'id'
        | 'organizationId'
        | 'status'
        | 'startedOn'
        | 'doneOn'
        | 'actualCostCents'
        | 'paidBy'
        | 'documentIds'
        | 'note'
        | 'loanApplicationId'
      >,
      by: string,
      now: Date,
    ): Promise<void> {
      await db
        .updateTable('recognition_case_steps')
        .set({
          status: step.status,
          started_on: step.startedOn,
          done_on: step.doneOn,
          actual_cost_cents: step.actualCostCents,
          paid_by: step.paidBy,
          document_ids: step.documentIds,
          note: step.note,
          loan_application_id: step.loanApplicationId,
          updated_by: by,
          updated_at: now,
        })
        .where('id', '=', step.id)
        .where('organization_id', '=', step.organizationId)
        .execute();
    },

    async setResult(
      id: string,
      organizationId: string,
      result: {
        result: RecognitionResult;
        decidedOn: string;
        conditions: string | null;
        credential: { kind: RecognisedCredentialKind; name: string; obtainedOn: string } | null;
      },
      now: Date,
    ): Promise<void> {
      await db
        .updateTable('recognition_cases')
        .set({
          result: result.result,
          decided_on: result.decidedOn,
          conditions: result.conditions,
          credential_kind: result.credential?.kind ?? null,
          credential_name: result.credential?.name ?? null,
          credential_obtained_on: result.credential?.obtainedOn ?? null,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async close(
      id: string,
      organizationId: string,
      closing: { closedOn: string; reason: string; note: string | null },
      now: Date,
    ): Promise<void> {
      await db
        .updateTable('recognition_cases')
        .set({
          closed_on: closing.closedOn,
          closing_reason: closing.reason,
          closing_note: closing.note,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    },

    /**
     * The cases on these pathways in every organization, with their steps' states: figures only. With a
     * period, only the cases that ran during it (started by its end, not decided or closed before its start).
     */
    async figuresOfPathways(
      pathwayIds: readonly string[],
      period: { from: string | null; to: string | null } = { from: null, to: null },
    ) {
      if (pathwayIds.length === 0) return { cases: [], steps: [] };
      const casesQuery = db
        .selectFrom('recognition_cases')
        .select([
          'id',
          'person_id as personId',
          'pathway_id as pathwayId',
          'version_id as versionId',
          'result',
          day('started_on', 'startedOn'),
          day('decided_on', 'decidedOn'),
          day('closed_on', 'closedOn'),
          day('credential_obtained_on', 'credentialObtainedOn'),
        ])
        .where('pathway_id', 'in', pathwayIds);
      // Started by the period's end, and not decided or closed before its start (`ranDuring`).
      const ranDuring = (table: string) => {
        const started = sql.ref(`${table}.started_on`);
        const ended = sql`coalesce(${sql.ref(`${table}.decided_on`)}, ${sql.ref(`${table}.closed_on`)})`;
        return sql<boolean>`(${period.to}::date IS NULL OR ${started} <= ${period.to}::date)
          AND (${period.from}::date IS NULL OR ${ended} IS NULL OR ${ended} >= ${period.from}::date)`;
      };
      const cases = await casesQuery.where(ranDuring('recognition_cases')).execute();
      const steps = await db
        .selectFrom('recognition_case_steps as s')
        .innerJoin('recognition_cases as c', (join) =>
          join.onRef('c.id', '=', 's.case_id').onRef('c.organization_id', '=', 's.organization_id'),
        )
        .select([
          's.case_id as caseId',
          's.position',
          's.status',
          day('s.started_on', 'startedOn'),
          day('s.done_on', 'doneOn'),
          's.loan_application_id as loanApplicationId',
        ])
        .where('c.pathway_id', 'in', pathwayIds)
        .where(ranDuring('c'))
        .execute();
      return {
        cases: cases as {
          id: string;
          personId: string;
          pathwayId: string;
          versionId: string;
          result: RecognitionResult | null;
          startedOn: string;
          decidedOn: string | null;
          closedOn: string | null;
          credentialObtainedOn: string | null;
        }[],
        steps: steps as {
          caseId: string;
          position: number;
          status: CaseStepStatus;
          startedOn: string | null;
          doneOn: string | null;
          loanApplicationId: string | null;
        }[],
      };
    },

    /** Free texts and the documents' ids go; statuses, dates, costs and results stay (they are counted). */
    async clearTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      await db
        .updateTable('recognition_case_steps')
        .set({ note: null, document_ids: [] })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      const changed = await db
        .updateTable('recognition_cases')
        .set({ note: null, conditions: null, closing_note: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(changed.numUpdatedRows);
    },
  };
}

export type { PathwayStepKind, StepPayer };
