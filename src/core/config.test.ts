import { describe, expect, it } from 'vitest';
import { jobsPlacement, loadConfig } from './config.js';

describe('configuration', () => {
  it('points links and QR codes at the port the server listens on when PUBLIC_URL is not set', () => {
    expect(loadConfig({ PORT: '3456' }).PUBLIC_URL).toBe('http://localhost:3456');
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('keeps an explicit PUBLIC_URL whatever the port', () => {
    expect(loadConfig({ PORT: '3456', PUBLIC_URL: 'https://passerelle.example.org' }).PUBLIC_URL).toBe(
      'https://passerelle.example.org',
    );
  });
});

describe('background jobs', () => {
  const server = 'postgres://postgres@127.0.0.1:5432/passerelle';

  it('run in a process of their own on a PostgreSQL server, in the server process on the embedded database', () => {
    expect(jobsPlacement(loadConfig({ DATABASE_URL: server }))).toBe('own-process');
    expect(jobsPlacement(loadConfig({}))).toBe('in-process');
    expect(jobsPlacement(loadConfig({ DATABASE_URL: server, JOBS: 'in-process' }))).toBe('in-process');
    expect(jobsPlacement(loadConfig({ DATABASE_URL: server, JOBS: '' }))).toBe('own-process');
  });

  it('refuses a process of their own on the embedded database, and an unknown placement', () => {
    expect(() => loadConfig({ JOBS: 'own-process' })).toThrow(/JOBS=own-process needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: server, JOBS: 'elsewhere' })).toThrow(/JOBS/);
  });
});

describe('SMS configuration', () => {
  const twilio = {
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
    TWILIO_AUTH_TOKEN: 'token-that-must-not-leak',
    SMS_FROM: '+33700000000',
  };

  it('needs no provider: empty settings mean none', () => {
    expect(loadConfig({}).SMS_PROVIDER).toBeUndefined();
    expect(loadConfig({ SMS_PROVIDER: '', TWILIO_AUTH_TOKEN: '' }).SMS_PROVIDER).toBeUndefined();
    expect(loadConfig(twilio)).toMatchObject({ SMS_PROVIDER: 'twilio', SMS_FROM: '+33700000000' });
  });

  it('refuses Twilio without its settings, naming the missing ones and never a value', () => {
    expect(() => loadConfig({ ...twilio, TWILIO_ACCOUNT_SID: '', SMS_FROM: '' })).toThrow(
      'Invalid configuration: SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, SMS_FROM.',
    );
    expect(() => loadConfig({ ...twilio, SMS_FROM: undefined })).not.toThrow(/token-that-must-not-leak/);
    expect(() => loadConfig({ ...twilio, SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/SMS_PROVIDER/);
  });
});
