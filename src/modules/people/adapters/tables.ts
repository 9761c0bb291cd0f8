import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date, never>;

export interface PeopleTable {
  id: string;
  organization_id: string;
  given_name: string;
  family_name: string;
  given_name_original: string | null;
  family_name_original: string | null;
  sex: 'female' | 'male' | 'other' | null;
  birth_date: string | null;
  nationality: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  preferred_language: string | null;
  /** Immigration status, status date and asylum application date, sealed (`sealed-fields.ts`); null when none is known. */
  sealed_status: string | null;
  arrival_date: string | null;
  referent_user_id: string | null;
  search_text: string;
  /** Shared by this person's files in several organizations (migration 0072): counted once across them. */
  counting_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Date;
}

interface PersonChild {
  id: string;
  organization_id: string;
  person_id: string;
  created_at: CreatedAt;
}

export interface PersonLanguagesTable extends PersonChild {
  language: string;
  mother_tongue: boolean;
  scale: 'cefr' | 'clb' | 'nclc' | null;
  skill: string | null;
  level: string | null;
  test_name: string | null;
  test_date: string | null;
}

export interface PersonEducationTable extends PersonChild {
  isced_level: number | null;
  field: string | null;
  country: string | null;
  year_completed: number | null;
  obtained_abroad: boolean;
  recognition_status: string;
}

export interface PersonExperienceTable extends PersonChild {
  occupation_label: string;
  esco_id: string | null;
  employer: string | null;
  country: string | null;
  start_year: number | null;
  end_year: number | null;
}

export interface PersonBarriersTable extends PersonChild {
  /** Category and note, sealed (`sealed-fields.ts`): a health barrier does not show in a dump. */
  sealed_detail: string;
  status: string;
  identified_on: string;
  resolved_on: string | null;
}

export interface HouseholdMembersTable extends PersonChild {
  relation: string;
  given_name: string | null;
  birth_year: number | null;
}

/** Several files living together around a main contact (migration 0060): what household-unit figures count. */
export interface HouseholdsTable {
  id: string;
  organization_id: string;
  created_at: CreatedAt;
  created_by: string | null;
  main_contact_person_id: string;
}

/** A file's stay in a household: `left_on` null while it lasts; rows are never deleted. */
export interface HouseholdMembershipsTable {
  id: string;
  organization_id: string;
  household_id: string;
  person_id: string;
  relation: 'main' | 'spouse' | 'child' | 'parent' | 'sibling' | 'other';
  joined_on: string;
  left_on: string | null;
  recorded_by: string | null;
  left_recorded_by: string | null;
}

export interface ConsentsTable extends PersonChild {
  purpose: string;
  partner_organization_ids: string[];
  /** Consortia whose members, at the time of each read, the consent names (migration 0065). */
  partner_consortium_ids: Generated<string[]>;
  /** The sections of the file it shares: identity, plan, sessions, employment, documents (migration 0065). */
  covers: Generated<string[]>;
  given_on: string;
  expires_on: string | null;
  revoked_on: string | null;
  recorded_by: string | null;
}

export interface PersonReferentChangesTable {
  id: string;
  organization_id: string;
  person_id: string;
  from_user_id: string | null;
  to_user_id: string;
  reason: string | null;
  changed_by: string;
  changed_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    people: PeopleTable;
    person_languages: PersonLanguagesTable;
    person_education: PersonEducationTable;
    person_experience: PersonExperienceTable;
    person_barriers: PersonBarriersTable;
    household_members: HouseholdMembersTable;
    households: HouseholdsTable;
    household_memberships: HouseholdMembershipsTable;
    consents: ConsentsTable;
    person_referent_changes: PersonReferentChangesTable;
  }
}
