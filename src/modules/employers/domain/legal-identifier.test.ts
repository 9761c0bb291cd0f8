import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLegalIdentifier,
  employerCountries,
  formatLegalIdentifier,
  identifierDigitsOf,
  laPosteSiren,
  legalIdentifierSchemeOf,
  luhnKey,
  luhnValid,
  sirenOf,
  siretWithKeys,
  validEinPrefixes,
} from './legal-identifier.js';

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** A valid SIRET built from any 8 digits of SIREN and any 4 of NIC: both Luhn keys computed. */
const validSiret = fc.tuple(digits(8, 8), digits(4, 4)).map(([body, nic]) => siretWithKeys(body, nic));

describe('Luhn', () => {
  it('knows the textbook numbers', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    // A SIREN as INSEE prints it (a firm of chartered accountants): 4+4+8+(1+4)+0+2+9+(1+6)+1 = 40.
    expect(luhnValid('428701981')).toBe(true);
    expect(luhnValid('428701980')).toBe(false);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('12a4')).toBe(false);
  });

  it('completes any digits with exactly one key', () => {
    fc.assert(
      fc.property(digits(1, 20), (body) => {
        const keys = [...'0123456789'].filter((k) => luhnValid(`${body}${k}`));
        expect(keys).toEqual([luhnKey(body)]);
      }),
    );
  });
});

describe('SIRET (France)', () => {
  it('accepts a valid SIRET as people type it, and stores its 14 digits', () => {
    const siren = `42870198${luhnKey('42870198')}`;
    const siret = `${siren}0001${luhnKey(`${siren}0001`)}`;
    const typed = `${siret.slice(0, 3)} ${siret.slice(3, 6)}.${siret.slice(6, 9)}\u00a0${siret.slice(9)}`;
    expect(checkLegalIdentifier('FR', typed)).toEqual({ valid: true, scheme: 'siret', value: siret });
    expect(formatLegalIdentifier('siret', siret)).toBe(typed.replace('.', ' ').replace('\u00a0', ' '));
    expect(sirenOf(siret)).toBe(siren);
  });

  it('refuses the wrong length or letters as a format problem', () => {
    for (const typed of [
      '',
      '1234567890123',
      '123456789012345',
      '4287019810001A',
      'SIRET',
      '42870198100 01 x',
    ])
      expect(checkLegalIdentifier('FR', typed), typed).toMatchObject({ valid: false, problem: 'format' });
  });

  it('accepts every SIRET whose SIREN and whole number pass Luhn', () => {
    fc.assert(
      fc.property(validSiret, (siret) => {
        expect(checkLegalIdentifier('FR', siret)).toEqual({ valid: true, scheme: 'siret', value: siret });
      }),
    );
  });

  it('refuses every single mistyped digit (a checksum problem)', () => {
    fc.assert(
      fc.property(
        validSiret,
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 1, max: 9 }),
        (s, at, by) => {
          fc.pre(!s.startsWith(laPosteSiren));
          const wrong = `${s.slice(0, at)}${(Number(s[at]) + by) % 10}${s.slice(at + 1)}`;
          expect(checkLegalIdentifier('FR', wrong)).toEqual({
            valid: false,
            scheme: 'siret',
            problem: 'checksum',
          });
        },
      ),
    );
  });

  it('refuses a SIRET whose whole number passes Luhn but whose SIREN does not', () => {
    const siren = '428701980';
    const siret = `${siren}0001${luhnKey(`${siren}0001`)}`;
    expect(luhnValid(siret)).toBe(true);
    expect(checkLegalIdentifier('FR', siret)).toMatchObject({ valid: false, problem: 'checksum' });
  });

  it('checks La Poste’s establishments by their digit sum (a multiple of 5), not by Luhn', () => {
    expect(luhnValid(laPosteSiren)).toBe(true);
    // 3+5+6+9+0+7+5 = 35.
    expect(checkLegalIdentifier('FR', '35600000009075')).toMatchObject({ valid: true });
    expect(checkLegalIdentifier('FR', '35600000009076')).toMatchObject({ valid: false, problem: 'checksum' });
    fc.assert(
      fc.property(digits(5, 5), (nic) => {
        const siret = `${laPosteSiren}${nic}`;
        const sum = [...siret].reduce((total, d) => total + Number(d), 0);
        expect(checkLegalIdentifier('FR', siret).valid).toBe(sum % 5 === 0);
      }),
    );
  });
});

