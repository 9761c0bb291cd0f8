import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/core/http/app.js';

describe('request logging', () => {
  it('logs the path of a request but never its query string', async () => {
    const lines: string[] = [];
    const app = await createHttpApp({
      logLevel: 'info',
      cookieSecret: 'x'.repeat(40),
      resolveSession: async () => null,
      sessionRequestsPerMinute: 600,
      logStream: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    await app.inject({ method: 'GET', url: '/api/nowhere?q=Amina%20Youssef&status=asylum_seeker' });
    await app.close();
    const log = lines.join('\n');
    expect(log).toContain('/api/nowhere');
    expect(log).not.toContain('Amina');
    expect(log).not.toContain('asylum_seeker');
  });

  it('logs refusals as security events with the code, the route and who asked, never the values', async () => {
    const lines: string[] = [];
    const app = await createHttpApp({
      logLevel: 'info',
      cookieSecret: 'x'.repeat(40),
      resolveSession: async () => null,
      sessionRequestsPerMinute: 600,
      logStream: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    app.post('/api/things/:id', { config: { policy: 'session' } }, async () => ({}));
    await app.inject({
      method: 'POST',
      url: '/api/things/42?q=Amina',
      payload: { familyName: 'Youssef' },
    });
    await app.close();
    const events = lines.map((line) => JSON.parse(line)).filter((entry) => entry.securityEvent);
    expect(events).toEqual([
      expect.objectContaining({
        level: 40,
        securityEvent: 'UNAUTHENTICATED',
        status: 401,
        method: 'POST',
        route: '/api/things/:id',
        actorUserId: null,
      }),
    ]);
    const log = lines.join('\n');
    expect(log).not.toContain('Amina');
    expect(log).not.toContain('Youssef');
  });
});
