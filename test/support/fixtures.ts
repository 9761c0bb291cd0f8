import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Db } from '../../src/core/db/types.js';
import { uuidv7 } from '../../src/core/ids.js';
import '../../src/modules/accounts/adapters/tables.js';
import '../../src/modules/organizations/adapters/tables.js';

/**
 * Test builders with valid defaults. They write straight to the database because they set the
 * scene; the behaviour under test always goes through use cases.
 */
export async function givenOrganization(
  db: Db,
  overrides: Partial<{
    name: string;
    kind: string;
    country: string;
    consortiumId: string;
    timeZone: string;
  }> = {},
): Promise<{ id: string; name: string }> {
  const id = uuidv7();
  const name = overrides.name ?? `Organization ${id.slice(-6)}`;
  await db
    .insertInto('organizations')
    .values({
      id,
      name,
      short_name: null,
      kind: overrides.kind ?? 'mission_locale',
      country: overrides.country ?? 'FR',
      region: null,
      city: null,
      default_locale: 'fr',
      time_zone: overrides.timeZone ?? 'UTC',
      created_at: new Date(),
    })
    .execute();
  if (overrides.consortiumId) {
    await db
      .insertInto('consortium_members')
      .values({ consortium_id: overrides.consortiumId, organization_id: id, joined_at: new Date() })
      .execute();
  }
  return { id, name };
}

export async function givenConsortium(
  db: Db,
  coordinatingOrganizationId: string,
  memberIds: string[],
): Promise<{ id: string }> {
  const id = uuidv7();
  await db
    .insertInto('consortia')
    .values({
      id,
      name: `Consortium ${id.slice(-6)}`,
      coordinating_organization_id: coordinatingOrganizationId,
      created_at: new Date(),
    })
    .execute();
  for (const organizationId of memberIds) {
    await db
      .insertInto('consortium_members')
      .values({ consortium_id: id, organization_id: organizationId, joined_at: new Date() })
      .execute();
  }
  return { id };
}

/** A staff member with one role in one organization, and the request context they act in. */
export async function givenStaff(
  db: Db,
  organizationId: string,
  role: Role,
  overrides: Partial<{ email: string; displayName: string; locale: 'fr' | 'en' }> = {},
): Promise<RequestContext & { actor: NonNullable<RequestContext['actor']> }> {
  const userId = uuidv7();
  const displayName = overrides.displayName ?? `Staff ${userId.slice(-6)}`;
  await db
    .insertInto('users')
    .values({
      id: userId,
      email: overrides.email ?? `${userId}@example.test`,
      display_name: displayName,
      // Not a usable hash: test staff log in through use cases only when a test sets a password.
      password_hash: '!',
      locale: overrides.locale ?? 'en',
      created_at: new Date(),
    })
    .execute();
  await db
    .insertInto('memberships')
    .values({ organization_id: organizationId, user_id: userId, role, created_at: new Date() })
    .execute();
  const consortia = await db
    .selectFrom('consortia as c')
    .leftJoin('consortium_members as cm', 'cm.consortium_id', 'c.id')
    .select(['c.id', 'c.coordinating_organization_id', 'cm.organization_id'])
    .where((eb) =>
      eb.or([
        eb('cm.organization_id', '=', organizationId),
        eb('c.coordinating_organization_id', '=', organizationId),
      ]),
    )
    .execute();
  return {
    actor: {
      userId,
      sessionId: uuidv7(),
      displayName,
      organizationId,
      role,
      consortiumIds: [...new Set(consortia.map((c) => c.id))],
      coordinatedConsortiumIds: [
        ...new Set(
          consortia.filter((c) => c.coordinating_organization_id === organizationId).map((c) => c.id),
        ),
      ],
      locale: overrides.locale ?? 'en',
    },
    requestId: `test-${uuidv7()}`,
    locale: overrides.locale ?? 'en',
    ip: null,
  };
}

/** A logged-in browser session for a staff member, as the API sees it: the cookie and the CSRF token. */
export async function givenSession(db: Db, userId: string, organizationId: string) {
  const { newSecretToken } = await import('../../src/modules/accounts/domain/tokens.js');
  const { token, hash } = newSecretToken();
  const csrfToken = `csrf-${uuidv7()}`;
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: uuidv7(),
      token_hash: hash,
      user_id: userId,
      organization_id: organizationId,
      csrf_token: csrfToken,
      second_factor_pending: false,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + 3_600_000),
      ip: null,
      user_agent: null,
    })
    .execute();
  return { cookies: { passerelle_session: token }, headers: { 'x-csrf-token': csrfToken } };
}
