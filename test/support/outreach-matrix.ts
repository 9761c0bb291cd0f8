import type { RequestContext } from '../../src/core/auth/actor.js';
import { personDataRoles, type Role, roles } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { closeLead } from '../../src/modules/outreach/use-cases/close-lead.js';
import { recordLead } from '../../src/modules/outreach/use-cases/record-lead.js';

/**
 * The authorization matrix's rows for outreach (repérage). Each role has its own leads — one open to
 * change, try and close, one closed to reopen — so that every allowed role meets the same state.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

interface RoleScene {
  open: string;
  toClose: string;
  closed: string;
}

let counselor: Staff | undefined;
let programId = '';
let personId = '';
const scenes = new Map<Role, RoleScene>();
const lead = (givenName: string) => ({
  metOn: '2026-02-02',
  source: 'partner_referral' as const,
  partnerKind: 'asylum_housing' as const,
  partnerName: 'CADA',
  givenName,
});

export const outreachScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'counselor') counselor = staff;
  },
  async prepare(deps: Deps, program: string, person: string) {
    if (!counselor) throw new Error('the matrix has no counselor');
    programId = program;
    personId = person;
    for (const role of roles) {
      const tag = role.replace('_', '');
      const open = (await recordLead(deps)(counselor, lead(`Open${tag}`))).id;
      const toClose = (await recordLead(deps)(counselor, lead(`Close${tag}`))).id;
      const closed = (await recordLead(deps)(counselor, lead(`Closed${tag}`))).id;
      await closeLead(deps)(counselor, {
        leadId: closed,
        outcome: 'not_interested',
        outcomeOn: '2026-02-03',
      });
      scenes.set(role, { open, toClose, closed });
    }
  },
};

const of = (role: Role) => scenes.get(role) as RoleScene;

export const outreachRows = [
  {
    name: "list the organization's leads",
    method: 'GET',
    url: () => '/api/outreach/leads?state=all',
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'record a lead',
    method: 'POST',
    url: () => '/api/outreach/leads',
    body: () => lead('New'),
    allowed: personDataRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a lead',
    method: 'GET',
    url: (role: Role) => `/api/outreach/leads/${of(role).open}`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'correct a lead',
    method: 'PUT',
    url: (role: Role) => `/api/outreach/leads/${of(role).open}`,
    body: () => ({ ...lead('Corrected'), phone: '+33 6 00 00 00 00' }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record an attempt to reach a lead',
    method: 'POST',
    url: (role: Role) => `/api/outreach/leads/${of(role).open}/attempts`,
    body: () => ({ attemptedAt: '2026-02-04T10:00:00+01:00', channel: 'phone', reached: false }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'close a lead',
    method: 'POST',
    url: (role: Role) => `/api/outreach/leads/${of(role).toClose}/close`,
    body: () => ({ outcome: 'unreachable', outcomeOn: '2026-02-10' }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'link a lead to a file (refused while the person has no enrolment)',
    method: 'POST',
    url: (role: Role) => `/api/outreach/leads/${of(role).open}/convert`,
    body: () => ({ personId }),
    allowed: personDataRoles,
    otherOrganization: 'not_found',
    alsoAllowedStatus: 409,
  },
  {
    name: 'reopen a closed lead',
    method: 'POST',
    url: (role: Role) => `/api/outreach/leads/${of(role).closed}/reopen`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "a program's repérage figures",
    method: 'GET',
    url: () => `/api/programs/${programId}/outreach-figures?from=2026-01-01&to=2026-12-31`,
    allowed: personDataRoles,
    otherOrganization: 'not_found',
  },
] as const;
