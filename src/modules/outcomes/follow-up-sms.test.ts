import { describe, expect, it } from 'vitest';
import { followUpFormLanguages } from './domain/vocabulary.js';
import { followUpSms } from './follow-up-sms.js';

const facts = {
  firstName: 'Amal',
  organizationName: 'PLIE des Graves',
  link: 'https://passerelle.example.org/suivi/AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-x',
  expiresOn: '18 décembre 2026',
};

/** The words before the link; a text of Latin letters fits in 160 characters a part, others in 70. */
const words = (text: string) => text.slice(0, text.lastIndexOf('\n'));

describe('the SMS carrying a follow-up link', () => {
  for (const language of followUpFormLanguages)
    it(`says who asks and until when, short, the link alone on the last line, in ${language}`, () => {
      const text = followUpSms(language, facts);
      const lines = text.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines.at(-1)).toBe(facts.link);
      expect(text).toContain(facts.firstName);
      expect(text).toContain(facts.organizationName);
      expect(text).toContain(facts.expiresOn);
      expect(text).not.toMatch(/\$\{|\{\w+\}|undefined|NaN/);
      // Two parts at most for the words, whatever the script.
      expect(words(text).length).toBeLessThanOrEqual(['fr', 'en', 'es'].includes(language) ? 160 : 140);
    });

  it('isolates names and the date in Arabic and Persian, and leaves the link untouched', () => {
    for (const language of ['ar', 'fa'] as const) {
      const text = followUpSms(language, facts);
      expect(text).toMatch(/\p{Script=Arabic}/u);
      expect(text).toContain(`\u2068${facts.firstName}\u2069`);
      expect(text).toContain(`\u2068${facts.organizationName}\u2069`);
      expect(text).toContain(`\u2068${facts.expiresOn}\u2069`);
      // No mark on the link's line that a phone could take into the link.
      expect(text.split('\n').at(-1)).toMatch(/^https:\/\/[\x21-\x7e]+$/);
    }
    expect(followUpSms('fa', facts)).toMatch(/[پچژگکی]/);
    expect(followUpSms('uk', facts)).toMatch(/\p{Script=Cyrillic}/u);
    for (const language of ['fr', 'en', 'es', 'uk'] as const)
      expect(followUpSms(language, facts)).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
  });

  it('writes French and English with straight apostrophes, each text in its own words', () => {
    expect(followUpSms('fr', facts)).not.toContain('’');
    expect(followUpSms('en', facts)).not.toContain('’');
    const texts = followUpFormLanguages.map((language) => words(followUpSms(language, facts)));
    expect(new Set(texts).size).toBe(followUpFormLanguages.length);
  });
});
