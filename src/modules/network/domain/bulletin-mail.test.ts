import { describe, expect, it } from 'vitest';
import { bulletinMail, maskedEmail } from './bulletin-mail.js';

describe('bulletinMail', () => {
  it('sends the text as written with the unsubscribe link alone on the last line', () => {
    const mail = bulletinMail({
      subject: 'Bulletin de décembre',
      body: '# Nouvelles\n\nLe forum aura lieu le 12 mars.\n',
      organizationName: 'Table de concertation',
      unsubscribeLink: 'https://passerelle.test/desabonnement/abc',
    });
    expect(mail.subject).toBe('Bulletin de décembre');
    expect(mail.text.startsWith('# Nouvelles\n\nLe forum aura lieu le 12 mars.\n\n—\n')).toBe(true);
    expect(mail.text.trimEnd().split('\n').at(-1)).toBe('https://passerelle.test/desabonnement/abc');
  });
});

describe('maskedEmail', () => {
  it('shows the first letters only', () => {
    expect(maskedEmail('marie.tremblay@example.org')).toBe('ma•••@e•••.org');
    expect(maskedEmail('a@b.ca')).toBe('a•••@b•••.ca');
  });
});
