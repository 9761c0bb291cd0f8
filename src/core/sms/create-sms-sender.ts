import type { AppConfig } from '../config.js';
import { disabledSmsSender, OutboxSmsSender, type SmsSender } from './sms-sender.js';
import { twilioSmsSender } from './twilio.js';

export type SmsConfig = Pick<
  AppConfig,
  'SMS_PROVIDER' | 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'SMS_FROM' | 'TWILIO_API_URL' | 'NODE_ENV'
>;

/**
 * Twilio when `SMS_PROVIDER=twilio` (its settings are checked by `loadConfig`); otherwise the
 * development outbox, except in production where no text is sent at all: an outbox nobody can read
 * there would make the product say a text left when none did.
 */
export function createSmsSender(config: SmsConfig): SmsSender {
  if (config.SMS_PROVIDER === 'twilio')
    return twilioSmsSender({
      accountSid: config.TWILIO_ACCOUNT_SID ?? '',
      authToken: config.TWILIO_AUTH_TOKEN ?? '',
      from: config.SMS_FROM ?? '',
      baseUrl: config.TWILIO_API_URL,
    });
  return config.NODE_ENV === 'production' ? disabledSmsSender : new OutboxSmsSender();
}

/** One line for the start-up output: whether texts really leave, and through what. Names no secret. */
export function describeSmsDelivery(sms: SmsSender): string {
  switch (sms.delivery) {
    case 'provider':
      return `SMS: sent through ${sms.provider}`;
    case 'outbox':
      return 'SMS: no provider configured (SMS_PROVIDER), texts are kept in the development outbox, none leaves';
    case 'disabled':
      return 'SMS: no provider configured (SMS_PROVIDER), no text is sent';
  }
}
