import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { twilioSmsSender } from './twilio.js';

const accountSid = 'AC0123456789abcdef0123456789abcdef';
const authToken = 'auth-token-that-must-never-leak';
const to = '+33612345678';

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in for Twilio on a local port: records each request and answers what the test set. */
let server: Server;
let baseUrl: string;
let received: Received[] = [];
let answer: { status: number; body: string; delayMs?: number } = { status: 201, body: '{}' };

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const reply = () => {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(answer.body);
      };
      if (answer.delayMs) setTimeout(reply, answer.delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  received = [];
  answer = { status: 201, body: JSON.stringify({ sid: 'SM0123', status: 'queued' }) };
});

const sender = (timeoutMs?: number) =>
  twilioSmsSender({ accountSid, authToken, from: '+33700000000', baseUrl, ...(timeoutMs && { timeoutMs }) });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Nothing the error carries, once serialized, names the number, the token or the text. */
function expectNothingSecretIn(error: AppError) {
  const everything = JSON.stringify({ message: error.message, details: error.details, params: error.params });
  for (const secret of [to, '612345678', authToken, 'Bonjour Amal']) expect(everything).not.toContain(secret);
}

describe('the Twilio SMS adapter', () => {
  it('says it sends through a provider, Twilio', () => {
    expect(sender()).toMatchObject({ delivery: 'provider', provider: 'twilio' });
  });

  it('posts one form-encoded message to the account’s Messages resource with basic authorization', async () => {
    await sender().send({ to, text: 'Bonjour Amal,\nhttp://x.test/suivi/abc', organizationId: 'org' });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/2010-04-01/Accounts/${accountSid}/Messages.json`);
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
    );
    const form = new URLSearchParams(request?.body);
    expect([...form.keys()].sort()).toEqual(['Body', 'From', 'To']);
    expect(form.get('To')).toBe(to);
    expect(form.get('From')).toBe('+33700000000');
    expect(form.get('Body')).toBe('Bonjour Amal,\nhttp://x.test/suivi/abc');
  });

  it('keeps Arabic and the marks around names intact in the body', async () => {
    const text = 'مرحباً \u2068Amal\u2069،\nhttp://x.test/suivi/abc';
    await sender().send({ to, text, organizationId: null });
    expect(new URLSearchParams(received[0]?.body).get('Body')).toBe(text);
  });

  it('turns a refusal into SMS_NOT_SENT with the status and Twilio’s code, never its message', async () => {
    answer = {
      status: 400,
      body: JSON.stringify({
        code: 21211,
        message: `The 'To' number ${to} is not a valid phone number.`,
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      }),
    };
    const error = await failure(sender().send({ to, text: 'Bonjour Amal', organizationId: null }));
    expect(error).toMatchObject({
      code: 'SMS_NOT_SENT',
      status: 503,
      details: { provider: 'twilio', status: 400, providerCode: 21211, reason: 'refused' },
    });
    expectNothingSecretIn(error);
  });

  it('turns bad credentials, a server error and an answer that is not JSON into the same error', async () => {
    for (const [status, body] of [
      [401, JSON.stringify({ code: 20003, message: 'Authenticate', status: 401 })],
      [500, '<html>Internal error</html>'],
      [429, ''],
    ] as const) {
      answer = { status, body };
      const error = await failure(sender().send({ to, text: 'Bonjour Amal', organizationId: null }));
      expect(error.code).toBe('SMS_NOT_SENT');
      expect(error.details).toMatchObject({ status, providerCode: status === 401 ? 20003 : null });
      expectNothingSecretIn(error);
    }
  });

  it('gives up after its timeout, and when nothing listens', async () => {
    answer = { status: 201, body: '{}', delayMs: 500 };
    const slow = await failure(sender(50).send({ to, text: 'Bonjour Amal', organizationId: null }));
    expect(slow.details).toMatchObject({ status: null, reason: 'timeout' });
    expectNothingSecretIn(slow);
    const closed = twilioSmsSender({
      accountSid,
      authToken,
      from: '+33700000000',
      baseUrl: 'http://127.0.0.1:9',
    });
    const unreachable = await failure(closed.send({ to, text: 'Bonjour Amal', organizationId: null }));
    expect(unreachable.details).toMatchObject({ status: null, reason: 'unreachable' });
    expectNothingSecretIn(unreachable);
  });
});
