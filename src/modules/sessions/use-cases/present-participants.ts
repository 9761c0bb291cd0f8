import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { waitlistRank } from '../domain/waitlist.js';

interface EnrolmentRow {
  id: string;
  participantKind: 'person' | 'staff';
  personId: string | null;
  userId: string | null;
  participantOrganizationId: string;
  status: 'enrolled' | 'waitlisted' | 'withdrawn';
  requestedAt: Date;
}

/**
 * Names for a roster. A person enrolled by a partner organization was shared with the organizer with
 * their consent (checked at enrolment); their name is read through the people module, in the
 * organization that follows them.
 */
export async function presentParticipants(db: Executor, actor: Actor, rows: readonly EnrolmentRow[]) {
  const [staffNames, organizations, people] = await Promise.all([
    accountsApi(db).displayNames(rows.flatMap((r) => (r.userId ? [r.userId] : []))),
    organizationsApi(db).listOrganizations([...new Set(rows.map((r) => r.participantOrganizationId))]),
    Promise.all(
      rows.map((r) => (r.personId ? personSummary(db, r.personId, r.participantOrganizationId) : undefined)),
    ),
  ]);
  const organizationName = new Map(organizations.map((o) => [o.id, o.name]));
  const holders = rows.map((r) => ({ id: r.id, status: r.status, requestedAt: r.requestedAt.toISOString() }));
  return rows.map((r, index) => {
    const person = people[index];
    return {
      enrolmentId: r.id,
      kind: r.participantKind,
      personId: r.personId,
      userId: r.userId,
      name: person
        ? `${person.givenName} ${person.familyName}`
        : r.userId
          ? (staffNames.get(r.userId) ?? '')
          : '',
      organizationName: organizationName.get(r.participantOrganizationId) ?? '',
      status: r.status,
      waitlistRank: waitlistRank(holders, r.id),
      mine: r.participantOrganizationId === actor.organizationId,
    };
  });
}
