import { maxPasswordLength, minPasswordLength, passwordProblem } from '../domain/password-policy.js';
import { accountErrors } from '../errors.js';

/**
 * Every password a person chooses goes through here (reset, change, account creation, the
 * create-admin command): length only, and not one of the shipped list of breached passwords
 * nor what is known of the account (ADR 5, "Passwords").
 */
export function requireAcceptablePassword(password: string, account: readonly string[]): void {
  const problem = passwordProblem(password, account);
  if (problem === 'too_short') throw accountErrors.passwordTooWeak({ min: minPasswordLength });
  if (problem === 'too_long') throw accountErrors.passwordTooLong({ max: maxPasswordLength });
  if (problem === 'breached') throw accountErrors.passwordBreached();
}