describe('EIN (United States)', () => {
  it('accepts NN-NNNNNNN and nine digits alike, stored as digits, written with the hyphen', () => {
    expect(checkLegalIdentifier('US', '61-1234567')).toEqual({
      valid: true,
      scheme: 'ein',
      value: '611234567',
    });
    expect(checkLegalIdentifier('US', '611234567')).toMatchObject({ valid: true, value: '611234567' });
    expect(formatLegalIdentifier('ein', '611234567')).toBe('61-1234567');
  });

  it('decides every one of the 100 prefixes from the IRS list: 83 valid, 17 never assigned', () => {
    const never = [
      '00',
      '07',
      '08',
      '09',
      '17',
      '18',
      '19',
      '28',
      '29',
      '49',
      '69',
      '70',
      '78',
      '79',
      '89',
      '96',
      '97',
    ];
    for (let n = 0; n < 100; n += 1) {
      const prefix = String(n).padStart(2, '0');
      const check = checkLegalIdentifier('US', `${prefix}-1234567`);
      expect(check.valid, prefix).toBe(!never.includes(prefix));
      if (!check.valid) expect(check.problem).toBe('prefix');
    }
    expect(validEinPrefixes.size).toBe(83);
  });

  it('refuses another length or letters as a format problem', () => {
    for (const typed of ['61-123456', '61-12345678', '6I-1234567', '', '12 345 678 9 0'])
      expect(checkLegalIdentifier('US', typed), typed).toMatchObject({ valid: false, problem: 'format' });
  });
});

describe('NEQ (Québec)', () => {
  it('accepts ten digits beginning with 11, 22, 33 or 88, and only those prefixes', () => {
    for (let n = 0; n < 100; n += 1) {
      const prefix = String(n).padStart(2, '0');
      const check = checkLegalIdentifier('CA', `${prefix}45678901`);
      expect(check.valid, prefix).toBe(['11', '22', '33', '88'].includes(prefix));
      if (!check.valid) expect(check.problem).toBe('prefix');
    }
    expect(checkLegalIdentifier('CA', '1145 678 901')).toEqual({
      valid: true,
      scheme: 'neq',
      value: '1145678901',
    });
    expect(formatLegalIdentifier('neq', '1145678901')).toBe('1145678901');
  });

  it('refuses nine or eleven digits', () => {
    for (const typed of ['114567890', '11456789012', 'NEQ1145678901'])
      expect(checkLegalIdentifier('CA', typed), typed).toMatchObject({ valid: false, problem: 'format' });
  });
});

describe('every country', () => {
  it('checks each country against its own scheme, and never accepts another country’s number', () => {
    const siret = `42870198100012`.slice(0, 13);
    const examples = {
      FR: `${siret}${luhnKey(siret)}`,
      US: '611234567',
      CA: '1145678901',
    } as const;
    for (const country of employerCountries)
      for (const [other, number] of Object.entries(examples)) {
        const check = checkLegalIdentifier(country, number);
        expect(check.scheme).toBe(legalIdentifierSchemeOf[country]);
        expect(check.valid, `${country} ${number}`).toBe(other === country);
      }
  });

  it('never throws, whatever is typed, and a valid answer is digits only that reads back the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...employerCountries), fc.string({ maxLength: 30 }), (country, typed) => {
        const check = checkLegalIdentifier(country, typed);
        if (check.valid) {
          expect(check.value).toMatch(/^\d+$/);
          const written = formatLegalIdentifier(check.scheme, check.value);
          expect(checkLegalIdentifier(country, written)).toEqual(check);
        }
      }),
    );
  });
});

describe('identifierDigitsOf (search)', () => {
  it('reads 4 to 14 digits with separators as an identifier, anything else as a name', () => {
    expect(identifierDigitsOf('428 701')).toBe('428701');
    expect(identifierDigitsOf('61-1234567')).toBe('611234567');
    expect(identifierDigitsOf('123')).toBeNull();
    expect(identifierDigitsOf('Bastide 33')).toBeNull();
    expect(identifierDigitsOf('123456789012345')).toBeNull();
  });
});
