import type { ExitOutcome, ExitVerdict, FollowUpAnswer, FollowUpStatus } from './vocabulary.js';

/**
 * The dated records every outcome measure reads: one per enrolment, with the person's facts the
 * breakdowns need. Dates are 'YYYY-MM-DD'. Built by the outcomes repository from the modules' apis;
 * the measures are pure functions over arrays of these.
 */
export interface OutcomeRecord {
  enrolmentId: string;
  personId: string;
  /**
   * The person as counted across organizations: shared by their files in several organizations (a
   * hand-off, a duplicate link); absent, the file's own id.
   */
  countedAs?: string;
  /** Same value for every member of a household; the person's id when alone. */
  householdKey: string;
  programId: string;
  /** The member organization that follows the person (consortium programs). */
  organizationId: string;
  enteredOn: string;
  exit: ExitFact | null;
  /** Work contracts of the person (placements), any time. */
  jobs: JobSpell[];
  followUps: FollowUpFact[];
  credentials: CredentialFact[];
  /** In a postsecondary education or training program during the enrolment (credential attainment's denominator). */
  inTraining: boolean;
  person: PersonFacts;
}

export interface ExitFact {
  on: string;
  outcome: ExitOutcome;
  contractStartOn: string | null;
  contractEndOn: string | null;
  /** The Québec region the household settled in (moved_to_region). */
  region: string | null;
  verdict: ExitVerdict;
  ruleVersion: number | null;
}

export interface JobSpell {
  employerId: string;
  startsOn: string;
  /** The actual or planned last day; null for an open-ended contract still running. */
  endsOn: string | null;
  contractType: string;
  unsubsidized: boolean;
  /** Gross wage per quarter in integer cents when known (computed from the contract's wage and hours). */
  quarterlyWageCents: number | null;
  /** ISCO skill level of the job (1–4) and of the person's qualification; null when unknown. */
  jobSkillLevel: number | null;
  personSkillLevel: number | null;
}

export interface FollowUpFact {
  months: number;
  dueOn: string;
  status: FollowUpStatus;
  answeredOn: string | null;
  answer: FollowUpAnswer | null;
}

export interface CredentialFact {
  obtainedOn: string;
  kind:
    | 'degree'
    | 'licence'
    | 'certification'
    | 'industry_certificate'
    | 'secondary_diploma'
    | 'work_readiness';
}

export interface PersonFacts {
  sex: 'female' | 'male' | 'other' | null;
  birthYear: number | null;
  /** Country where the highest qualification was obtained (ISO 3166-1 alpha-2). */
  trainingCountry: string | null;
  /** ISCED broad field of the highest qualification, when known. */
  field: string | null;
  arrivalYear: number | null;
  /** ISCO skill level (1–4) the person's highest qualification or former occupation reaches; null when unknown. */
  qualificationSkillLevel: number | null;
  /** ISCO skill level of the job held when the enrolment began (an experience still running); null: none or unknown. */
  jobAtEntrySkillLevel: number | null;
}
