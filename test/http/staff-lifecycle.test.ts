import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { fixedClock } from '../../src/core/clock.js';
import { accountsApi } from '../../src/modules/accounts/api.js';
import { createStaffAccount } from '../../src/modules/accounts/use-cases/create-staff-account.js';
import { organizationsApi } from '../../src/modules/organizations/api.js';
import { createOrganization } from '../../src/modules/organizations/use-cases/create-organization.js';
import { givenOrganization } from '../support/fixtures.js';
import { createTestApp, followSessionCookie, loginThroughApi, type TestApp } from '../support/test-app.js';

/**
 * Staff who leave (ASVS 7.4.2), sessions ended by a director (7.4.5), and the organization's choice of
 * who must have a second factor (6.3.2), through the HTTP API.
 */
let t: TestApp;
const clock = fixedClock('2026-03-02T09:00:00Z');
const password = 'a long enough password';
let organizationId: string;
let otherOrganizationId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ clock });
  organizationId = (await givenOrganization(t.database.db)).id;
  otherOrganizationId = (await givenOrganization(t.database.db)).id;
  const staff = [
    ['director@a.test', 'director', organizationId],
    ['leaver@a.test', 'counselor', organizationId],
    ['phone@a.test', 'counselor', organizationId],
    ['shared@a.test', 'counselor', organizationId],
    ['shared@a.test', 'counselor', otherOrganizationId],
    ['director@b.test', 'director', otherOrganizationId],
    ['policy@a.test', 'counselor', organizationId],
    ['lostapp@a.test', 'administrator', organizationId],
  ] as const;
  for (const [email, role, organization] of staff) {
    const { userId } = await createStaffAccount(t.deps)(systemContext(), {
      email,
      displayName: email,
      role,
      organizationId: organization,
      password,
      ...(email === 'lostapp@a.test' ? { totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' } : {}),
    });
    ids[email] = userId;
  }
});
afterAll(() => t.close());

async function as(email: string, remoteAddress?: string) {
  const session = await loginThroughApi(t.app, email, password, remoteAddress);
  const post = async (url: string, payload?: object) => {
    const response = await t.app.inject({
      method: 'POST',
      url,
      cookies: session.cookies,
      headers: { 'x-csrf-token': session.csrfToken },
      ...(payload ? { payload } : {}),
    });
    followSessionCookie(response, session.cookies);
    return response;
  };
  const put = (url: string, payload: object) =>
    t.app.inject({
      method: 'PUT',
      url,
      cookies: session.cookies,
      headers: { 'x-csrf-token': session.csrfToken },
      payload,
    });
  const get = (url: string) => t.app.inject({ method: 'GET', url, cookies: session.cookies });
  const alive = async () => (await get('/api/auth/session')).statusCode === 200;
  return { ...session, post, put, get, alive };
}

const auditActions = async (resourceId: string) =>
  (
    await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', resourceId)
      .orderBy('occurred_at')
      .execute()
  ).map((row) => row.action);

describe('a staff member who leaves', () => {
  it('is deactivated: every session ends at once, login answers like a wrong password, no longer a referent', async () => {
    const director = await as('director@a.test');
    const leaverOnPhone = await as('leaver@a.test');
    const leaverAtDesk = await as('leaver@a.test');
    const response = await director.post(`/api/staff/${ids['leaver@a.test']}/deactivate`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, endedSessions: 2 });
    expect(await leaverOnPhone.alive()).toBe(false);
    expect(await leaverAtDesk.alive()).toBe(false);

    const login = (email: string, typed: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: typed } });
    const deactivated = await login('leaver@a.test', password);
    const unknown = await login('nobody@a.test', password);
    expect(deactivated.statusCode).toBe(401);
    expect(deactivated.json()).toEqual(unknown.json());

    const staff = (await director.get('/api/staff')).json() as {
      items: { userId: string; disabled: boolean }[];
    };
    expect(staff.items.find((m) => m.userId === ids['leaver@a.test'])?.disabled).toBe(true);
    // Referent choices and handovers take their staff from the accounts API, which leaves them out.
    const mailboxes = await accountsApi(t.database.db).mailboxes([ids['leaver@a.test']!]);
    expect(mailboxes.has(ids['leaver@a.test']!)).toBe(false);

    expect(await auditActions(ids['leaver@a.test']!)).toContain('user.deactivated');

    const back = await director.post(`/api/staff/${ids['leaver@a.test']}/reactivate`);
    expect(back.statusCode).toBe(200);
    expect((await login('leaver@a.test', password)).statusCode).toBe(200);
    expect(await auditActions(ids['leaver@a.test']!)).toContain('user.reactivated');
  });

  it('can have every session ended without being deactivated (a lost phone)', async () => {
    const director = await as('director@a.test');
    const lost = await as('phone@a.test');
    const response = await director.post(`/api/staff/${ids['phone@a.test']}/end-sessions`);
    expect(response.json()).toEqual({ ok: true, endedSessions: 1 });
    expect(await lost.alive()).toBe(false);
    expect(await director.alive()).toBe(true);
    expect(await (await as('phone@a.test')).alive()).toBe(true);
    expect(await auditActions(ids['phone@a.test']!)).toContain('user.sessions_ended');
  });

  it('is out of reach of other organizations (404 like an unknown id), of counselors, and of oneself', async () => {
    const stranger = await as('director@b.test');
    const outOfScope = await stranger.post(`/api/staff/${ids['phone@a.test']}/deactivate`);
    const unknown = await stranger.post('/api/staff/01890a5d-ac96-774b-bcce-b302099a8057/deactivate');
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json()).toEqual(unknown.json());
    const counselor = await as('phone@a.test');
    expect((await counselor.post(`/api/staff/${ids['leaver@a.test']}/end-sessions`)).statusCode).toBe(403);
    const director = await as('director@a.test');
    const self = await director.post(`/api/staff/${ids['director@a.test']}/deactivate`);
    expect(self.json().code).toBe('CANNOT_DEACTIVATE_SELF');
    // Someone who also works elsewhere keeps the account; their role here is what to remove.
    const shared = await director.post(`/api/staff/${ids['shared@a.test']}/deactivate`);
    expect(shared.statusCode).toBe(409);
    expect(shared.json().code).toBe('STAFF_SHARED_WITH_OTHER_ORGANIZATION');
    expect(await (await as('shared@a.test')).alive()).toBe(true);
  });

  it('asks the director to prove their identity again after 10 minutes, and changes nothing until then', async () => {
    const director = await as('director@a.test');
    const target = await as('phone@a.test');
    clock.advance(11 * 60_000);
    const stale = await director.post(`/api/staff/${ids['phone@a.test']}/deactivate`);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('REAUTHENTICATION_REQUIRED');
    expect(await target.alive()).toBe(true);
    expect((await director.post('/api/auth/reauthenticate', { password })).statusCode).toBe(200);
    expect((await director.post(`/api/staff/${ids['phone@a.test']}/end-sessions`)).statusCode).toBe(200);
    expect(await target.alive()).toBe(false);
  });
});

