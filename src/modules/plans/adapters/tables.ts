import type { ColumnType, JSONColumnType } from 'kysely';
import type {
  GoalKind,
  PlanLanguage,
  PlanStatus,
  SignMethod,
  StepActor,
  StepStatus,
} from '../domain/vocabulary.js';

type Created = ColumnType<Date, Date, never>;
type JsonList<T> = JSONColumnType<T[], string, string>;

export interface PlanBarrier {
  kind: string;
  description: string;
  mitigation: string;
}
export interface PlanCourse {
  title: string;
  provider: string | null;
}
export interface PlanExperience {
  kind: string;
  title: string;
  organization: string | null;
}
export interface PlanRequirement {
  kind: string;
  title: string;
}
export interface PlanCredentialRecognition {
  credential: string;
  country: string | null;
  evaluator: string | null;
  plan: string;
}
export interface PlanEmployer {
  name: string;
  note: string | null;
}
export interface PlanContact {
  name: string;
  role: string | null;
  contact: string | null;
}

export interface PlansTable {
  id: string;
  organization_id: string;
  person_id: string;
  program_id: string | null;
  status: PlanStatus;
  language: PlanLanguage;
  target_field: string | null;
  target_job_titles: JsonList<string>;
  esco_occupation_id: string | null;
  barriers: JsonList<PlanBarrier>;
  courses: JsonList<PlanCourse>;
  experience_opportunities: JsonList<PlanExperience>;
  credential_requirements: JsonList<PlanRequirement>;
  credential_recognition: JSONColumnType<PlanCredentialRecognition | null, string | null, string | null>;
  local_employers: JsonList<PlanEmployer>;
  contacts: JsonList<PlanContact>;
  revision: number;
  signed_revision: number | null;
  signed_on: string | null;
  sign_method: SignMethod | null;
  signed_witness: string | null;
  closed_on: string | null;
  created_by: string | null;
  created_at: Created;
  updated_at: Date;
}

export interface PlanGoalsTable {
  id: string;
  plan_id: string;
  organization_id: string;
  person_id: string;
  kind: GoalKind;
  title: string;
  target_date: string | null;
  target_level: string | null;
  position: number;
  created_at: Created;
}

export interface PlanStepsTable {
  id: string;
  goal_id: string;
  plan_id: string;
  organization_id: string;
  person_id: string;
  title: string;
  due_on: string | null;
  actor: StepActor;
  partner_name: string | null;
  status: StepStatus;
  started_on: string | null;
  done_on: string | null;
  abandoned_on: string | null;
  abandoned_reason: string | null;
  evidence_note: string | null;
  evidence_document_id: string | null;
  position: number;
  created_at: Created;
  status_changed_at: Date;
}

export interface PlanChangesTable {
  id: string;
  plan_id: string;
  organization_id: string;
  person_id: string;
  changed_at: Date;
  changed_by: string | null;
  entity: 'plan' | 'goal' | 'step';
  entity_id: string;
  action: 'created' | 'updated' | 'removed' | 'status_changed' | 'signed';
  fields: JsonList<string>;
  from_status: string | null;
  to_status: string | null;
  label: string | null;
  revision: number;
}

declare module '../../../core/db/types.js' {
  interface Database {
    plans: PlansTable;
    plan_goals: PlanGoalsTable;
    plan_steps: PlanStepsTable;
    plan_changes: PlanChangesTable;
  }
}
