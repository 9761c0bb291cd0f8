import nodemailer from 'nodemailer';
import type { AppConfig } from '../config.js';
import { type Mailer, OutboxMailer } from './mailer.js';

/** SMTP when SMTP_URL is configured; otherwise the outbox (in memory, and files under OUTBOX_DIR). */
export function createMailer(config: Pick<AppConfig, 'SMTP_URL' | 'MAIL_FROM' | 'OUTBOX_DIR'>): Mailer {
  if (!config.SMTP_URL) return new OutboxMailer(config.OUTBOX_DIR);
  const transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    async send(mail) {
      await transport.sendMail({
        from: config.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments?.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
    },
  };
}
