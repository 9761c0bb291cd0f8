import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { givenOutcomeProgram } from '../support/outcome-program.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The follow-up link by SMS over HTTP: "send the link" answers by which channels it went, and the
 * development outbox shows the SMS to the counselor, marked as one, with how SMS leave here.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
let counselor: Session;
let followUpId: string;

const send = (as: Session, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    cookies: as.cookies,
    headers: as.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const plie = await givenOrganization(db, { name: 'PLIE des Graves', timeZone: 'Europe/Paris' });
  counselor = await givenSession(
    db,
    (await givenStaff(db, plie.id, 'counselor', { locale: 'en' })).actor.userId,
    plie.id,
  );
  const programId = await givenOutcomeProgram(t.deps, plie.id);
  const created = await send(counselor, 'POST', '/api/people', {
    identity: { givenName: 'Mariam', familyName: 'Test', phone: '07 56 12 34 56', preferredLanguage: 'fa' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const personId = created.json().id;
  await send(counselor, 'POST', `/api/programs/${programId}/enrolments`, {
    personId,
    enrolledOn: '2025-03-03',
    intake: { source: 'walk_in' },
  });
  const enrolmentId = (await send(counselor, 'GET', `/api/people/${personId}/enrolments`)).json().items[0].id;
  const exit = await send(counselor, 'POST', `/api/enrolments/${enrolmentId}/exit`, {
    outcome: 'job_search',
    exitOn: '2025-09-01',
    evidence: { kind: 'declaration' },
  });
  expect(exit.statusCode, exit.body).toBe(201);
  followUpId = (await send(counselor, 'GET', `/api/people/${personId}/exits?lang=en`)).json().followUps[0].id;
});
afterAll(() => t.close());

describe('the follow-up link by SMS over HTTP', () => {
  it('says the link went by SMS, and the outbox shows the text to the counselor', async () => {
    const sent = await send(counselor, 'POST', `/api/exit-follow-ups/${followUpId}/link`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({
      sentTo: '+33756123456',
      channels: [{ channel: 'sms', to: '+33756123456' }],
      smsFailed: false,
    });
    const outbox = await send(counselor, 'GET', '/api/dev/outbox');
    expect(outbox.statusCode, outbox.body).toBe(200);
    const { items, sms } = outbox.json() as {
      items: { channel: string; to: string; subject: string | null; text: string }[];
      sms: string;
    };
    expect(sms).toBe('outbox');
    const text = items.find((m) => m.to === '+33756123456');
    expect(text).toMatchObject({ channel: 'sms', subject: null });
    expect(text?.text).toMatch(/[پچژگکی]/);
    expect(text?.text.split('\n').at(-1)).toMatch(/^http:\/\/passerelle\.test\/suivi\/[A-Za-z0-9_-]+$/);
  });
});
