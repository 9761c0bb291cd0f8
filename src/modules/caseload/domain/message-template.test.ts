import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNamePlaceholder, personalize, skipReasonOf } from './message-template.js';

describe('personalize', () => {
  it('puts the given name wherever {firstName} is, and nothing else changes', () => {
    expect(personalize('Bonjour {firstName}, à jeudi {firstName} !', 'Amina')).toBe(
      'Bonjour Amina, à jeudi Amina !',
    );
    expect(personalize('Prix : {price} $', 'Amina')).toBe('Prix : {price} $');
  });

  it('takes a name literally, even one that looks like a pattern ($&, {firstName})', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, name) => {
        const text = `${before.replaceAll(firstNamePlaceholder, '')}${firstNamePlaceholder}`;
        expect(personalize(text, name)).toBe(`${before.replaceAll(firstNamePlaceholder, '')}${name}`);
      }),
    );
  });
});

describe('skipReasonOf', () => {
  const ok = { followed: true, restricted: false, email: 'a@example.test', consents: true };
  it('lets through a followed person with an address and the consent', () => {
    expect(skipReasonOf(ok)).toBeNull();
  });
  it('names the first missing condition', () => {
    expect(skipReasonOf({ ...ok, followed: false, email: null })).toBe('not_found');
    expect(skipReasonOf({ ...ok, restricted: true, consents: false })).toBe('restricted');
    expect(skipReasonOf({ ...ok, email: null, consents: false })).toBe('no_email');
    expect(skipReasonOf({ ...ok, consents: false })).toBe('no_consent');
  });
  it('never sends to someone missing any condition', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.option(fc.constant('a@b.c')), fc.boolean(), (f, r, e, c) => {
        const reason = skipReasonOf({ followed: f, restricted: r, email: e, consents: c });
        expect(reason === null).toBe(f && !r && e !== null && c);
      }),
    );
  });
});
