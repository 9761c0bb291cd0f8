import type { ColumnType } from 'kysely';

type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null, string | null>;
/** bigint columns are parsed to number by both engines (see core/db/connect.ts); cents stay below 2^53. */
type Cents = number;

export interface RecognitionPathwaysTable {
  id: string;
  organization_id: string;
  occupation_scheme: string;
  occupation_code: string;
  jurisdiction: string;
  route_name: string | null;
  regulated: boolean;
  regulator_name: string | null;
  regulator_url: string | null;
  illustrative: boolean;
  shared_with_consortium: boolean;
  retired: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  updated_by: string | null;
  updated_at: Date;
}

export interface RecognitionPathwayVersionsTable {
  id: string;
  organization_id: string;
  pathway_id: string;
  number: number;
  effective_on: Day;
  change_note: string | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface RecognitionPathwayStepsTable {
  version_id: string;
  position: number;
  organization_id: string;
  kind: string;
  label_fr: string;
  label_en: string;
  evaluator: string | null;
  report_type: string | null;
  language_test: string | null;
  level_required: string | null;
  typical_cost_cents: Cents | null;
  currency: string;
  typical_duration_days: number | null;
  source_url: string | null;
  source_text: string | null;
}

export interface RecognitionCasesTable {
  id: string;
  organization_id: string;
  person_id: string;
  pathway_id: string;
  pathway_organization_id: string;
  version_id: string;
  started_on: Day;
  note: string | null;
  result: string | null;
  decided_on: NullableDay;
  conditions: string | null;
  credential_kind: string | null;
  credential_name: string | null;
  credential_obtained_on: NullableDay;
  closed_on: NullableDay;
  closing_reason: string | null;
  closing_note: string | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface RecognitionCaseStepsTable {
  id: string;
  organization_id: string;
  case_id: string;
  person_id: string;
  position: number;
  kind: string;
  label_fr: string;
  label_en: string;
  evaluator: string | null;
  report_type: string | null;
  language_test: string | null;
  level_required: string | null;
  typical_cost_cents: Cents | null;
  currency: string;
  typical_duration_days: number | null;
  status: string;
  started_on: NullableDay;
  done_on: NullableDay;
  actual_cost_cents: Cents | null;
  paid_by: string | null;
  document_ids: ColumnType<string[], string[] | undefined, string[]>;
  note: string | null;
  loan_application_id: string | null;
  updated_by: string | null;
  updated_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    recognition_pathways: RecognitionPathwaysTable;
    recognition_pathway_versions: RecognitionPathwayVersionsTable;
    recognition_pathway_steps: RecognitionPathwayStepsTable;
    recognition_cases: RecognitionCasesTable;
    recognition_case_steps: RecognitionCaseStepsTable;
  }
}
