import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Saved views, actions on several people and tasks over HTTP: the boundary refuses malformed input
 * with 400 and changes nothing, errors come in the caller's language, and a whole journey of a task
 * (created for a colleague, listed, completed) reads back as the API documents it.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
let nadia: Session;
let karim: Session;
let karimId: string;
let personId: string;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db)).id;
  const n = await givenStaff(t.database.db, organizationId, 'counselor', {
    locale: 'fr',
    displayName: 'Nadia',
  });
  const k = await givenStaff(t.database.db, organizationId, 'counselor', { displayName: 'Karim' });
  karimId = k.actor.userId;
  nadia = await givenSession(t.database.db, n.actor.userId, organizationId);
  karim = await givenSession(t.database.db, k.actor.userId, organizationId);
  personId = (await createPerson(t.deps)(n, { identity: { givenName: 'Amina', familyName: 'Haddad' } })).id;
});
afterAll(() => t.close());

const send = (as: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    cookies: as.cookies,
    headers: { ...as.headers, 'accept-language': 'fr' },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function count(table: 'caseload_views' | 'tasks' | 'caseload_messages'): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('saved views over HTTP', () => {
  it('saves, refuses a second view of the same name in French, renames and deletes', async () => {
    const saved = await send(nadia, 'POST', '/api/caseload/views', {
      name: 'Mes urgences',
      filters: { referent: 'me', sort: 'urgency' },
    });
    expect(saved.statusCode).toBe(201);
    const again = await send(nadia, 'POST', '/api/caseload/views', { name: 'mes urgences', filters: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CASELOAD_VIEW_NAME_TAKEN' });
    expect(again.json().message).toContain('Vous avez déjà une vue nommée');
    const { id } = saved.json();
    expect((await send(karim, 'DELETE', `/api/caseload/views/${id}`)).statusCode).toBe(404);
    expect(
      (await send(nadia, 'PUT', `/api/caseload/views/${id}`, { name: 'Urgences', shared: true })).statusCode,
    ).toBe(200);
    const list = await send(karim, 'GET', '/api/caseload/views');
    expect(list.json().items).toMatchObject([
      { id, name: 'Urgences', shared: true, mine: false, ownerName: 'Nadia' },
    ]);
    expect((await send(nadia, 'DELETE', `/api/caseload/views/${id}`)).json()).toEqual({ ok: true });
  });

  it('refuses filters the caseload does not know, and changes nothing', async () => {
    const before = await count('caseload_views');
    for (const filters of [{ sort: 'priority' }, { referent: 'someone' }, { alerts: ['any'] }, 'me']) {
      const response = await send(nadia, 'POST', '/api/caseload/views', { name: 'Bad', filters });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
    expect(await send(nadia, 'POST', '/api/caseload/views', { name: '   ', filters: {} })).toMatchObject({
      statusCode: 400,
    });
    expect(await count('caseload_views')).toBe(before);
  });
});

describe('actions on several people over HTTP', () => {
  it('refuses an empty or oversized selection, a malformed id and an unknown session', async () => {
    const before = await count('caseload_messages');
    for (const personIds of [[], Array.from({ length: 201 }, () => personId), ['nope']]) {
      expect(
        (await send(nadia, 'POST', '/api/caseload/messages', { personIds, subject: 's', body: 'b' }))
          .statusCode,
      ).toBe(400);
      expect(
        (await send(nadia, 'POST', '/api/caseload/enrolments', { seriesId: personId, personIds })).statusCode,
      ).toBe(400);
    }
    const unknown = await send(nadia, 'POST', '/api/caseload/enrolments', {
      seriesId: '0190c0de-0000-7000-8000-000000000001',
      personIds: [personId],
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('SESSION_NOT_FOUND');
    expect(await count('caseload_messages')).toBe(before);
  });

  it('says who would be skipped and why before anything is sent', async () => {
    const response = await send(nadia, 'POST', '/api/caseload/messages', {
      personIds: [personId],
      subject: 'Atelier',
      body: 'Bonjour {firstName}',
      preview: true,
    });
    expect(response.json()).toEqual({
      sent: false,
      recipients: [],
      skipped: [{ personId, name: 'Amina Haddad', reason: 'no_email' }],
    });
  });
});

describe('tasks over HTTP', () => {
  it('creates a task for a colleague, who sees it today and completes it; the person’s file lists it', async () => {
    const created = await send(nadia, 'POST', '/api/tasks', {
      title: 'Rappeler Amina',
      dueOn: today(),
      personId,
      assigneeUserId: karimId,
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    // Today is the organization's (its time zone, on the server): a day the browser sends is ignored.
    const counts = await send(karim, 'GET', '/api/tasks/counts?today=2000-01-01');
    expect(counts.json()).toEqual({ overdue: 0, today: 1, upcoming: 0 });
    const mine = await send(karim, 'GET', '/api/tasks?bucket=today');
    expect(mine.json()).toMatchObject({
      total: 1,
      items: [{ id, assignee: { name: 'Karim' }, person: { id: personId } }],
    });
    expect((await send(karim, 'PUT', `/api/tasks/${id}/done`, { done: true })).json()).toEqual({
      id,
      changed: true,
    });
    const file = await send(nadia, 'GET', `/api/people/${personId}/tasks?include=all`);
    expect(file.json().items).toMatchObject([{ id, doneAt: expect.any(String), doneByName: 'Karim' }]);
  });

  it('refuses malformed tasks, in French, and changes nothing', async () => {
    const before = await count('tasks');
    for (const body of [
      { title: '', dueOn: today() },
      { title: 'x', dueOn: '2026-02-30' },
      { title: 'x', dueOn: '9999-01-01' },
      { title: 'x'.repeat(201), dueOn: today() },
      { title: 'x', dueOn: today(), assigneeUserId: 'me' },
      { title: 'a\u0000b', dueOn: today() },
    ])
      expect((await send(nadia, 'POST', '/api/tasks', body)).statusCode).toBe(400);
    const stranger = await send(nadia, 'POST', '/api/tasks', {
      title: 'x',
      dueOn: today(),
      assigneeUserId: '0190c0de-0000-7000-8000-000000000001',
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ code: 'TASK_ASSIGNEE_NOT_COLLEAGUE' });
    expect(stranger.json().message).toContain('Une tâche se confie');
    expect(await count('tasks')).toBe(before);
    expect((await send(nadia, 'GET', '/api/tasks?bucket=later')).statusCode).toBe(400);
  });
});
