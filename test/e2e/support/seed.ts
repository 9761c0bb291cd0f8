import type { Role } from '../../../src/core/auth/roles.js';
import type { Db } from '../../../src/core/db/types.js';
import { hashPassword } from '../../../src/modules/accounts/domain/passwords.js';
import { givenConsortium, givenOrganization, givenStaff } from '../../support/fixtures.js';

export const password = 'Correct-Horse-Battery-42';

export interface SeededStaff {
  userId: string;
  email: string;
  displayName: string;
}

/** A staff member who can log in through the browser with `password`. */
export async function seedStaff(
  db: Db,
  organizationId: string,
  role: Role,
  email: string,
  displayName: string,
  locale: 'fr' | 'en' = 'fr',
): Promise<SeededStaff> {
  const ctx = await givenStaff(db, organizationId, role, { email, displayName, locale });
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', ctx.actor.userId)
    .execute();
  return { userId: ctx.actor.userId, email, displayName };
}

export async function seedOccitanie(db: Db) {
  const toulouse = await givenOrganization(db, {
    name: 'Mission Locale Toulouse',
    kind: 'mission_locale',
    country: 'FR',
  });
  const montpellier = await givenOrganization(db, {
    name: 'Mission Locale Montpellier',
    kind: 'mission_locale',
    country: 'FR',
  });
  const consortium = await givenConsortium(db, toulouse.id, [toulouse.id, montpellier.id]);
  return { toulouse, montpellier, consortium };
}
