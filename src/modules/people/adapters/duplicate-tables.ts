/** Duplicate detection (migration 0066, docs/duplicates.md): blocking keys and decisions on pairs. */
export interface PersonDuplicateKeysTable {
  organization_id: string;
  person_id: string;
  key: string;
}

export interface DuplicateDecisionsTable {
  id: string;
  organization_id: string;
  person_id: string;
  other_organization_id: string;
  other_person_id: string;
  decision: 'different' | 'same';
  decided_by: string;
  decided_at: Date;
}

/** A file merged into another of the organization (migration 0071): in force while `undone_at` is null. */
export interface PersonMergesTable {
  id: string;
  organization_id: string;
  kept_person_id: string;
  merged_person_id: string;
  merged_by: string;
  merged_at: Date;
  undone_by: string | null;
  undone_at: Date | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    person_duplicate_keys: PersonDuplicateKeysTable;
    duplicate_decisions: DuplicateDecisionsTable;
    person_merges: PersonMergesTable;
  }
}
