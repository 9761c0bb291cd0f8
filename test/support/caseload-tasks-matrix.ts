import type { RequestContext } from '../../src/core/auth/actor.js';
import { personDataRoles, type Role } from '../../src/core/auth/roles.js';
import type { Deps } from '../../src/core/use-case.js';
import { saveView } from '../../src/modules/caseload/use-cases/save-view.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { createTask } from '../../src/modules/tasks/use-cases/create-task.js';

/**
 * The authorization matrix's rows for the caseload's saved views and actions on several people, and
 * for tasks, with the records they act on: one saved view per role (only its owner changes it), a
 * collective session, a person of their own (the matrix's person ends up restricted and anonymized)
 * and a task on that person.
 */
type Staff = RequestContext & { actor: NonNullable<RequestContext['actor']> };

const staffOf = new Map<Role, Staff>();
const viewOf = new Map<Role, string>();
let seriesId = '';
let personId = '';
let taskId = '';
let colleagueId = '';

export const caseloadTasksScene = {
  /** Called for each staff member of the matrix's organization. */
  addStaff(role: Role, staff: Staff) {
    staffOf.set(role, staff);
  },
  async prepare(deps: Deps, colleague: string) {
    colleagueId = colleague;
    for (const role of personDataRoles)
      viewOf.set(role, (await saveView(deps)(staffOf.get(role)!, { name: 'Matrix', filters: {} })).id);
    const coordinator = staffOf.get('coordinator')!;
    const type = await createSessionType(deps)(coordinator, {
      code: 'MATRIX',
      nameFr: 'Atelier',
      nameEn: 'Workshop',
      kind: 'workshop',
      audience: 'beneficiaries',
      language: 'fr',
      durationMinutes: 60,
      capacity: 10,
      mode: 'in_person',
    });
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
    seriesId = (
      await planSeries(deps)(coordinator, {
        sessionTypeId: type.id,
        title: 'Atelier',
        meetings: [{ startsAt: start }],
      })
    ).id;
    const counselor = staffOf.get('counselor')!;
    personId = (
      await createPerson(deps)(counselor, { identity: { givenName: 'Tariq', familyName: 'Matrix' } })
    ).id;
    taskId = (await createTask(deps)(counselor, { title: 'Call Tariq', dueOn: today(), personId })).id;
  },
};

const today = () => new Date().toISOString().slice(0, 10);
const personData = personDataRoles;
const sessionStaff: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

export const caseloadTasksRows = [
  {
    name: 'list saved caseload views',
    method: 'GET',
    url: () => '/api/caseload/views',
    allowed: personData,
    otherOrganization: 'own_data',
  },
  {
    name: 'save a caseload view',
    method: 'POST',
    url: () => '/api/caseload/views',
    body: () => ({ name: `View ${Math.random()}`, filters: { referent: 'me', sort: 'name' } }),
    allowed: personData,
    otherOrganization: 'own_data',
  },
  {
    name: 'rename and share one of my caseload views',
    method: 'PUT',
    url: (role: Role) => `/api/caseload/views/${viewOf.get(role) ?? viewOf.get('counselor')}`,
    body: () => ({ name: 'Renamed', shared: true }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'delete one of my caseload views',
    method: 'DELETE',
    url: (role: Role) => `/api/caseload/views/${viewOf.get(role) ?? viewOf.get('counselor')}`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'enrol several people in a collective session',
    method: 'POST',
    url: () => '/api/caseload/enrolments',
    body: () => ({ seriesId, personIds: [personId] }),
    allowed: sessionStaff,
    otherOrganization: 'not_found',
  },
  {
    // Another organization's staff are told its people are not theirs (skipped, not found).
    name: 'write to several people',
    method: 'POST',
    url: () => '/api/caseload/messages',
    body: () => ({ personIds: [personId], subject: 'Atelier', body: 'Bonjour {firstName}', preview: true }),
    allowed: sessionStaff,
    otherOrganization: 'own_data',
  },
  {
    name: 'list my tasks',
    method: 'GET',
    url: () => '/api/tasks?bucket=today',
    allowed: personData,
    otherOrganization: 'own_data',
  },
  {
    name: 'count my tasks',
    method: 'GET',
    url: () => '/api/tasks/counts',
    allowed: personData,
    otherOrganization: 'own_data',
  },
  {
    name: "list a person's tasks",
    method: 'GET',
    url: () => `/api/people/${personId}/tasks?include=all`,
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'create a task on a person',
    method: 'POST',
    url: () => '/api/tasks',
    body: () => ({ title: 'Follow up', dueOn: today(), personId }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'change a task',
    method: 'PUT',
    url: () => `/api/tasks/${taskId}`,
    body: () => ({ title: 'Call Tariq back', dueOn: today() }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'give a task to a colleague',
    method: 'PUT',
    url: () => `/api/tasks/${taskId}/assignee`,
    body: () => ({ assigneeUserId: colleagueId }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
  {
    name: 'mark a task done',
    method: 'PUT',
    url: () => `/api/tasks/${taskId}/done`,
    body: () => ({ done: true }),
    allowed: personData,
    otherOrganization: 'not_found',
  },
] as const;
