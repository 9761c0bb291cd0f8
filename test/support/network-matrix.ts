import type { RequestContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { bulletinRoles, networkRoles } from '../../src/modules/network/api.js';
import { addContact } from '../../src/modules/network/use-cases/add-contact.js';
import { addSubscriber } from '../../src/modules/network/use-cases/add-subscriber.js';
import { createConvening } from '../../src/modules/network/use-cases/create-convening.js';
import { createPartner } from '../../src/modules/network/use-cases/create-partner.js';
import { registerForConvening } from '../../src/modules/network/use-cases/register-for-convening.js';

/**
 * The authorization matrix's rows for the partner network: a partner with a contact, a convening with a
 * registration, a subscriber. Network routes are for the staff who work with files, the bulletin's
 * mailing list and sending for those who steer; another organization's staff find nothing (404).
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let coordinator: Staff | undefined;
let partnerId = '';
let contactId = '';
let conveningId = '';
let registrationId = '';
let subscriberId = '';
let emails = 0;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

export const networkScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'coordinator') coordinator = staff;
  },
  async prepare(deps: Deps) {
    if (!coordinator) throw new Error('the matrix has no coordinator');
    partnerId = (await createPartner(deps)(coordinator, { name: 'Matrix partner', kind: 'association' })).id;
    contactId = (await addContact(deps)(coordinator, { partnerId, body: { name: 'Léa Matrix' } })).id;
    conveningId = (await createConvening(deps)(coordinator, { title: 'Matrix forum', startsAt: inAMonth() }))
      .id;
    registrationId = (
      await registerForConvening(deps)(coordinator, { conveningId, body: { name: 'Matrix guest' } })
    ).id;
    subscriberId = (
      await addSubscriber(deps)(coordinator, {
        email: 'matrix@example.org',
        consentedOn: '2026-01-05',
        consentSource: 'staff',
        consentWording: 'Oui',
      })
    ).id;
  },
};

const partner = { name: 'Partner', kind: 'association' };
const subscriber = () => ({
  email: `subscriber-${++emails}@example.org`,
  consentedOn: '2026-01-05',
  consentSource: 'staff',
  consentWording: 'Oui',
});

export const networkRows = [
  {
    name: 'list the partner network',
    method: 'GET',
    url: () => '/api/network/partners?kind=association',
    allowed: networkRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'add a partner',
    method: 'POST',
    url: () => '/api/network/partners',
    body: () => partner,
    allowed: networkRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a partner',
    method: 'GET',
    url: () => `/api/network/partners/${partnerId}`,
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a partner',
    method: 'PUT',
    url: () => `/api/network/partners/${partnerId}`,
    body: () => ({ ...partner, name: 'Matrix partner', area: 'Nord' }),
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "add a partner's contact",
    method: 'POST',
    url: () => `/api/network/partners/${partnerId}/contacts`,
    body: () => ({ name: 'New contact' }),
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "change a partner's contact",
    method: 'PUT',
    url: () => `/api/network/partner-contacts/${contactId}`,
    body: () => ({ name: 'Léa Matrix', role: 'Director' }),
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'record an exchange with a partner',
    method: 'POST',
    url: () => `/api/network/partners/${partnerId}/engagements`,
    body: () => ({ occurredOn: '2026-01-10', kind: 'call', summary: 'Call' }),
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'list convenings',
    method: 'GET',
    url: () => '/api/network/convenings',
    allowed: networkRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'plan a convening',
    method: 'POST',
    url: () => '/api/network/convenings',
    body: () => ({ title: 'Forum', startsAt: inAMonth() }),
    allowed: networkRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'read a convening',
    method: 'GET',
    url: () => `/api/network/convenings/${conveningId}`,
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a convening',
    method: 'PUT',
    url: () => `/api/network/convenings/${conveningId}`,
    body: () => ({ title: 'Matrix forum', startsAt: inAMonth(), place: 'Hall' }),
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'register someone for a convening',
    method: 'POST',
    url: () => `/api/network/convenings/${conveningId}/registrations`,
    body: () => ({ name: `Guest ${++emails}` }),
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'mark attendance at a convening',
    method: 'PUT',
    url: () => `/api/network/convening-registrations/${registrationId}/attendance`,
    body: () => ({ attendance: 'present' }),
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "export a convening's attendance list",
    method: 'GET',
    url: () => `/api/network/convenings/${conveningId}/attendance-list?format=csv`,
    allowed: networkRoles,
    otherOrganization: 'not_found',
  },
  {
    name: "list the bulletin's subscribers",
    method: 'GET',
    url: () => '/api/network/subscribers?state=all',
    allowed: bulletinRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'add a subscriber',
    method: 'POST',
    url: () => '/api/network/subscribers',
    body: subscriber,
    allowed: bulletinRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'import subscribers (dry run)',
    method: 'POST',
    url: () => '/api/network/subscribers/import',
    body: () => ({
      csv: 'email,consented_on\nnew@example.org,2026-01-05\n',
      consentWording: 'Oui',
      dryRun: true,
    }),
    allowed: bulletinRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'unsubscribe a subscriber',
    method: 'POST',
    url: () => `/api/network/subscribers/${subscriberId}/unsubscribe`,
    allowed: bulletinRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'list the bulletins sent',
    method: 'GET',
    url: () => '/api/network/bulletins',
    allowed: bulletinRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'send a bulletin (refused while nobody is subscribed)',
    method: 'POST',
    url: () => '/api/network/bulletins',
    body: () => ({ subject: 'Bulletin', body: 'News' }),
    allowed: bulletinRoles,
    otherOrganization: 'own_data',
    alsoAllowedStatus: 409,
  },
] as const;
