import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_organizations_accounts.js';
import * as m0003 from './0003_people.js';
import * as m0004 from './0004_programs.js';
import * as m0005 from './0005_reference_occupations.js';
import * as m0006 from './0006_enrolments_person_index.js';
import * as m0007 from './0007_jobs.js';
import * as m0008 from './0008_loan_fund.js';
import * as m0009 from './0009_collective_sessions.js';
import * as m0010 from './0010_sessions_indexes.js';
import * as m0011 from './0011_timeline.js';
import * as m0012 from './0012_plans.js';
import * as m0013 from './0013_follow_up.js';
import * as m0014 from './0014_documents.js';
import * as m0015 from './0015_referent_history.js';
import * as m0016 from './0016_staff_training.js';
import * as m0017 from './0017_timeline_day_events.js';
import * as m0018 from './0018_seal_totp_secrets.js';
import * as m0019 from './0019_session_signups.js';
import * as m0020 from './0020_login_throttles.js';
import * as m0022 from './0022_session_authentication.js';
import * as m0023 from './0023_identity_providers.js';
import * as m0025 from './0025_loan_fund_periods.js';
import * as m0026 from './0026_audit_hash_version.js';
import * as m0027 from './0027_person_privacy.js';
import * as m0028 from './0028_retention_policies.js';
import * as m0029 from './0029_seal_sensitive_person_fields.js';
import * as m0030 from './0030_accounts_level_two.js';
import * as m0031 from './0031_journal_memos_without_names.js';
import * as m0032 from './0032_identity_links.js';
import * as m0033 from './0033_calendar_feeds.js';
import * as m0034 from './0034_caseload_views_and_messages.js';
import * as m0035 from './0035_tasks.js';
import * as m0038 from './0038_organization_time_zone.js';
import * as m0039 from './0039_places.js';
import * as m0042 from './0042_employers.js';
import * as m0045 from './0045_job_offers.js';
import * as m0046 from './0046_job_applications.js';
import * as m0047 from './0047_placements.js';
import * as m0048 from './0048_immersions.js';
import * as m0049 from './0049_matching.js';
import * as m0050 from './0050_session_employer_link.js';
import * as m0051 from './0051_job_wishes_skills_credentials.js';
import * as m0052 from './0052_outcomes.js';
import * as m0053 from './0053_session_figures_summary.js';
import * as m0055 from './0055_keys_by_organization.js';
import * as m0057 from './0057_loan_fund_keys_by_organization.js';
import * as m0058 from './0058_caseload_search_indexes.js';
import * as m0059 from './0059_enrolments_by_program_and_day.js';
import * as m0060 from './0060_households.js';
import * as m0061 from './0061_report_templates.js';
import * as m0062 from './0062_report_files_and_subscriptions.js';
import * as m0063 from './0063_occupation_titles.js';
import * as m0064 from './0064_credential_recognition.js';
import * as m0065 from './0065_consent_scope.js';
import * as m0066 from './0066_duplicate_keys.js';
import * as m0067 from './0067_outreach.js';
import * as m0068 from './0068_referrals.js';
import * as m0069 from './0069_consortium_meetings.js';
import * as m0070 from './0070_partner_network.js';
import * as m0071 from './0071_person_merges.js';
import * as m0072 from './0072_handoffs.js';
import * as m0073 from './0073_front_door.js';
import * as m0074 from './0074_regions_and_stays.js';
import * as m0075 from './0075_relocation_aid.js';
import * as m0076 from './0076_relocation_plans.js';
import * as m0077 from './0077_household_moves.js';
import * as m0078 from './0078_relocation_aid_partial_payments.js';
import * as m0079 from './0079_handoff_households.js';
import * as m0080 from './0080_front_door_occupation_code.js';
import * as m0082 from './0082_loan_fund_dashboard_projection.js';
import * as m0086 from './0086_reminder_delays.js';
import * as m0089 from './0089_meeting_attendees_and_referral_programs.js';
import * as m0091 from './0091_duplicate_run_phases_and_meeting_partner_attendees.js';
import * as m0092 from './0092_session_figures_local_days.js';
import * as m0093 from './0093_session_enrolments_by_series.js';
import * as m0094 from './0094_duplicate_keys_of_short_names.js';
import * as m0095 from './0095_loan_fund_totals.js';

