import { systemContext } from '../../src/core/auth/actor.js';
import type { Deps } from '../../src/core/use-case.js';
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
