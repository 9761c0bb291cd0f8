import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signupBody } from '../../../contracts/session-signups.js';
import { type SignupDraft, signupPayload, signupProblems } from './signup-form.js';

const valid: SignupDraft = {
  givenName: 'Amina',
  familyName: 'Haddad',
  email: 'amina@example.com',
  phone: '',
  preferredLanguage: 'fr',
  consent: true,
  website: '',
};

describe('the sign-up form rules', () => {
  it('accepts a complete draft, which the server contract accepts too', () => {
    expect(signupProblems(valid)).toEqual({});
    expect(signupBody.safeParse(signupPayload(valid)).success).toBe(true);
  });

  it('names each problem', () => {
    expect(signupProblems({ ...valid, givenName: '  ', familyName: 'x'.repeat(101) })).toEqual({
      givenName: 'required',
      familyName: 'tooLong',
    });
    expect(signupProblems({ ...valid, email: 'amina@' })).toEqual({ email: 'invalidEmail' });
    expect(signupProblems({ ...valid, email: '' })).toEqual({ email: 'required' });
    expect(signupProblems({ ...valid, phone: 'call me' })).toEqual({ phone: 'invalidPhone' });
    expect(signupProblems({ ...valid, consent: false })).toEqual({ consent: 'consentRequired' });
  });

  it('never lets through a draft the server would refuse for names, phone or consent', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        (givenName, familyName, phone, consent) => {
          const draft = { ...valid, givenName, familyName, phone, consent };
          if (Object.keys(signupProblems(draft)).length === 0)
            expect(signupBody.safeParse(signupPayload(draft)).success).toBe(true);
        },
      ),
    );
  });
});
