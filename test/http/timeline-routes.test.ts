import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/core/auth/roles.js';
import { uuidv7 } from '../../src/core/ids.js';
import { onDay, type TimelineEvent, timelinePublisher } from '../../src/core/timeline/timeline.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { updatePerson } from '../../src/modules/people/use-cases/update-person.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A person's timeline over HTTP: who reads it (per role, and from another organization), what each
 * reader sees of sensitive and confidential events, and its filters and pages as query parameters.
 */
let t: TestApp;
let personId: string;
let organizationId: string;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
const sessions = new Map<string, Session>();
let author: Session;
let named: Session;
let outsider: Session;

const session = async (organization: string, role: Role) => {
  const staff = await givenStaff(t.database.db, organization, role);
  return { staff, session: await givenSession(t.database.db, staff.actor.userId, organization) };
};

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await givenOrganization(t.database.db)).id;
  for (const role of roles) sessions.set(role, (await session(organizationId, role)).session);
  const counselor = await givenStaff(t.database.db, organizationId, 'counselor');
  const identity = { givenName: 'Amina', familyName: 'Youssef', immigrationStatus: 'asylum_seeker' as const };
  personId = (await createPerson(t.deps)(counselor, { identity })).id;
  await updatePerson(t.deps)(counselor, { personId, ...identity, immigrationStatus: 'refugee' });

  const writer = await session(organizationId, 'counselor');
  const reader = await session(organizationId, 'counselor');
  author = writer.session;
  named = reader.session;
  outsider = (await session((await givenOrganization(t.database.db)).id, 'counselor')).session;
  const publisher = timelinePublisher(t.database.db, () => new Date(), uuidv7);
  const publish = (event: Partial<TimelineEvent>) =>
    publisher.publish({
      organizationId,
      personId,
      occurredAt: new Date('2026-02-01T10:00:00Z'),
      module: 'follow-up',
      kind: 'appointment.held',
      resourceType: 'appointment',
      resourceId: uuidv7(),
      recordedBy: counselor.actor.userId,
      ...event,
    });
  await publish({
    kind: 'note.written',
    restrictedTo: [reader.staff.actor.userId],
    recordedBy: writer.staff.actor.userId,
  });
  for (let day = 1; day <= 12; day++) {
    await publish({
      ...onDay(`2026-01-${String(day).padStart(2, '0')}`),
      module: 'plans',
      kind: 'plan.goal_added',
    });
  }
});
afterAll(() => t.close());

const get = (as: Session, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/people/${personId}/timeline${query}`, cookies: as.cookies });

describe('GET /api/people/:id/timeline', () => {
  it('answers the roles that work with files and refuses administrators and funders', async () => {
    for (const role of roles) {
      const response = await get(sessions.get(role)!);
      const allowed = ['counselor', 'program_referent', 'coordinator', 'director'].includes(role);
      expect(response.statusCode, role).toBe(allowed ? 200 : 403);
    }
  });

  it('answers 404 to another organization, as for a person that does not exist', async () => {
    expect((await get(outsider)).statusCode).toBe(404);
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/people/${uuidv7()}/timeline`,
      cookies: sessions.get('counselor')!.cookies,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('PERSON_NOT_FOUND');
  });

  it('shows the status change as a sensitive event without its value, and a confidential note to its readers only', async () => {
    const body = (await get(sessions.get('counselor')!, '?pageSize=200')).json();
    const kinds = body.items.map((i: { kind: string }) => i.kind);
    expect(kinds).toContain('person.status_changed');
    expect(kinds).not.toContain('note.written');
    const status = body.items.find((i: { kind: string }) => i.kind === 'person.status_changed');
    expect(status).toMatchObject({ sensitive: true, data: {} });
    expect(JSON.stringify(body)).not.toContain('refugee');
    for (const reader of [author, named]) {
      const note = (await get(reader, '?module=follow-up')).json().items;
      expect(note).toMatchObject([{ kind: 'note.written', restricted: true }]);
    }
  });

  it('filters by one or several modules and kinds, and by period', async () => {
    const plans = (await get(sessions.get('director')!, '?module=plans')).json();
    expect(plans.total).toBe(12);
    const both = (await get(sessions.get('director')!, '?module=plans&module=people&pageSize=200')).json();
    expect(both.total).toBe(14);
    const registered = (await get(sessions.get('director')!, '?kind=person.registered')).json();
    expect(registered.items.map((i: { kind: string }) => i.kind)).toEqual(['person.registered']);
    const week = (
      await get(
        sessions.get('director')!,
        '?module=plans&from=2026-01-03T00:00:00Z&to=2026-01-10T00:00:00%2B01:00',
      )
    ).json();
    expect(week.items.map((i: { occurredAt: string }) => i.occurredAt.slice(0, 10))).toEqual([
      '2026-01-09',
      '2026-01-08',
      '2026-01-07',
      '2026-01-06',
      '2026-01-05',
      '2026-01-04',
      '2026-01-03',
    ]);
    expect(plans.modules).toEqual(
      expect.arrayContaining([
        { module: 'people', count: 2 },
        { module: 'plans', count: 12 },
      ]),
    );
  });

  it('pages by number and by cursor', async () => {
    const first = (await get(sessions.get('counselor')!, '?module=plans&pageSize=5')).json();
    expect(first).toMatchObject({ page: 1, pageSize: 5, total: 12 });
    expect(first.items).toHaveLength(5);
    const third = (await get(sessions.get('counselor')!, '?module=plans&pageSize=5&page=3')).json();
    expect(third.items).toHaveLength(2);
    expect(third.nextCursor).toBeNull();
    const second = (
      await get(
        sessions.get('counselor')!,
        `?module=plans&pageSize=5&cursor=${encodeURIComponent(first.nextCursor)}`,
      )
    ).json();
    const byPage = (await get(sessions.get('counselor')!, '?module=plans&pageSize=5&page=2')).json();
    expect(second.items.map((i: { id: string }) => i.id)).toEqual(
      byPage.items.map((i: { id: string }) => i.id),
    );
  });

  it('is described in the OpenAPI document with its filters', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const operation = response.json().paths['/api/people/{id}/timeline']?.get;
    const names = (operation?.parameters ?? []).map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['id', 'page', 'pageSize', 'module', 'kind', 'from', 'to', 'cursor']),
    );
  });

  it('refuses malformed filters with a field error and a stale cursor with its own code', async () => {
    const counselor = sessions.get('counselor')!;
    for (const query of ['?module=Loan%20Fund', '?kind=nokind', '?from=yesterday', '?pageSize=500']) {
      const response = await get(counselor, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code, query).toBe('VALIDATION_FAILED');
    }
    const cursor = await get(counselor, '?cursor=not-a-cursor');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().code).toBe('TIMELINE_CURSOR_INVALID');
  });
});
