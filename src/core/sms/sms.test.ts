import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSmsSender, describeSmsDelivery } from './create-sms-sender.js';
import { mobileNumberE164 } from './phone-number.js';
import { disabledSmsSender, OutboxSmsSender } from './sms-sender.js';

describe('a mobile number in E.164', () => {
  it('reads a national number in the organization’s country, an international one anywhere', () => {
    expect(mobileNumberE164('06 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(mobileNumberE164('06.12.34.56.78', 'fr')).toBe('+33612345678');
    expect(mobileNumberE164('+33 6 12 34 56 78', 'US')).toBe('+33612345678');
    expect(mobileNumberE164('0033 6 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(mobileNumberE164('+380 67 123 4567', 'FR')).toBe('+380671234567');
    // North America does not tell mobiles from landlines: such a number may be texted.
    expect(mobileNumberE164('(502) 636-1234', 'US')).toBe('+15026361234');
    expect(mobileNumberE164('514 555 1234', 'CA')).toBe('+15145551234');
  });

  it('texts nobody at a landline, a malformed, short or foreign-written national number', () => {
    expect(mobileNumberE164('05 56 00 00 00', 'FR')).toBeNull();
    expect(mobileNumberE164('06 12', 'FR')).toBeNull();
    expect(mobileNumberE164('not a number', 'FR')).toBeNull();
    expect(mobileNumberE164('06 12 34 56 78', 'US')).toBeNull();
    expect(mobileNumberE164('06 12 34 56 78', null)).toBeNull();
    expect(mobileNumberE164('06 12 34 56 78', 'XX')).toBeNull();
    expect(mobileNumberE164('', 'FR')).toBeNull();
    expect(mobileNumberE164(null, 'FR')).toBeNull();
    expect(mobileNumberE164('   ', 'FR')).toBeNull();
  });
});

describe('choosing how texts leave', () => {
  const twilio = {
    SMS_PROVIDER: 'twilio' as const,
    TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
    TWILIO_AUTH_TOKEN: 'secret-token',
    SMS_FROM: '+33700000000',
    TWILIO_API_URL: undefined,
  };
  const none = {
    SMS_PROVIDER: undefined,
    TWILIO_ACCOUNT_SID: undefined,
    TWILIO_AUTH_TOKEN: undefined,
    SMS_FROM: undefined,
    TWILIO_API_URL: undefined,
  };

  it('uses Twilio when configured, the outbox in development, nothing in production', () => {
    const provider = createSmsSender({ ...twilio, NODE_ENV: 'production' });
    expect(provider).toMatchObject({ delivery: 'provider', provider: 'twilio' });
    expect(createSmsSender({ ...none, NODE_ENV: 'development' })).toBeInstanceOf(OutboxSmsSender);
    expect(createSmsSender({ ...none, NODE_ENV: 'test' })).toBeInstanceOf(OutboxSmsSender);
    expect(createSmsSender({ ...none, NODE_ENV: 'production' })).toBe(disabledSmsSender);
  });

  it('says plainly at start-up whether texts really leave, naming no secret', () => {
    const lines = [
      describeSmsDelivery(createSmsSender({ ...twilio, NODE_ENV: 'production' })),
      describeSmsDelivery(new OutboxSmsSender()),
      describeSmsDelivery(disabledSmsSender),
    ];
    expect(lines).toEqual([
      'SMS: sent through twilio',
      'SMS: no provider configured (SMS_PROVIDER), texts are kept in the development outbox, none leaves',
      'SMS: no provider configured (SMS_PROVIDER), no text is sent',
    ]);
    expect(lines.join('\n')).not.toMatch(/secret-token|AC0123|\+33700000000/);
  });

  it('refuses to send when disabled, with a coded error', async () => {
    await expect(
      disabledSmsSender.send({ to: '+33612345678', text: 'x', organizationId: null }),
    ).rejects.toMatchObject({ code: 'SMS_NOT_CONFIGURED' });
  });
});

describe('the development SMS outbox', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the newest texts first, up to its limit, and writes neither number nor text anywhere', async () => {
    const writes: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        writes.push(args.map(String).join(' '));
      });
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      writes.push(String(chunk));
      return true;
    });
    const outbox = new OutboxSmsSender(2);
    await outbox.send({ to: '+33612345678', text: 'first', organizationId: 'a' });
    await outbox.send({ to: '+33612345679', text: 'second', organizationId: 'a' });
    await outbox.send({ to: '+33612345678', text: 'third', organizationId: null });
    stdout.mockRestore();
    expect(outbox.messages.map((m) => m.text)).toEqual(['third', 'second']);
    expect(outbox.to('+33612345678')).toMatchObject([{ text: 'third', organizationId: null }]);
    expect(outbox.delivery).toBe('outbox');
    expect(writes).toEqual([]);
  });
});
