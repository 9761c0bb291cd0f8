import { describe, expect, it } from 'vitest';
import { sessionMail } from './session-mail.js';

describe('session e-mails', () => {
  it('give the meeting’s time in the organizer’s time zone with its name, never in UTC', () => {
    const base = {
      name: 'Amina',
      title: 'Info-Emploi',
      startsAt: new Date('2026-12-03T17:00:00Z'),
      link: 'https://meet.example.org/info',
      place: null,
      timeZone: 'America/Toronto',
      country: 'CA',
    };
    const fr = sessionMail({ ...base, kind: 'invitation', locale: 'fr' });
    expect(fr.text).toContain('Première séance : jeudi 3 décembre 2026 à 12 h 00 (heure de l’Est).');
    const en = sessionMail({ ...base, kind: 'reminder', locale: 'en' });
    expect(en.text).toContain('takes place Thursday, December 3, 2026 at 12:00 p.m. (Eastern Time).');
    const stLouis = sessionMail({
      ...base,
      kind: 'reminder',
      locale: 'en',
      timeZone: 'America/Chicago',
      country: 'US',
    });
    expect(stLouis.text).toContain('at 11:00 AM (Central Time)');
    for (const mail of [fr, en, stLouis]) expect(mail.text).not.toContain('UTC');
  });
});
