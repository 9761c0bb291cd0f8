import { describe, expect, it } from 'vitest';
import type { IntakeDraft } from './intake-draft.js';
import { draftFromReferral } from './referral-draft.js';

const blank = [
  'firstName',
  'lastName',
  'originalFirstName',
  'originalLastName',
  'birthDate',
  'sex',
  'phone',
  'email',
  'address',
  'city',
  'preferredLanguage',
  'immigrationStatus',
  'referralSource',
  'partnerName',
];
const emptyDraft = () => Object.fromEntries(blank.map((key) => [key, ''])) as unknown as IntakeDraft;

const identity = {
  givenName: 'Yasmine',
  familyName: 'Benali',
  givenNameOriginal: 'ياسمين',
  familyNameOriginal: null,
  birthDate: '2006-04-05',
  sex: 'female' as const,
  phone: '+33 6 11 22 33 44',
  email: null,
  city: 'Toulouse',
  preferredLanguage: 'ar',
};

describe('the intake started from a referral', () => {
  it('takes what the referral shares of the identity and names the partner as the source', () => {
    const draft = draftFromReferral(
      emptyDraft(),
      { sender: { id: 'x', name: 'Association Solidarité' } },
      identity,
    );
    expect(draft).toMatchObject({
      firstName: 'Yasmine',
      lastName: 'Benali',
      originalFirstName: 'ياسمين',
      birthDate: '2006-04-05',
      sex: 'female',
      phone: '+33 6 11 22 33 44',
      email: '',
      city: 'Toulouse',
      referralSource: 'partner_referral',
      partnerName: 'Association Solidarité',
      immigrationStatus: '',
      address: '',
    });
  });

  it('keeps what the counselor typed, and starts empty when the identity is not shared', () => {
    const typed = { ...emptyDraft(), firstName: 'Yasmina' };
    expect(draftFromReferral(typed, { sender: { id: 'x', name: 'A' } }, identity).firstName).toBe('Yasmina');
    expect(draftFromReferral(emptyDraft(), { sender: { id: 'x', name: 'A' } }, null).firstName).toBe('');
  });
});
