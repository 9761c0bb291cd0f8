import type { HandoffView } from '../../../contracts/handoffs.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { consentReader, personSummary, sharedFileOf } from '../../people/api.js';
import { programNames } from '../../programs/api.js';
import {
  type HandoffMemberRow,
  type HandoffRow,
  handoffsRepository,
} from '../adapters/handoffs-repository.js';
import { allowedActions } from '../domain/handoff-rules.js';
import { sideOf } from './handoff-access.js';

/**
 * Hand-offs as the reader's organization sees them. The person is named from the reader's own file
 * (the sender's, or the receiver's once accepted); before that, the receiver knows who they are only
 * while a consent in force covers their identity — otherwise the hand-off shows without a name.
 */
/** A receiver told who a person is under their consent: the read to audit, under that consent. */
export interface IdentityRead {
  handoff: HandoffRow;
  consentId: string;
  /** The sender's file read: a member of the household handed over with the person (else the person). */
  personId?: string;
}

export async function presentHandoffs(
  db: Executor,
  readerOrganizationId: string,
  rows: readonly HandoffRow[],
  now: Date,
  identityReads: IdentityRead[] = [],
): Promise<HandoffView[]> {
  if (rows.length === 0) return [];
  const organizations = organizationsApi(db);
  const orgNames = new Map<string, string>();
  for (const id of new Set(rows.flatMap((r) => [r.organization_id, r.receiver_organization_id])))
    orgNames.set(id, (await organizations.findOrganization(id))?.name ?? '');
  const userIds = rows.flatMap((r) =>
    [r.proposed_by, r.decided_by, r.receiver_referent_user_id].filter((u): u is string => u !== null),
  );
  const names = await accountsApi(db).displayNames([...new Set(userIds)]);
  const reader = await consentReader(db, readerOrganizationId);
  const todayOf = (organizationId: string) => organizations.todayOf(organizationId, now);
  const members = await handoffsRepository(db).membersOf(rows.map((r) => r.id));
  const views: HandoffView[] = [];
  for (const row of rows) {
    const side = sideOf(row, readerOrganizationId);
    const person = await personOf(db, row, side, reader, todayOf, identityReads);
    const handedWith: HandoffView['members'] = [];
    for (const member of members.filter((m) => m.handoff_id === row.id))
      handedWith.push({
        senderPersonId: member.person_id,
        receiverPersonId: side === 'receiver' ? member.receiver_person_id : null,
        relation: member.relation,
        person: await memberOf(db, row, member, side, reader, todayOf, identityReads),
      });
    const program = row.program_id ? await programNames(db, row.program_id) : undefined;
    views.push({
      id: row.id,
      direction: side === 'sender' ? 'sent' : 'received',
      status: row.status,
      reason: row.reason,
      message: row.message,
      proposedAt: row.proposed_at.toISOString(),
      proposedByName: names.get(row.proposed_by) ?? '',
      sender: { id: row.organization_id, name: orgNames.get(row.organization_id) ?? '' },
      receiver: { id: row.receiver_organization_id, name: orgNames.get(row.receiver_organization_id) ?? '' },
      person,
      senderPersonId: row.person_id,
      receiverPersonId: side === 'receiver' ? row.receiver_person_id : null,
      program: program ?? null,
      decidedAt: row.decided_at?.toISOString() ?? null,
      decidedByName: row.decided_by ? (names.get(row.decided_by) ?? '') : null,
      declineReason: row.decline_reason,
      declineNote: row.decline_note,
      receiverReferentName: row.receiver_referent_user_id
        ? (names.get(row.receiver_referent_user_id) ?? '')
        : null,
      members: handedWith,
      actions: [...allowedActions(row.status, side)],
    });
  }
  return views;
}

async function personOf(
  db: Executor,
  row: HandoffRow,
  side: 'sender' | 'receiver',
  reader: Awaited<ReturnType<typeof consentReader>>,
  todayOf: (organizationId: string) => Promise<string>,
  identityReads: IdentityRead[],
) {
  const own =
    side === 'sender'
      ? await personSummary(db, row.person_id, row.organization_id)
      : row.receiver_person_id
        ? await personSummary(db, row.receiver_person_id, row.receiver_organization_id)
        : undefined;
  const identity =
    own ?? (side === 'receiver' ? await sharedIdentity(db, row, reader, todayOf, identityReads) : undefined);
  return identity
    ? { givenName: identity.givenName, familyName: identity.familyName, birthDate: identity.birthDate }
    : null;
}

async function sharedIdentity(
  db: Executor,
  row: HandoffRow,
  reader: Awaited<ReturnType<typeof consentReader>>,
  todayOf: (organizationId: string) => Promise<string>,
  identityReads: IdentityRead[],
  personId = row.person_id,
) {
  const shared = await sharedFileOf(db, personId, reader, todayOf);
  const consent = shared?.sections.get('identity');
  if (!shared || !consent) return undefined;
  identityReads.push({ handoff: row, consentId: consent.id, personId });
  return shared.identity;
}

/** A member handed over with the person, named as the person is (own file, else under their consent). */
async function memberOf(
  db: Executor,
  row: HandoffRow,
  member: HandoffMemberRow,
  side: 'sender' | 'receiver',
  reader: Awaited<ReturnType<typeof consentReader>>,
  todayOf: (organizationId: string) => Promise<string>,
  identityReads: IdentityRead[],
) {
  const own =
    side === 'sender'
      ? await personSummary(db, member.person_id, row.organization_id)
      : member.receiver_person_id
        ? await personSummary(db, member.receiver_person_id, row.receiver_organization_id)
        : undefined;
  const identity =
    own ??
    (side === 'receiver'
      ? await sharedIdentity(db, row, reader, todayOf, identityReads, member.person_id)
      : undefined);
  return identity
    ? { givenName: identity.givenName, familyName: identity.familyName, birthDate: identity.birthDate }
    : null;
}
