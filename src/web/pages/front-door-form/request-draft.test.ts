import { describe, expect, it } from 'vitest';
import { frontDoorRequestBody } from '../../../contracts/front-door.js';
import { emptyDraft, requestBodyOf } from './request-draft.js';

describe('the request the public page sends', () => {
  it('is what the contract accepts: a family in Montréal, regions in the order ticked', () => {
    const body = requestBodyOf(
      {
        ...emptyDraft(),
        givenName: ' Layla ',
        familyName: 'Haddad',
        birthYear: '1988',
        email: 'layla@example.org',
        placeCode: '6077243',
        status: 'refugee',
        languages: [{ code: 'ar', level: 'native' }],
        regionsSought: ['08', '01'],
        household: [{ relation: 'child', givenName: '', birthYear: '2016' }],
        consent: true,
      },
      'ar',
    );
    const parsed = frontDoorRequestBody.parse(body);
    expect(parsed).toMatchObject({
      language: 'ar',
      givenName: 'Layla',
      birthYear: 1988,
      residence: { country: 'CA', placeCode: '6077243' },
      regionsSought: ['08', '01'],
      household: [{ relation: 'child', birthYear: 2016 }],
    });
    expect(parsed.website).toBeUndefined();
    expect(parsed.phone).toBeUndefined();
  });

  it('sends no region when open to any, and a country and city from abroad', () => {
    const body = requestBodyOf(
      {
        ...emptyDraft(),
        givenName: 'Moussa',
        phone: '+221 77 000 00 00',
        livesIn: 'abroad',
        country: 'sn',
        city: 'Dakar',
        regionsSought: ['02'],
        anyRegion: true,
        consent: true,
      },
      'fr',
    );
    expect(frontDoorRequestBody.parse(body)).toMatchObject({
      residence: { country: 'SN', city: 'Dakar' },
      regionsSought: [],
      anyRegion: true,
    });
  });

  it('is refused without consent or without a way to answer (the server says which field)', () => {
    expect(
      frontDoorRequestBody.safeParse(
        requestBodyOf({ ...emptyDraft(), givenName: 'A', email: 'a@example.org', anyRegion: true }, 'en'),
      ).success,
    ).toBe(false);
    const noContact = frontDoorRequestBody.safeParse(
      requestBodyOf({ ...emptyDraft(), givenName: 'A', anyRegion: true, consent: true }, 'en'),
    );
    expect(noContact.success).toBe(false);
    expect(noContact.error?.issues.map((i) => i.path.join('.'))).toContain('email');
  });
});
