import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password policy (ASVS 5.0 V6.2): length only, no composition rules. Any character is allowed
 * (spaces, any script); the length counts characters as people see them (code points), not UTF-16
 * units, and nothing is ever truncated.
 */
export const minPasswordLength = 12;
/** Far above the 64 ASVS asks to accept; only a bound on the work of hashing. */
export const maxPasswordLength = 1000;

/**
 * The list shipped with the product (offline): the common passwords found in public breaches that
 * zxcvbn-ts publishes (`@zxcvbn-ts/language-common`, MIT licence), about 49,000, most used first.
 */
let breached: ReadonlySet<string> | null = null;
function breachedPasswords(): ReadonlySet<string> {
  breached ??= new Set(dictionary['passwords-common']);
  return breached;
}

/** Words of this product that people pad into a "new" password. */
const contextWords = ['passerelle'];

/** Breached passwords rarely come bare: strip the digits, symbols and spaces added around them. */
const padding = /^[\s\p{N}\p{P}\p{S}]+|[\s\p{N}\p{P}\p{S}]+$/gu;

export type PasswordProblem = 'too_short' | 'too_long' | 'breached';

/**
 * What is wrong with a password chosen by a person, or null. `context` holds what an attacker knows
 * of the account (its e-mail address, its name): a password that is only that is refused too.
 */
export function passwordProblem(password: string, context: readonly string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < minPasswordLength) return 'too_short';
  if (length > maxPasswordLength) return 'too_long';
  return isCommonPassword(password, context) ? 'breached' : null;
}

export function isCommonPassword(password: string, context: readonly string[] = []): boolean {
  const known = breachedPasswords();
  const lowered = password.normalize('NFKC').toLowerCase();
  const core = lowered.replace(padding, '');
  if (known.has(lowered) || known.has(core)) return true;
  // One character over and over, or a word of the list said again and again.
  const repeated = /^(.+?)\1+$/u.exec(core)?.[1];
  if (repeated !== undefined && ([...repeated].length === 1 || known.has(repeated))) return true;
  const bare = (text: string) => text.replaceAll(/[\s\p{P}\p{S}]/gu, '');
  const words = [
    ...contextWords,
    ...context.flatMap((item) => {
      const text = item.normalize('NFKC').toLowerCase().trim();
      return [text, text.split('@')[0] ?? ''];
    }),
  ]
    .map(bare)
    .filter((word) => word.length >= 3);
  return words.includes(bare(core));
}