describe('a colleague who lost their authenticator app (ASVS 6.4.4)', () => {
  it('gets it removed by a director after an identity check: sessions end, they are told, the next login sets up a new one', async () => {
    const target = ids['lostapp@a.test']!;
    const pending = await loginThroughApi(t.app, 'lostapp@a.test', password, '198.51.100.7');
    expect(pending.secondFactor).toBe('required');
    const counselor = await as('phone@a.test', '198.51.100.7');
    const body = { identityCheck: 'video_call' };
    expect((await counselor.post(`/api/staff/${target}/reset-second-factor`, body)).statusCode).toBe(403);
    const stranger = await as('director@b.test', '198.51.100.7');
    const outOfScope = await stranger.post(`/api/staff/${target}/reset-second-factor`, body);
    expect(outOfScope.statusCode).toBe(404);
    const director = await as('director@a.test', '198.51.100.7');
    const unexplained = await director.post(`/api/staff/${target}/reset-second-factor`, {});
    expect(unexplained.statusCode).toBe(400);
    expect(
      (await director.post(`/api/staff/${ids['director@a.test']}/reset-second-factor`, body)).json().code,
    ).toBe('CANNOT_DEACTIVATE_SELF');

    const reset = await director.post(`/api/staff/${target}/reset-second-factor`, body);
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ ok: true, endedSessions: 1 });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: pending.cookies })).statusCode,
    ).toBe(401);
    const told = t.mailer.messages.find((m) => m.to === 'lostapp@a.test');
    expect(told?.subject).toMatch(/authentification Passerelle a été retirée/);
    expect(told?.text).toContain('director@a.test');
    // The password alone opens nothing: the next login asks for a new app first.
    expect((await loginThroughApi(t.app, 'lostapp@a.test', password, '198.51.100.7')).secondFactor).toBe(
      'setup_required',
    );
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('resource_id', '=', target)
      .where('action', '=', 'user.second_factor_reset')
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toMatchObject({ identityCheck: 'video_call', hadSecondFactor: true });
  });
});

describe('who must have a second factor', () => {
  it('is administrators only in existing and test organizations, all staff in a new installation', async () => {
    const policies = organizationsApi(t.database.db).secondFactorPolicies;
    expect((await policies([organizationId])).get(organizationId)).toBe('administrators');
    const { id } = await createOrganization(t.deps)(systemContext(), {
      name: 'A real installation',
      kind: 'mission_locale',
      country: 'FR',
    });
    expect((await policies([id])).get(id)).toBe('all_staff');
  });

  it('set to all staff by a director: a counselor without an authenticator app must set one up at login', async () => {
    const before = await loginThroughApi(t.app, 'policy@a.test', password);
    expect(before.secondFactor).toBe('none');
    const director = await as('director@a.test');
    expect((await director.get('/api/organization/second-factor-policy')).json()).toEqual({
      requiredFor: 'administrators',
    });
    const counselor = await as('phone@a.test');
    expect(
      (await counselor.put('/api/organization/second-factor-policy', { requiredFor: 'all_staff' }))
        .statusCode,
    ).toBe(403);
    const changed = await director.put('/api/organization/second-factor-policy', {
      requiredFor: 'all_staff',
    });
    expect(changed.json()).toEqual({ requiredFor: 'all_staff' });
    expect(await auditActions(organizationId)).toContain('organization.second_factor_policy');

    const after = await loginThroughApi(t.app, 'policy@a.test', password);
    expect(after.secondFactor).toBe('setup_required');
    // Pending the second factor, the session opens nothing else.
    const pending = await t.app.inject({ method: 'GET', url: '/api/staff', cookies: after.cookies });
    expect(pending.statusCode).toBe(401);
    // The person who also works elsewhere is asked too: every membership counts.
    expect((await loginThroughApi(t.app, 'shared@a.test', password)).secondFactor).toBe('setup_required');

    clock.advance(11 * 60_000);
    const stale = await director.put('/api/organization/second-factor-policy', {
      requiredFor: 'administrators',
    });
    expect(stale.json().code).toBe('REAUTHENTICATION_REQUIRED');
  });
});
