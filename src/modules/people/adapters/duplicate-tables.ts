import type { ColumnType } from 'kysely';

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

/** A batch run over a consortium (migration 0071), owned by the coordinating organization. */
export interface DuplicateRunsTable {
  id: string;
  organization_id: string;
  consortium_id: string;
  /** Null: from the command line. */
  requested_by: string | null;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  compared_pairs: ColumnType<number, number | undefined, number>;
  scored_pairs: ColumnType<number, number | undefined, number>;
  found_pairs: ColumnType<number, number | undefined, number>;
  figures: ColumnType<RunFigure[], string | undefined, string>;
  /** Null until the run starts, and for the runs finished before migration 0091. */
  phase: ColumnType<DuplicateRunPhase | null, DuplicateRunPhase | null | undefined, DuplicateRunPhase | null>;
  read_keys: ColumnType<number, number | undefined, number>;
  total_keys: ColumnType<number, number | undefined, number>;
}

/** A run reads the blocks of files sharing a key, then scores the pairs they make. */
export type DuplicateRunPhase = 'reading_keys' | 'scoring';

/** How many pairs a run found between two member organizations (the coordinator's figures). */
export interface RunFigure {
  first: string;
  second: string;
  pairs: number;
}

/** One side of a pair a consortium run found: owned by the member whose file it is. */
export interface DuplicateRunPairsTable {
  run_id: string;
  organization_id: string;
  person_id: string;
  other_organization_id: string;
  other_person_id: string;
  score: number;
  /** The rule's reasons, comma-separated. */
  reasons: string;
}

declare module '../../../core/db/types.js' {
  interface Database {
    person_duplicate_keys: PersonDuplicateKeysTable;
    duplicate_decisions: DuplicateDecisionsTable;
    person_merges: PersonMergesTable;
    duplicate_runs: DuplicateRunsTable;
    duplicate_run_pairs: DuplicateRunPairsTable;
  }
}
