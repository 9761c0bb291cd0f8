import { describe, expect, it } from 'vitest';
import { followUpFormLanguages } from './domain/vocabulary.js';
import { followUpMail } from './follow-up-mail.js';

const facts = {
  firstName: 'Amal',
  organizationName: 'Mission Locale de Toulouse',
  link: 'http://127.0.0.1:3000/suivi/AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-x',
  expiresOn: '18/12/2026',
  months: 6,
};

describe('the e-mail carrying a follow-up link', () => {
  for (const language of followUpFormLanguages)
    it(`says who asks, until when, and holds the link alone on its line, in ${language}`, () => {
      const mail = followUpMail(language, facts);
      expect(mail.subject.trim()).not.toBe('');
      expect(mail.subject).toContain(facts.organizationName);
      expect(mail.text.split('\n')).toContain(facts.link);
      expect(mail.text).toContain(facts.firstName);
      expect(mail.text).toContain(facts.expiresOn);
      expect(mail.text).not.toMatch(/\$\{|\{\w+\}|undefined|NaN/);
    });

  it('writes Arabic and Persian in Arabic script, Ukrainian in Cyrillic', () => {
    for (const language of ['ar', 'fa'] as const) {
      const mail = followUpMail(language, facts);
      expect(mail.subject).toMatch(/\p{Script=Arabic}/u);
      expect(mail.text).toMatch(/\p{Script=Arabic}/u);
    }
    // Persian letters Arabic does not use: Persian, not Arabic.
    expect(followUpMail('fa', facts).text).toMatch(/[پچژگکی]/);
    expect(followUpMail('uk', facts).text).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('says the moment with each language’s plural', () => {
    // Intl puts no-break spaces between a number and its unit.
    const text = (...args: Parameters<typeof followUpMail>) => followUpMail(...args).text.replace(/\s/g, ' ');
    expect(text('en', { ...facts, months: 3 })).toContain('3 months ago');
    expect(text('fr', { ...facts, months: 12 })).toContain('Il y a 12 mois');
    expect(text('ar', { ...facts, months: 12 })).toContain('12 شهرًا');
    expect(text('uk', { ...facts, months: 3 })).toContain('3 місяці тому');
    expect(text('uk', { ...facts, months: 6 })).toContain('6 місяців тому');
    expect(text('es', { ...facts, months: 18 })).toContain('Hace 18 meses');
  });
});
