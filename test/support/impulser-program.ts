import { systemContext } from '../../src/core/auth/actor.js';
import type { Deps } from '../../src/core/use-case.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';

/**
 * The program the outcome tests follow people out of: impulseR, counting persons, with no eligibility
 * rule (the tests enrol whom they need), created through the use case as a coordinator would.
 */
export async function givenImpulseRProgram(deps: Deps, ownerOrganizationId: string): Promise<string> {
  const program = await createProgram(deps)(systemContext(), {
    ownerOrganizationId,
    code: 'IMPULSER',
    nameFr: 'impulseR',
    nameEn: 'impulseR',
    countingUnit: 'person',
    status: 'active',
    rules: [],
  });
  return program.id;
}
