import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/core/jobs/job-queue.js';
import type { OutboxMailer } from '../../src/core/mail/mailer.js';
import { networkJobHandlers } from '../../src/modules/network/jobs.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The partner network over HTTP: the public registration page without a session, answered alike
 * whoever registered before and limited per address; the attendance list as a file; a bulletin's
 * unsubscribe link working without a session, once for good.
 */
let t: TestApp;
let coordinator: Awaited<ReturnType<typeof givenSession>>;
let conveningId: string;

/** The test app's mailer is the development outbox. */
const outbox = () => t.deps.mailer as OutboxMailer;
const as = () => ({ cookies: coordinator.cookies, headers: coordinator.headers });
const register = (email: string, address: string) => ({
  method: 'POST' as const,
  url: `/api/public/convenings/${conveningId}/registrations`,
  remoteAddress: address,
  payload: { name: 'Ahmad Karimi', email, partnerName: 'Accueil Rimouski', partnerKind: 'association' },
});

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db, { name: 'PROMIS', country: 'CA' })).id;
  const staff = await givenStaff(t.database.db, organizationId, 'coordinator');
  coordinator = await givenSession(t.database.db, staff.actor.userId, organizationId);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/network/convenings',
    payload: {
      title: 'Forum biennal',
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      capacity: 300,
      publicRegistration: true,
    },
    ...as(),
  });
  expect(created.statusCode, created.body).toBe(201);
  conveningId = created.json().id;
});
afterAll(() => t.close());

describe('the partner network over HTTP', () => {
  it('shows the public page without a session and tells nothing of who registered', async () => {
    expect((await t.app.inject(register('ahmad@example.test', '198.51.100.80'))).json()).toEqual({
      status: 'received',
    });
    const again = await t.app.inject(register('ahmad@example.test', '198.51.100.80'));
    expect([again.statusCode, again.json()]).toEqual([201, { status: 'received' }]);
    const page = await t.app.inject({ method: 'GET', url: `/api/public/convenings/${conveningId}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ title: 'Forum biennal', organizationName: 'PROMIS', seatsLeft: 299 });
    expect(page.body).not.toContain('ahmad@example.test');
  });

  it('limits registrations per address: the eleventh in a minute is 429, another address goes on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await t.app.inject(register(`flood${i}@example.test`, '198.51.100.81'))).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await t.app.inject(register('other@example.test', '198.51.100.82'))).statusCode).toBe(201);
  });

  it('exports the attendance list as XLSX, with the registrant and the organization', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/network/convenings/${conveningId}/attendance-list?format=xlsx&language=fr`,
      ...as(),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="attendance-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const [header, ...rows] = (await readSheet(response.rawPayload)) as unknown[][];
    expect(header?.slice(0, 4)).toEqual(['Nom', 'Courriel', 'Organisation', 'Type']);
    expect(rows.some((row) => row[0] === 'Ahmad Karimi' && row[2] === 'Accueil Rimouski')).toBe(true);
  });

  it('unsubscribes with the link of the e-mail, without a session, and never mails the address again', async () => {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/network/subscribers',
      payload: {
        email: 'lea@example.test',
        consentedOn: '2026-01-05',
        consentSource: 'event',
        consentWording: 'Oui',
      },
      ...as(),
    });
    expect(added.statusCode, added.body).toBe(201);
    const send = (subject: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/network/bulletins',
        payload: { subject, body: 'News' },
        ...as(),
      });
    expect((await send('Bulletin 1')).json()).toMatchObject({ recipients: 1 });
    await runDueJobs(t.deps, networkJobHandlers, { limit: 10 });
    const mail = outbox().to('lea@example.test')[0];
    const token = mail?.text.match(/\/desabonnement\/([A-Za-z0-9_-]+)/)?.[1] as string;
    const view = await t.app.inject({ method: 'GET', url: `/api/public/bulletin-unsubscribe/${token}` });
    expect(view.json()).toEqual({
      organizationName: 'PROMIS',
      maskedEmail: 'le•••@e•••.test',
      unsubscribed: false,
    });
    const done = await t.app.inject({ method: 'POST', url: `/api/public/bulletin-unsubscribe/${token}` });
    expect([done.statusCode, done.json()]).toEqual([200, { unsubscribed: true }]);
    const second = await send('Bulletin 2');
    expect([second.statusCode, second.json().code]).toEqual([409, 'NETWORK_NO_SUBSCRIBERS']);
    expect(outbox().to('lea@example.test')).toHaveLength(1);
  });
});
