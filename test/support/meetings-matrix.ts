import type { RequestContext } from '../../src/core/auth/actor.js';
import { followUpRoles, type Role, roles } from '../../src/core/auth/roles.js';
import type { Db } from '../../src/core/db/types.js';
import type { Deps } from '../../src/core/use-case.js';
import { addAction } from '../../src/modules/meetings/use-cases/add-action.js';
import { createMeeting } from '../../src/modules/meetings/use-cases/create-meeting.js';
import { givenConsortium, givenOrganization } from './fixtures.js';

/**
 * The authorization matrix's rows for a consortium's meetings. The organization of the matrix
 * coordinates a consortium of two members (none of them the other organization of the matrix); each
 * role has its own action, so that every allowed role changes a status it has not set yet.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

let coordinator: Staff | undefined;
let consortiumId = '';
let members: string[] = [];
let meetingId = '';
const actions = new Map<Role, string>();

const meeting = () => ({
  consortiumId,
  kind: 'steering' as const,
  title: 'Comité de pilotage',
  startsAt: '2026-03-03T09:30:00+01:00',
  agenda: ['Chiffres du mois'],
  invitedOrganizationIds: members,
});

export const meetingsScene = {
  addStaff(role: Role, staff: Staff) {
    if (role === 'coordinator') coordinator = staff;
  },
  async prepare(deps: Deps, db: Db, organizationId: string) {
    if (!coordinator) throw new Error('the matrix has no coordinator');
    members = [(await givenOrganization(db)).id, (await givenOrganization(db)).id];
    consortiumId = (await givenConsortium(db, organizationId, members)).id;
    // The context was built before the consortium existed.
    const runner = {
      ...coordinator,
      actor: { ...coordinator.actor, coordinatedConsortiumIds: [consortiumId] },
    };
    meetingId = (await createMeeting(deps)(runner, meeting())).id;
    for (const role of roles)
      actions.set(
        role,
        (
          await addAction(deps)(runner, {
            meetingId,
            title: `Action ${role}`,
            ownerOrganizationId: members[0]!,
            dueOn: '2026-03-20',
          })
        ).id,
      );
  },
};

const runners: readonly Role[] = ['coordinator', 'director'];

export const meetingsRows = [
  {
    name: "list the consortia's meetings",
    method: 'GET',
    url: () => '/api/meetings',
    allowed: followUpRoles,
    otherOrganization: 'own_data',
  },
  {
    name: 'plan a meeting of a consortium',
    method: 'POST',
    url: () => '/api/meetings',
    body: () => ({ ...meeting(), startsAt: '2026-04-07T09:30:00+02:00' }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: 'read a meeting',
    method: 'GET',
    url: () => `/api/meetings/${meetingId}`,
    allowed: followUpRoles,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a meeting',
    method: 'PUT',
    url: () => `/api/meetings/${meetingId}`,
    body: () => ({ ...meeting(), consortiumId: undefined, kind: undefined, place: 'Bordeaux' }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: "record a meeting's attendance",
    method: 'PUT',
    url: () => `/api/meetings/${meetingId}/attendance`,
    body: () => ({ attendance: [{ organizationId: members[0], status: 'present', guests: ['Bruno'] }] }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: 'name the partner-directory contacts who attended a meeting',
    method: 'PUT',
    url: () => `/api/meetings/${meetingId}/partner-attendees`,
    body: () => ({ contactIds: [] }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: "write a meeting's minutes",
    method: 'PUT',
    url: () => `/api/meetings/${meetingId}/minutes`,
    body: () => ({ minutes: 'Compte rendu', decisions: ['Décision'] }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: 'decide an action at a meeting',
    method: 'POST',
    url: () => `/api/meetings/${meetingId}/actions`,
    body: () => ({ title: 'Relancer', ownerOrganizationId: members[1] }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: 'attach a document to a meeting',
    method: 'POST',
    url: () => `/api/meetings/${meetingId}/documents`,
    body: () => ({ title: 'Tableau de bord', url: 'https://drive.example.org/tableau' }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: "change an action's status",
    method: 'POST',
    url: (role: Role) => `/api/meeting-actions/${actions.get(role)}/status`,
    body: () => ({ status: 'done' }),
    allowed: runners,
    otherOrganization: 'not_found',
  },
  {
    name: 'open actions across members',
    method: 'GET',
    url: () => '/api/meeting-actions?overdue=false',
    allowed: followUpRoles,
    otherOrganization: 'own_data',
  },
] as const;
