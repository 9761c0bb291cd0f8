import { systemContext } from '../../src/core/auth/actor.js';
import type { Deps } from '../../src/core/use-case.js';
import { addExitRuleVersion } from '../../src/modules/outcomes/use-cases/exit-rules.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';

const impulseR = { code: 'IMPULSER', nameFr: 'impulseR', nameEn: 'impulseR' };

/**
 * A program the outcome tests follow people out of — impulseR unless named otherwise — counting
 * persons, with no eligibility rule (the tests enrol whom they need), created through the use case as
 * a coordinator would.
 */
export async function givenOutcomeProgram(
  deps: Deps,
  ownerOrganizationId: string,
  names: { code: string; nameFr: string; nameEn: string } = impulseR,
): Promise<string> {
  const program = await createProgram(deps)(systemContext(), {
    ownerOrganizationId,
    ...names,
    countingUnit: 'person',
    status: 'active',
    rules: [],
  });
  return program.id;
}

/**
 * impulseR's positive-exit rule from `effectiveFrom`, added as the platform would (a first version
 * may start in the past): qualifying training, a CDD of more than six months or a CDI, measured 18
 * months after entry, the usual exclusions.
 */
export async function givenImpulseRRule(deps: Deps, programId: string, effectiveFrom: string): Promise<void> {
  await addExitRuleVersion(deps)(systemContext(), {
    programId,
    effectiveFrom,
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
}
