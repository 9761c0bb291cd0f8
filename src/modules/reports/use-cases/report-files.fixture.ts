import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenOutcomeProgram } from '../../../../test/support/outcome-program.js';
import type { testDeps } from '../../../../test/support/test-app.js';
import type { TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { addExitRuleVersion } from '../../outcomes/use-cases/exit-rules.js';
import { recordExit } from '../../outcomes/use-cases/record-exit.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';

type Staff = Awaited<ReturnType<typeof givenStaff>>;

export interface ReportScene {
  organizationId: string;
  programId: string;
  counselor: Staff;
  coordinator: Staff;
  funder: Staff;
  /** Staff of the same organization, another role that reads figures. */
  director: Staff;
  /** A coordinator of an organization that takes no part in the program. */
  outsider: Staff;
}

/**
 * The scene the report files' tests read: impulseR run by one organization, fifteen people enrolled in
 * February 2026 (twelve women, three of unrecorded sex), eleven hired on a permanent contract, three
 * who dropped out, one still enrolled.
 */
export async function givenReportScene(
  database: TestDatabase,
  deps: ReturnType<typeof testDeps>,
  organizationName = 'Chantier Bastide',
): Promise<ReportScene> {
  const organization = await givenOrganization(database.db, {
    name: organizationName,
    timeZone: 'Europe/Paris',
  });
  const other = await givenOrganization(database.db, { name: 'Ailleurs' });
  const counselor = await givenStaff(database.db, organization.id, 'counselor');
  const coordinator = await givenStaff(database.db, organization.id, 'coordinator');
  const funder = await givenStaff(database.db, organization.id, 'funder');
  const director = await givenStaff(database.db, organization.id, 'director');
  const outsider = await givenStaff(database.db, other.id, 'coordinator');
  const programId = await givenOutcomeProgram(deps, organization.id);
  await addExitRuleVersion(deps)(systemContext(), {
    programId,
    effectiveFrom: '2026-01-01',
    positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
    fixedTermMinimumMonths: 6,
    fixedTermComparison: 'more_than',
    exclusions: ['deceased', 'moved_abroad', 'long_illness'],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: 18,
    followUpMonths: [3, 6, 12, 18],
    unreachableAfterAttempts: 3,
  });
  for (let i = 0; i < 15; i++) {
    const personId = (
      await createPerson(deps)(counselor, {
        identity: {
          givenName: `P${String(i).padStart(2, '0')}`,
          familyName: 'Rapport',
          referentUserId: counselor.actor.userId,
          ...(i < 12 && { sex: 'female' as const }),
          birthDate: '1990-04-01',
          nationality: 'SY',
        },
      })
    ).id;
    await enrolPerson(deps)(counselor, {
      programId,
      personId,
      enrolledOn: '2026-02-02',
      intake: { source: 'walk_in' },
    });
    const { items } = await personEnrolments(deps)(counselor, { personId });
    const enrolmentId = items[0]?.id as string;
    if (i < 14)
      await recordExit(deps)(counselor, {
        enrolmentId,
        outcome: i < 11 ? 'permanent_contract' : 'dropped_out',
        exitOn: i < 11 ? '2026-06-30' : '2026-07-15',
        evidence: { kind: 'declaration' },
      });
  }
  return {
    organizationId: organization.id,
    programId,
    counselor,
    coordinator,
    funder,
    director,
    outsider,
  };
}
