import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { type SignupRequestRecord, signupRepository } from '../adapters/signup-repository.js';
import { sessionErrors } from '../errors.js';

/** A request is the organizing organization's alone: anyone else is told it does not exist. */
export async function pendingRequestOf(
  db: Executor,
  actor: Actor,
  requestId: string,
): Promise<SignupRequestRecord> {
  const request = await signupRepository(db).findRequest(requestId, true);
  if (!request || request.organizationId !== actor.organizationId)
    throw sessionErrors.signupRequestNotFound();
  if (request.status !== 'pending') throw sessionErrors.signupAlreadyDecided();
  return request;
}
