/**
 * How every table is placed on a distributed deployment (Citus, row-based sharding by organization):
 * the decision and its reasons are in docs/adr/0012-distribution-by-organization.md. A new table must be
 * classified here; test/distribution-keys.test.ts checks the migrated schema against this file.
 *
 * - distributed: sharded by `organization_id`, all co-located with one another.
 * - reference: small, shared, read everywhere; replicated to every node.
 * - local: stays on the coordinator only (a Citus local table).
 */
export type Placement = 'distributed' | 'reference' | 'local';

export const tablePlacement = {
  // Shared, small, read everywhere (a reference table may be the target of any foreign key).
  organizations: 'reference',
  consortia: 'reference',
  consortium_members: 'reference',
  users: 'reference',
  memberships: 'reference',
  places: 'reference',
  reference_occupations: 'reference',
  reference_occupation_labels: 'reference',

  // On the coordinator: infrastructure, one global sequence, or looked up before an organization is known.
  schema_migrations: 'local',
  schema_migrations_lock: 'local',
  jobs: 'local',
  login_throttles: 'local',
  password_reset_tokens: 'local',
  sessions: 'local',
  audit_events: 'local',
  audit_chain_head: 'local',

  // An organization's data, sharded by organization_id.
  appointment_participants: 'distributed',
  appointments: 'distributed',
  calendar_feeds: 'distributed',
  caseload_messages: 'distributed',
  caseload_views: 'distributed',
  consents: 'distributed',
  employer_commitments: 'distributed',
  employer_contacts: 'distributed',
  employer_engagements: 'distributed',
  employer_sites: 'distributed',
  employers: 'distributed',
  enrolment_exits: 'distributed',
  enrolments: 'distributed',
  exit_follow_up_attempts: 'distributed',
  exit_follow_up_links: 'distributed',
  exit_follow_ups: 'distributed',
  exit_rule_versions: 'distributed',
  follow_up_notes: 'distributed',
  household_members: 'distributed',
  household_memberships: 'distributed',
  households: 'distributed',
  identity_links: 'distributed',
  identity_providers: 'distributed',
  immersion_missed_hours: 'distributed',
  immersion_signatures: 'distributed',
  immersions: 'distributed',
  job_application_comments: 'distributed',
  job_application_moves: 'distributed',
  job_applications: 'distributed',
  job_offers: 'distributed',
  match_weights: 'distributed',
  people: 'distributed',
  person_barriers: 'distributed',
  person_documents: 'distributed',
  person_education: 'distributed',
  person_experience: 'distributed',
  person_job_wishes: 'distributed',
  person_languages: 'distributed',
  person_privacy: 'distributed',
  person_referent_changes: 'distributed',
  placement_renewals: 'distributed',
  placement_settings: 'distributed',
  placement_suspensions: 'distributed',
  placements: 'distributed',
  plan_changes: 'distributed',
  plan_goals: 'distributed',
  plan_steps: 'distributed',
  plans: 'distributed',
  program_referents: 'distributed',
  program_targets: 'distributed',
  programs: 'distributed',
  recognition_case_steps: 'distributed',
  recognition_cases: 'distributed',
  recognition_pathway_steps: 'distributed',
  recognition_pathway_versions: 'distributed',
  recognition_pathways: 'distributed',
  report_files: 'distributed',
  report_subscriptions: 'distributed',
  report_templates: 'distributed',
  retention_policies: 'distributed',
  session_attendance: 'distributed',
  session_attestations: 'distributed',
  session_enrolments: 'distributed',
  session_figures_meetings: 'distributed',
  session_figures_participants: 'distributed',
  session_figures_series_months: 'distributed',
  session_figures_series: 'distributed',
  session_meetings: 'distributed',
  session_series: 'distributed',
  session_signup_requests: 'distributed',
  session_types: 'distributed',
  sites: 'distributed',
  staff_certifications: 'distributed',
  tasks: 'distributed',
  outreach_leads: 'distributed',
  outreach_attempts: 'distributed',
  timeline_events: 'distributed',
  // A loan fund and its ledger are sharded by the fund's operating organization (ADR 12).
  loan_funds: 'distributed',
  loan_products: 'distributed',
  loan_contributions: 'distributed',
  loan_applications: 'distributed',
  loans: 'distributed',
  loan_schedules: 'distributed',
  loan_installments: 'distributed',
  loan_disbursements: 'distributed',
  loan_payments: 'distributed',
  loan_allocations: 'distributed',
  loan_events: 'distributed',
  loan_journal_entries: 'distributed',
  loan_journal_lines: 'distributed',
} as const satisfies Record<string, Placement>;

/**
 * References from a row of one organization to a row another organization owns (a consortium's program,
 * a partner's employer shared with the consortium, a participant's borrower in a loan fund's books).
 * They cannot be co-located, so they carry no foreign key: the use cases check them when they write
 * them (ADR 12). `table.column → parent table`.
 */
export const crossOrganizationReferences = [
  'enrolments.program_id → programs',
  'enrolment_exits.program_id → programs',
  'enrolment_exits.rule_version_id → exit_rule_versions',
  'exit_follow_ups.program_id → programs',
  'program_referents.program_id → programs',
  'job_offers.employer_id → employers',
  'job_offers.site_id → employer_sites',
  'job_applications.employer_id → employers',
  'placements.employer_id → employers',
  'placements.site_id → employer_sites',
  'immersions.employer_id → employers',
  'immersions.site_id → employer_sites',
  'immersions.tutor_contact_id → employer_contacts',
  'session_series.employer_id → employers',
  'session_series.employer_site_id → employer_sites',
  // A loan fund's rows are its operator's; the borrower is a person of the organization that filed the
  // application (`borrower_organization_id`), a participant of the fund.
  'loan_applications.person_id → people',
  'loans.person_id → people',
  // A case follows a pathway (and its version) of the organization's catalogue or a partner's shared one;
  // a step's loan application is a row of the fund operator's books.
  'recognition_cases.pathway_id → recognition_pathways',
  'recognition_cases.version_id → recognition_pathway_versions',
  'recognition_case_steps.loan_application_id → loan_applications',
] as const;
