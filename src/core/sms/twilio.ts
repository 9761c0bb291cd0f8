import { type SmsSender, smsErrors } from './sms-sender.js';

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** The sending number in E.164, or an alphanumeric sender ID where the country allows one. */
  from: string;
  /** `https://api.twilio.com` unless a test points it at a local server. */
  baseUrl?: string;
  timeoutMs?: number;
}

/**
 * Twilio's Programmable Messaging REST API through Node's fetch: one form-encoded POST per text
 * (`To`, `From`, `Body`) with the account's credentials in a basic authorization header. Any answer
 * but 2xx, a timeout or a network failure becomes `SMS_NOT_SENT` with the HTTP status and Twilio's
 * numeric error code only — Twilio's own message may quote the number, so it is dropped.
 */
export function twilioSmsSender(options: TwilioOptions): SmsSender {
  const base = (options.baseUrl ?? 'https://api.twilio.com').replace(/\/$/, '');
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    delivery: 'provider',
    provider: 'twilio',
    async send(sms) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams({ To: sms.to, From: options.from, Body: sms.text }).toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
        throw smsErrors.notSent({}, { provider: 'twilio', status: null, providerCode: null, reason });
      }
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      const providerCode = await response
        .json()
        .then((body: unknown) => {
          const code = (body as { code?: unknown } | null)?.code;
          return typeof code === 'number' && Number.isInteger(code) ? code : null;
        })
        .catch(() => null);
      throw smsErrors.notSent(
        {},
        { provider: 'twilio', status: response.status, providerCode, reason: 'refused' },
      );
    },
  };
}