/**
 * Append-only: a released migration is never edited; a change is a new file added at the end.
 * Listed explicitly (not read from the folder) so the order is reviewed and bundling stays simple.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_organizations_accounts': m0002,
  '0003_people': m0003,
  '0004_programs': m0004,
  '0005_reference_occupations': m0005,
  '0006_enrolments_person_index': m0006,
  '0007_jobs': m0007,
  '0008_loan_fund': m0008,
  '0009_collective_sessions': m0009,
  '0010_sessions_indexes': m0010,
  '0011_timeline': m0011,
  '0012_plans': m0012,
  '0013_follow_up': m0013,
  '0014_documents': m0014,
  '0015_referent_history': m0015,
  '0016_staff_training': m0016,
  '0017_timeline_day_events': m0017,
  '0018_seal_totp_secrets': m0018,
  '0019_session_signups': m0019,
  '0020_login_throttles': m0020,
  '0022_session_authentication': m0022,
  '0023_identity_providers': m0023,
  '0025_loan_fund_periods': m0025,
  '0026_audit_hash_version': m0026,
  '0027_person_privacy': m0027,
  '0028_retention_policies': m0028,
  '0029_seal_sensitive_person_fields': m0029,
  '0030_accounts_level_two': m0030,
  '0031_journal_memos_without_names': m0031,
  '0032_identity_links': m0032,
  '0034_caseload_views_and_messages': m0034,
  '0035_tasks': m0035,
  '0033_calendar_feeds': m0033,
  '0038_organization_time_zone': m0038,
  '0039_places': m0039,
  '0042_employers': m0042,
  '0045_job_offers': m0045,
  '0047_placements': m0047,
  '0049_matching': m0049,
  '0046_job_applications': m0046,
  '0048_immersions': m0048,
  '0050_session_employer_link': m0050,
  '0051_job_wishes_skills_credentials': m0051,
  '0052_outcomes': m0052,
  '0053_session_figures_summary': m0053,
  '0055_keys_by_organization': m0055,
  '0057_loan_fund_keys_by_organization': m0057,
  '0058_caseload_search_indexes': m0058,
  '0059_enrolments_by_program_and_day': m0059,
  '0060_households': m0060,
  '0061_report_templates': m0061,
  '0062_report_files_and_subscriptions': m0062,
  '0063_occupation_titles': m0063,
  '0064_credential_recognition': m0064,
  '0065_consent_scope': m0065,
  '0066_duplicate_keys': m0066,
  '0067_outreach': m0067,
  '0068_referrals': m0068,
  '0069_consortium_meetings': m0069,
  '0070_partner_network': m0070,
  '0071_person_merges': m0071,
  '0072_handoffs': m0072,
  '0073_front_door': m0073,
  '0077_household_moves': m0077,
  '0074_regions_and_stays': m0074,
  '0075_relocation_aid': m0075,
  '0076_relocation_plans': m0076,
  '0078_relocation_aid_partial_payments': m0078,
  '0079_handoff_households': m0079,
  '0080_front_door_occupation_code': m0080,
  '0082_loan_fund_dashboard_projection': m0082,
  '0086_reminder_delays': m0086,
  '0089_meeting_attendees_and_referral_programs': m0089,
  '0091_duplicate_run_phases_and_meeting_partner_attendees': m0091,
  '0092_session_figures_local_days': m0092,
  '0093_session_enrolments_by_series': m0093,
  '0094_duplicate_keys_of_short_names': m0094,
  '0095_loan_fund_totals': m0095,
};
