import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/core/auth/roles.js';
import { homeFor, type MenuPath, menuEntries, menuFor } from '../../src/web/layout/menu.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The menu offers each role exactly the pages the server lets it open: for every entry, what the page
 * reads first answers (2xx) to the roles the menu shows it to and refuses (403) the others. A funder
 * used to land on the caseload with a red "your role does not allow this action" and a menu of
 * refused pages; the menu's table and the server's checks now share their role lists, and this keeps
 * them from drifting apart.
 */
const firstReads: Record<MenuPath, string[]> = {
  '/caseload': ['/api/people?page=1'],
  '/people/new': ['/api/people?q=amina'],
  '/outreach': ['/api/outreach/leads'],
  '/front-door': ['/api/front-door/requests'],
  '/network': ['/api/network/partners', '/api/network/convenings'],
  '/handoffs': ['/api/handoffs'],
  '/regions': ['/api/regions'],
  '/relocation-aid': ['/api/relocation-aid-requests?side=to_decide'],
  '/referrals': ['/api/referrals?box=received', '/api/referral-services'],
  '/programs': ['/api/programs'],
  '/loan-funds': ['/api/loan-funds'],
  '/sessions': ['/api/sessions?page=1'],
  '/agenda': ['/api/agenda'],
  '/meetings': ['/api/meetings'],
  '/employers': ['/api/employers'],
  '/offers': ['/api/offers', '/api/employers'],
  '/recognition': ['/api/recognition/pathways'],
  '/shared-people': ['/api/shared-people'],
  '/duplicates': ['/api/duplicate-pairs?limit=100', '/api/duplicate-pairs/consortium?limit=100'],
  '/duplicate-runs': ['/api/duplicate-runs'],
  '/staff': ['/api/staff', '/api/organization/second-factor-policy'],
  '/audit': ['/api/audit'],
  '/privacy': ['/api/privacy/register?locale=fr', '/api/privacy/retention'],
  '/outbox': ['/api/dev/outbox'],
};

let t: TestApp;
const sessions = new Map<string, Awaited<ReturnType<typeof givenSession>>>();

beforeAll(async () => {
  t = await createTestApp();
  const organization = await givenOrganization(t.database.db, { name: 'Mission Locale de Toulouse' });
  for (const role of roles) {
    const staff = await givenStaff(t.database.db, organization.id, role);
    sessions.set(role, await givenSession(t.database.db, staff.actor.userId, organization.id));
  }
});
afterAll(() => t.close());

describe('the menu offers each role the pages it may open, and only those', () => {
  for (const role of roles)
    for (const entry of menuEntries) {
      const offered = menuFor(role).some((e) => e.to === entry.to);
      it(`${role}: ${entry.to} is ${offered ? 'offered and opens' : 'not offered, and refused'}`, async () => {
        const statuses: number[] = [];
        for (const url of firstReads[entry.to]) {
          const response = await t.app.inject({ method: 'GET', url, ...sessions.get(role)! });
          if (offered) expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
          statuses.push(response.statusCode);
        }
        // Not offered: the page would meet a refusal (the staff list alone is read by more roles, for pickers).
        if (!offered) expect(statuses).toContain(403);
      });
    }

  it("each role's home is in its menu", () => {
    for (const role of roles)
      for (const kind of ['mission_locale', 'lender', 'funder', 'siae', 'city_office'])
        expect(menuFor(role).map((e) => e.to)).toContain(homeFor({ role, organization: { kind } }));
  });
});
