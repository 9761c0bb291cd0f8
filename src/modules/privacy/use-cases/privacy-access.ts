import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { peoplePrivacy } from '../../people/api.js';
import { privacyErrors } from '../errors.js';

/** The person's privacy state when the actor's organization follows them; not found otherwise. */
export async function followedPersonState(db: Executor, actor: Actor, personId: string) {
  const state = await peoplePrivacy.personPrivacyState(db, actor.organizationId, personId);
  if (!state) throw privacyErrors.personNotFound();
  return state;
}

export function stateView(state: peoplePrivacy.PrivacyState) {
  return {
    restricted: state.restrictedAt !== null,
    restrictedAt: state.restrictedAt?.toISOString() ?? null,
    anonymized: state.anonymizedAt !== null,
    anonymizedAt: state.anonymizedAt?.toISOString() ?? null,
    pseudonym: state.pseudonym,
  };
}
