import type { ContactFields } from '../adapters/details-repository.js';

const names = ['givenName', 'familyName', 'role', 'jobTitle', 'email', 'phone', 'active'] as const;

/** The names of the contact's fields that hold a value (the audit's details: names, never values). */
export function givenContactFields(fields: ContactFields): string[] {
  return names.filter((key) => key !== 'active' && fields[key] !== null);
}

export function changedContactFields(before: ContactFields, after: ContactFields): string[] {
  return names.filter((key) => before[key] !== after[key]);
}
