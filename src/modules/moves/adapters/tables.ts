import type { ColumnType } from 'kysely';
import type { ArrivalActivity, HousingKind, MoveStatus } from '../domain/move-rules.js';

export interface HouseholdMovesTable {
  id: string;
  /** The organization that accompanied the household and recorded the move. */
  organization_id: string;
  /** The file of the household's main contact (or the person who moved alone). */
  person_id: string;
  household_key: string;
  program_id: string | null;
  enrolment_id: string | null;
  /** The exit "moved to a region" the move wrote on the enrolment, when it ended one. */
  exit_id: string | null;
  moved_on: ColumnType<string, string, string>;
  destination_country: string;
  destination_code: string;
  region_country: string;
  region_code: string;
  region_name: string;
  housing: HousingKind;
  activity: ArrivalActivity;
  activity_note: string | null;
  member_person_ids: ColumnType<string[], string, string>;
  dependants: number;
  receiving_organization_id: string | null;
  note: string | null;
  status: MoveStatus;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
  cancel_reason: string | null;
  cancelled_by: string | null;
  cancelled_at: Date | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    household_moves: HouseholdMovesTable;
  }
}
