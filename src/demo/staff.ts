import type { Role } from '../core/auth/roles.js';

export const demoPassword = 'Passerelle-demo-2026';
/**
 * Base32 secret of every demo administrator: add it to an authenticator app to log in as one. 32
 * letters are 160 bits, whole bytes: valid Base32 for every app (the README shows it).
 */
export const demoAdministratorTotpSecret = 'PASSERELLEDEMOADMINTOTPSECRETKEY';

export interface DemoStaff {
  email: string;
  displayName: string;
  role: Role;
  locale: 'fr' | 'en';
}

const emailPrefix: Record<Role, string> = {
  counselor: 'counselor',
  program_referent: 'referent',
  coordinator: 'coordinator',
  director: 'director',
  administrator: 'admin',
  funder: 'funder',
};

/**
 * One account per role for a program's lead organization: `<role>@<program>.demo`. The display name
 * is the person's name alone; the interface names the role from the membership in the reader's language.
 */
export function staffForEveryRole(
  domain: string,
  people: Record<Role, string>,
  locale: 'fr' | 'en',
): DemoStaff[] {
  return (Object.keys(people) as Role[]).map((role) => ({
    email: `${emailPrefix[role]}@${domain}.demo`,
    displayName: people[role],
    role,
    locale,
  }));
}
