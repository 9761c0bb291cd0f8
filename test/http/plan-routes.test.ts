import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { fixedClock } from '../../src/core/clock.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Career plans over HTTP: which roles of the following organization may read and change a plan,
 * what another organization sees (404), bad input (400 with the field), and the PDF answer.
 */
let t: TestApp;
let personId: string;
const sessions = new Map<string, { cookies: Record<string, string>; headers: Record<string, string> }>();

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2026-03-10T09:00:00Z') });
  const db = t.database.db;
  const office = await givenOrganization(db, { name: 'International Institute', country: 'US' });
  const other = await givenOrganization(db, { name: 'Other Agency', country: 'US' });
  for (const role of roles) {
    const staff = await givenStaff(db, office.id, role);
    sessions.set(role, await givenSession(db, staff.actor.userId, office.id));
  }
  const outsider = await givenStaff(db, other.id, 'coordinator');
  sessions.set('outsider', await givenSession(db, outsider.actor.userId, other.id));
  const counselor = await givenStaff(db, office.id, 'counselor');
  personId = (
    await createPerson(t.deps)(counselor, { identity: { givenName: 'Omar', familyName: 'Haddad' } })
  ).id;
});
afterAll(() => t.close());

const as = (who: Role | 'outsider') => sessions.get(who)!;
const call = (
  who: Role | 'outsider',
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, payload, ...as(who) });

describe('plan routes', () => {
  let planId: string;
  let goalId: string;
  let stepId: string;

  it('lets the counselor build a plan, goal and step, and move the step', async () => {
    const created = await call('counselor', 'POST', `/api/people/${personId}/plans`, {
      language: 'en',
      targetField: 'Civil engineering',
    });
    expect(created.statusCode).toBe(201);
    planId = created.json().id;
    const goal = await call('counselor', 'POST', `/api/plans/${planId}/goals`, {
      kind: 'language_level',
      title: 'English B2',
      targetLevel: 'B2',
    });
    expect(goal.statusCode).toBe(201);
    goalId = goal.json().id;
    const step = await call('program_referent', 'POST', `/api/plan-goals/${goalId}/steps`, {
      title: 'ESL course',
      dueOn: '2026-06-30',
      actor: 'person',
    });
    expect(step.statusCode).toBe(201);
    stepId = step.json().id;
    const moved = await call('coordinator', 'POST', `/api/plan-steps/${stepId}/status`, { status: 'done' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id: stepId, status: 'done' });
    const read = await call('director', 'GET', `/api/people/${personId}/plans`);
    expect(read.statusCode).toBe(200);
    expect(read.json().items[0]).toMatchObject({
      progress: { done: 1, counted: 1, percent: 100 },
      goals: [{ reachedOn: '2026-03-10' }],
    });
    const history = await call('counselor', 'GET', `/api/plans/${planId}/history`);
    expect(history.json().items).toHaveLength(4);
  });

  it('answers 403 to funders and administrators, 404 to another organization, on every route', async () => {
    const attempts = [
      ['GET', `/api/people/${personId}/plans`],
      ['POST', `/api/people/${personId}/plans`, { language: 'fr' }],
      ['PATCH', `/api/plans/${planId}`, { targetField: 'x' }],
      ['POST', `/api/plans/${planId}/goals`, { kind: 'housing', title: 'x' }],
      ['PATCH', `/api/plan-goals/${goalId}`, { title: 'x' }],
      ['DELETE', `/api/plan-goals/${goalId}`],
      ['POST', `/api/plan-goals/${goalId}/steps`, { title: 'x', actor: 'person' }],
      ['PATCH', `/api/plan-steps/${stepId}`, { title: 'x' }],
      ['POST', `/api/plan-steps/${stepId}/status`, { status: 'in_progress' }],
      ['POST', `/api/plans/${planId}/sign-off`, { signedOn: '2026-03-10', method: 'electronic' }],
      ['GET', `/api/plans/${planId}/history`],
      ['POST', `/api/plans/${planId}/close`, {}],
      ['GET', `/api/plans/${planId}/plan.pdf`],
    ] as const;
    for (const [method, url, body] of attempts) {
      for (const role of ['funder', 'administrator'] as const)
        expect((await call(role, method, url, body)).statusCode, `${role} ${method} ${url}`).toBe(403);
      expect((await call('outsider', method, url, body)).statusCode, `outsider ${method} ${url}`).toBe(404);
    }
  });

  it('answers 400 with the field for bad input, and changes nothing', async () => {
    const before = (await call('counselor', 'GET', `/api/people/${personId}/plans`)).json().items[0].revision;
    const badKind = await call('counselor', 'POST', `/api/plans/${planId}/goals`, {
      kind: 'astrology',
      title: 'x',
    });
    expect(badKind.statusCode).toBe(400);
    expect(JSON.stringify(badKind.json().details)).toContain('kind');
    const partner = await call('counselor', 'POST', `/api/plan-goals/${goalId}/steps`, {
      title: 'x',
      actor: 'partner',
    });
    expect(partner.statusCode).toBe(400);
    expect(JSON.stringify(partner.json().details)).toContain('partnerName');
    const date = await call('counselor', 'PATCH', `/api/plan-steps/${stepId}`, { dueOn: '30/06/2026' });
    expect(date.statusCode).toBe(400);
    const reason = await call('counselor', 'POST', `/api/plan-steps/${stepId}/status`, {
      status: 'in_progress',
    });
    expect(reason.statusCode).toBe(200);
    const abandon = await call('counselor', 'POST', `/api/plan-steps/${stepId}/status`, {
      status: 'abandoned',
    });
    expect(abandon.statusCode).toBe(400);
    expect(abandon.json().code).toBe('PLAN_STEP_REASON_REQUIRED');
    const after = (await call('counselor', 'GET', `/api/people/${personId}/plans`)).json().items[0].revision;
    expect(after).toBe(before + 1);
  });

  it('answers the plan as a PDF download, in French when asked', async () => {
    const pdf = await call('counselor', 'GET', `/api/plans/${planId}/plan.pdf?locale=fr`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="plan-Haddad-Omar-fr.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call('counselor', 'GET', `/api/plans/${planId}/plan.pdf?locale=de`)).statusCode).toBe(400);
  });

  it('records the sign-off and removes a goal with 204', async () => {
    const signed = await call('counselor', 'POST', `/api/plans/${planId}/sign-off`, {
      signedOn: '2026-03-10',
      method: 'paper_in_person',
    });
    expect(signed.statusCode).toBe(200);
    const removed = await call('counselor', 'DELETE', `/api/plan-goals/${goalId}`);
    expect(removed.statusCode).toBe(204);
    const plan = (await call('counselor', 'GET', `/api/people/${personId}/plans`)).json().items[0];
    expect(plan).toMatchObject({ goals: [], signature: 'changed_since_signature', status: 'active' });
  });
});
