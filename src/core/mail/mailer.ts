import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /**
   * The organization the message is sent for (an appointment, a reminder, an invitation to work
   * there), or none for a message about the account itself (a password reset). Not part of the
   * e-mail: the development outbox shows a message to that organization's staff and to its addressee.
   */
  organizationId?: string | null;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

export interface OutboxEntry extends OutgoingMail {
  id: string;
  sentAt: string;
}

/**
 * Development and demo delivery: every message is kept in memory (shown in the UI outbox to the staff
 * it concerns, see accounts' read-outbox) and, when a folder is configured, written there as a JSON
 * file a developer can open.
 */
export class OutboxMailer implements Mailer {
  readonly messages: OutboxEntry[] = [];
  constructor(
    private readonly folder?: string,
    private readonly limit = 500,
  ) {
    if (folder) mkdirSync(folder, { recursive: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const entry: OutboxEntry = {
      ...mail,
      organizationId: mail.organizationId ?? null,
      id: `${Date.now()}-${this.messages.length}`,
      sentAt: new Date().toISOString(),
    };
    this.messages.unshift(entry);
    if (this.messages.length > this.limit) this.messages.pop();
    if (this.folder) writeFileSync(join(this.folder, `${entry.id}.json`), JSON.stringify(entry, null, 2));
  }

  to(address: string): OutboxEntry[] {
    return this.messages.filter((m) => m.to.toLowerCase() === address.toLowerCase());
  }
}
