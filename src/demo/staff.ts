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

const roleNames: Record<Role, { fr: string; en: string }> = {
  counselor: { fr: 'Conseillère', en: 'Counselor' },
  program_referent: { fr: 'Référente du programme', en: 'Program referent' },
  coordinator: { fr: 'Coordinatrice', en: 'Coordinator' },
  director: { fr: 'Directeur', en: 'Director' },
  administrator: { fr: 'Administratrice', en: 'Administrator' },
  funder: { fr: 'Financeur', en: 'Funder' },
};

const emailPrefix: Record<Role, string> = {
  counselor: 'counselor',
  program_referent: 'referent',
  coordinator: 'coordinator',
  director: 'director',
  administrator: 'admin',
  funder: 'funder',
};

/** One account per role for a program's lead organization: `<role>@<program>.demo`. */
export function staffForEveryRole(
  domain: string,
  people: Record<Role, string>,
  locale: 'fr' | 'en',
): DemoStaff[] {
  return (Object.keys(people) as Role[]).map((role) => ({
    email: `${emailPrefix[role]}@${domain}.demo`,
    displayName: `${people[role]} (${roleNames[role][locale]})`,
    role,
    locale,
  }));
}
