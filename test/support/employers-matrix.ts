import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { employerReadRoles, employerWriteRoles } from '../../src/modules/employers/api.js';
import { addCommitment } from '../../src/modules/employers/use-cases/add-commitment.js';
import { addContact } from '../../src/modules/employers/use-cases/add-contact.js';
import { addSite } from '../../src/modules/employers/use-cases/add-site.js';
import { createEmployer } from '../../src/modules/employers/use-cases/create-employer.js';

/**
 * The authorization matrix's rows for the employers directory, with the records they act on: an
 * employer of the matrix's organization (not shared), a site per writing role (each removes its own),
 * a contact and a commitment. Reading is for the staff who work with files, writing for those who
 * follow people; another organization's staff find nothing (404).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

const staffOf = new Map<Role, Staff>();
const siteOf = new Map<Role, string>();
let employerId = '';
let contactId = '';
let commitmentId = '';

export const employersScene = {
  /** Called for each staff member of the matrix's organization. */
  addStaff(role: Role, staff: Staff) {
    staffOf.set(role, staff);
  },
  async prepare(deps: Deps) {
    const counselor = staffOf.get('counselor')!;
    employerId = (await createEmployer(deps)(counselor, { name: 'Clinique des Minimes', country: 'FR' })).id;
    for (const role of employerWriteRoles)
      siteOf.set(
        role,
        (await addSite(deps)(counselor, { employerId, name: `Site ${role}`, city: 'Toulouse' })).id,
      );
    contactId = (
      await addContact(deps)(counselor, { employerId, givenName: 'Léa', familyName: 'Matrix', role: 'hr' })
    ).id;
    commitmentId = (
      await addCommitment(deps)(counselor, {
        employerId,
        commitment: { kind: 'pathway', field: 'health_care', madeOn: '2026-01-05' },
      })
    ).id;
  },
};

const readers = employerReadRoles;
const writers = employerWriteRoles;
const siteFor = (role: Role) => siteOf.get(role) ?? siteOf.get('counselor');
const today = () => new Date().toISOString().slice(0, 10);

export const employersRows = [
  {
    name: 'list and search employers',
    method: 'GET',
    url: () => '/api/employers?q=clinique&kind=all',
    allowed: readers,
    otherOrganization: 'own_data',
  },
  {
    name: 'add an employer',
    method: 'POST',
    url: () => '/api/employers',
    body: () => ({ name: `Employeur ${Math.random()}`, country: 'FR', sizeBand: '10-49' }),
    allowed: writers,
    otherOrganization: 'own_data',
  },
  {
    name: 'read an employer',
    method: 'GET',
    url: () => `/api/employers/${employerId}`,
    allowed: readers,
    otherOrganization: 'not_found',
  },
  {
    name: 'change an employer',
    method: 'PUT',
    url: () => `/api/employers/${employerId}`,
    body: () => ({ name: 'Clinique des Minimes', country: 'FR', sizeBand: '50-249' }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: "add an employer's site",
    method: 'POST',
    url: () => `/api/employers/${employerId}/sites`,
    body: () => ({ name: 'Annexe', postalCode: '31000', city: 'Toulouse' }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: "change an employer's site",
    method: 'PUT',
    url: (role: Role) => `/api/employers/${employerId}/sites/${siteFor(role)}`,
    body: () => ({ name: 'Site principal', city: 'Toulouse' }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: "remove an employer's site",
    method: 'DELETE',
    url: (role: Role) => `/api/employers/${employerId}/sites/${siteFor(role)}`,
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: 'add a contact at an employer',
    method: 'POST',
    url: () => `/api/employers/${employerId}/contacts`,
    body: () => ({ givenName: 'Paul', familyName: 'Matrix', role: 'tutor' }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a contact at an employer',
    method: 'PUT',
    url: () => `/api/employers/${employerId}/contacts/${contactId}`,
    body: () => ({ givenName: 'Léa', familyName: 'Matrix', role: 'hiring_manager', active: true }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: "record an employer's commitment",
    method: 'POST',
    url: () => `/api/employers/${employerId}/commitments`,
    body: () => ({
      kind: 'hiring_pledge',
      hires: 3,
      periodStart: today(),
      periodEnd: today(),
      madeOn: today(),
    }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: "move an employer's commitment on",
    method: 'PUT',
    url: () => `/api/employers/${employerId}/commitments/${commitmentId}/status`,
    body: () => ({ status: 'in_progress' }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: 'record an exchange with an employer',
    method: 'POST',
    url: () => `/api/employers/${employerId}/engagements`,
    body: () => ({ kind: 'call', occurredOn: today(), summary: 'Point sur les stages' }),
    allowed: writers,
    otherOrganization: 'not_found',
  },
  {
    name: "read an employer's engagement history",
    method: 'GET',
    url: () => `/api/employers/${employerId}/engagements?page=1`,
    allowed: readers,
    otherOrganization: 'not_found',
  },
] as const;
