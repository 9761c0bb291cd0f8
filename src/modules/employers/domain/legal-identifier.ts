/**
 * The legal identifier of an employer, per country (issue 12): a SIRET in France, an EIN in the United
 * States, a NEQ in Québec. Pure: what a number must look like, its canonical stored form (digits only)
 * and how it is written for people.
 *
 * - SIRET (INSEE): 14 digits, the SIREN (first 9, the legal unit) followed by the NIC (5, the
 *   establishment). The SIREN carries a Luhn key, and so does the whole SIRET, except La Poste's
 *   establishments (SIREN 356 000 000), whose SIRET has a digit sum divisible by 5 instead.
 * - EIN (IRS): 9 digits written NN-NNNNNNN; the first two are the prefix of the campus or channel that
 *   assigned it, from the IRS's list of valid prefixes (there is no check digit).
 * - NEQ (Registraire des entreprises du Québec): 10 digits whose first two give the kind of enterprise
 *   (11, 22, 33 and 88, as the employment design note lists them); the registry publishes no check digit.
 */

export const employerCountries = ['FR', 'US', 'CA'] as const;
export type EmployerCountry = (typeof employerCountries)[number];

export const legalIdentifierSchemes = ['siret', 'ein', 'neq'] as const;
export type LegalIdentifierScheme = (typeof legalIdentifierSchemes)[number];

export const legalIdentifierSchemeOf: Record<EmployerCountry, LegalIdentifierScheme> = {
  FR: 'siret',
  US: 'ein',
  CA: 'neq',
};

/** What is wrong with a number: its shape, its check key, or a prefix no registry assigns. */
export type LegalIdentifierProblem = 'format' | 'checksum' | 'prefix';

export type LegalIdentifierCheck =
  | { valid: true; scheme: LegalIdentifierScheme; value: string }
  | { valid: false; scheme: LegalIdentifierScheme; problem: LegalIdentifierProblem };

/** The IRS's valid EIN prefixes (every campus, the Internet and the SBA). */
export const validEinPrefixes: ReadonlySet<string> = new Set(
  ['01-06', '10-16', '20-27', '30-48', '50-68', '71-77', '80-88', '90-95', '98-99'].flatMap((range) => {
    const [from, to] = range.split('-').map(Number) as [number, number];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));
  }),
);

export const validNeqPrefixes: ReadonlySet<string> = new Set(['11', '22', '33', '88']);

/** La Poste's SIREN: its establishments' SIRETs follow their own key (digit sum divisible by 5). */
export const laPosteSiren = '356000000';

/** Spaces (also no-break ones), dots, hyphens and slashes people type inside a number. */
const separators = /[\s\u00a0\u202f.\-/]/g;

/** True when the digits pass the Luhn check (mod 10, every second digit from the right doubled). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The Luhn key to append to `digits` so that the whole passes (used to build valid examples). */
export function luhnKey(digits: string): string {
  for (let key = 0; key <= 9; key += 1) if (luhnValid(`${digits}${key}`)) return String(key);
  throw new Error('unreachable: one key of ten always completes a Luhn number');
}

/**
 * A SIRET with both keys computed, from the 8 first digits of a SIREN and the 4 first of a NIC: how
 * the demo and the tests write illustrative numbers that pass the check.
 */
export function siretWithKeys(sirenBody: string, nicBody: string): string {
  const siren = `${sirenBody}${luhnKey(sirenBody)}`;
  return `${siren}${nicBody}${luhnKey(`${siren}${nicBody}`)}`;
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, d) => sum + Number(d), 0);
}

function checkSiret(digits: string): LegalIdentifierCheck {
  const scheme = 'siret';
  if (!/^\d{14}$/.test(digits)) return { valid: false, scheme, problem: 'format' };
  const siren = digits.slice(0, 9);
  if (!luhnValid(siren)) return { valid: false, scheme, problem: 'checksum' };
  const keyed = siren === laPosteSiren ? digitSum(digits) % 5 === 0 : luhnValid(digits);
  return keyed ? { valid: true, scheme, value: digits } : { valid: false, scheme, problem: 'checksum' };
}

function checkEin(digits: string): LegalIdentifierCheck {
  const scheme = 'ein';
  if (!/^\d{9}$/.test(digits)) return { valid: false, scheme, problem: 'format' };
  return validEinPrefixes.has(digits.slice(0, 2))
    ? { valid: true, scheme, value: digits }
    : { valid: false, scheme, problem: 'prefix' };
}

function checkNeq(digits: string): LegalIdentifierCheck {
  const scheme = 'neq';
  if (!/^\d{10}$/.test(digits)) return { valid: false, scheme, problem: 'format' };
  return validNeqPrefixes.has(digits.slice(0, 2))
    ? { valid: true, scheme, value: digits }
    : { valid: false, scheme, problem: 'prefix' };
}

/**
 * Checks a number as typed (`123 456 789 00012`, `12-3456789`) against the scheme of the employer's
 * country; a valid one comes back as digits only, the form it is stored and compared in.
 */
export function checkLegalIdentifier(country: EmployerCountry, raw: string): LegalIdentifierCheck {
  const scheme = legalIdentifierSchemeOf[country];
  const stripped = raw.replace(separators, '');
  if (!/^\d+$/.test(stripped)) return { valid: false, scheme, problem: 'format' };
  switch (scheme) {
    case 'siret':
      return checkSiret(stripped);
    case 'ein':
      return checkEin(stripped);
    case 'neq':
      return checkNeq(stripped);
  }
}

/** How people write a stored identifier: `123 456 789 00012`, `12-3456789`, `1234567890`. */
export function formatLegalIdentifier(scheme: LegalIdentifierScheme, value: string): string {
  switch (scheme) {
    case 'siret':
      return `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6, 9)} ${value.slice(9)}`;
    case 'ein':
      return `${value.slice(0, 2)}-${value.slice(2)}`;
    case 'neq':
      return value;
  }
}

/** The legal unit of a SIRET (its first nine digits). */
export function sirenOf(siret: string): string {
  return siret.slice(0, 9);
}

/** The digits of a search text when it looks like (the start of) a legal identifier, else null. */
export function identifierDigitsOf(search: string): string | null {
  const stripped = search.replace(separators, '');
  return /^\d{4,14}$/.test(stripped) ? stripped : null;
}
