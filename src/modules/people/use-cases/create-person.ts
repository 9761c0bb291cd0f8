import { z } from 'zod';
import { isoDate } from '../../../contracts/define.js';
import { createPersonBody } from '../../../contracts/people.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { commonErrors } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { registerPerson } from './register-person.js';

/**
 * `intakeOn`: the day of the intake interview when the file is typed in later (an import, the demo);
 * the registration is then told on that day. Not part of the HTTP body: a counselor registers today.
 */
export const createPersonInput = createPersonBody.extend({ intakeOn: isoDate.optional() });
export type CreatePersonInput = z.input<typeof createPersonInput>;

/** Registers a person in the actor's organization with whatever the intake gathered, all or nothing. */
export const createPerson = defineUseCase(createPersonInput, async (scope) => {
  const actor = requireActor(scope.ctx);
  requireRole(actor, personDataRoles);
  const intakeOn = scope.input.intakeOn;
  if (intakeOn && intakeOn > (await organizationsApi(scope.trx).todayOf(actor.organizationId, scope.now))) {
    throw commonErrors.validation({}, [{ path: 'intakeOn', message: 'The intake cannot be in the future' }]);
  }
  return registerPerson(
    { ...scope, requestId: scope.ctx.requestId, keyRing: scope.deps.keyRing },
    actor,
    scope.input,
  );
});

export const createPersonOutput = z.object({ id: z.uuid() });
