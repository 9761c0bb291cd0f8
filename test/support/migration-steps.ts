import { migrations } from '../../migrations/index.js';

/**
 * The migrations that have a test run on data of the version before them. The suite's setup, which
 * migrates a database step by step anyway, keeps a copy of it just before each of these: such a test
 * starts from that copy instead of running every earlier migration again (the reference data loads
 * among them take about a minute on PGlite). A migration missing here still gets its test, from an
 * empty database migrated step by step.
 */
const migrationsWithATestOnOlderData = [
  '0029_seal_sensitive_person_fields',
  '0031_journal_memos_without_names',
  '0057_loan_fund_keys_by_organization',
  '0089_meeting_attendees_and_referral_programs',
  '0092_session_figures_local_days',
];

/** Those of the list that exist, in the order they are applied. */
export const migrationsTestedOnOlderData = migrationsWithATestOnOlderData
  .filter((name) => name in migrations)
  .sort();

/** The migration applied just before `migrationName`, in the order the migrator applies them. */
export function migrationJustBefore(migrationName: string): string {
  const names = Object.keys(migrations).sort();
  const index = names.indexOf(migrationName);
  if (index < 1) throw new Error(`No migration before ${migrationName}`);
  return names[index - 1]!;
}
