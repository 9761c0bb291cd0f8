import { defineError } from '../errors.js';

export interface OutgoingSms {
  /** The addressee's number in E.164 (`+33612345678`); see `phone-number.ts`. */
  to: string;
  text: string;
  /** The organization the text is sent for: the development outbox shows it to that organization's staff. */
  organizationId: string | null;
}

/**
 * How texts leave: through a real provider (`SMS_PROVIDER`), kept in the development outbox (no
 * provider, outside production), or not at all (no provider, in production). Senders of texts ask it
 * before sending: only `provider` and `outbox` send anything, and only then is an attempt recorded.
 */
export type SmsDelivery = 'provider' | 'outbox' | 'disabled';

export interface SmsSender {
  readonly delivery: SmsDelivery;
  /** The provider's name when texts leave through one (`twilio`), else null. */
  readonly provider: string | null;
  /** Rejects with `SMS_NOT_SENT` (an AppError) when the provider refuses the text or cannot be reached. */
  send(sms: OutgoingSms): Promise<void>;
}

/**
 * The one error a failed text becomes, whatever the provider said: its message names neither the
 * number nor any credential; the details keep only the HTTP status and the provider's numeric code.
 */
export const smsErrors = {
  notSent: defineError('SMS_NOT_SENT', 'unavailable', {
    en: 'The text message could not be sent: the SMS provider refused it or did not answer. Try again later, or call the person.',
    fr: "Le SMS n'a pas pu être envoyé : le fournisseur de SMS l'a refusé ou n'a pas répondu. Réessayez plus tard, ou appelez la personne.",
  }),
  disabled: defineError('SMS_NOT_CONFIGURED', 'unavailable', {
    en: 'No SMS provider is configured: no text message can be sent.',
    fr: "Aucun fournisseur de SMS n'est configuré : aucun SMS ne peut être envoyé.",
  }),
};

export interface SmsOutboxEntry extends OutgoingSms {
  id: string;
  sentAt: string;
}

/**
 * Development and demo delivery: every text is kept in memory only (never written to a file or a
 * log), shown in the UI outbox to the staff of the organization it was sent for (accounts'
 * read-outbox), so that a counselor trying the demo sees what the person would have received.
 */
export class OutboxSmsSender implements SmsSender {
  readonly delivery = 'outbox' as const;
  readonly provider = null;
  readonly messages: SmsOutboxEntry[] = [];
  constructor(private readonly limit = 500) {}

  async send(sms: OutgoingSms): Promise<void> {
    this.messages.unshift({
      ...sms,
      id: `sms-${Date.now()}-${this.messages.length}`,
      sentAt: new Date().toISOString(),
    });
    if (this.messages.length > this.limit) this.messages.pop();
  }

  to(number: string): SmsOutboxEntry[] {
    return this.messages.filter((m) => m.to === number);
  }
}

/** In production without a provider: nothing is sent, and those who would send know it beforehand. */
export const disabledSmsSender: SmsSender = {
  delivery: 'disabled',
  provider: null,
  async send() {
    throw smsErrors.disabled();
  },
};
