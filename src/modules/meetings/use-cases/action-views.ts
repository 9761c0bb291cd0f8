import type { z } from 'zod';
import type { meetingAction } from '../../../contracts/meetings.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { type ActionRecord, actionsRepository } from '../adapters/actions-repository.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { isOverdue } from '../domain/actions.js';
import { meetingRoles, runs } from './meeting-access.js';

export type ActionView = z.output<typeof meetingAction>;

/** May the actor change the action's status: who runs the meetings, or staff of the owning organization. */
export const mayUpdateAction = (actor: Actor, action: ActionRecord, consortiumId: string) =>
  meetingRoles.includes(actor.role) &&
  (runs(actor, consortiumId) || action.ownerOrganizationId === actor.organizationId);

/** Actions as the pages show them: owner's name, the meeting that decided them, their history. */
export async function actionViews(
  db: Executor,
  actor: Actor,
  actions: readonly (ActionRecord & { consortiumId: string })[],
  today: string,
): Promise<ActionView[]> {
  if (actions.length === 0) return [];
  const repo = meetingsRepository(db);
  const changes = await actionsRepository(db).changesOf(actions.map((a) => a.id));
  const meetingIds = new Set<string>(actions.map((a) => a.meetingId));
  for (const change of changes) if (change.meetingId) meetingIds.add(change.meetingId);
  const heads = new Map((await repo.meetingHeads([...meetingIds])).map((m) => [m.id, m]));
  const head = (id: string | null) => {
    const found = id ? heads.get(id) : undefined;
    return found ? { id: found.id, title: found.title, startsAt: found.startsAt.toISOString() } : null;
  };
  const owners = new Map(
    (
      await organizationsApi(db).listOrganizations([...new Set(actions.map((a) => a.ownerOrganizationId))])
    ).map((o) => [o.id, o.name]),
  );
  const names = await accountsApi(db).displayNames([
    ...changes.map((c) => c.changedBy),
    ...actions.flatMap((a) => (a.ownerUserId ? [a.ownerUserId] : [])),
  ]);
  return actions.map((action) => ({
    id: action.id,
    title: action.title,
    owner: { id: action.ownerOrganizationId, name: owners.get(action.ownerOrganizationId) ?? '—' },
    ownerUser: action.ownerUserId
      ? { userId: action.ownerUserId, name: names.get(action.ownerUserId) ?? null }
      : null,
    ownerName: action.ownerName,
    dueOn: action.dueOn,
    status: action.status,
    overdue: isOverdue(action, today),
    decidedAt: head(action.meetingId) ?? { id: action.meetingId, title: '—', startsAt: '' },
    mayUpdate: mayUpdateAction(actor, action, action.consortiumId),
    history: changes
      .filter((c) => c.actionId === action.id)
      .map((c) => ({
        from: c.from,
        to: c.to,
        at: c.at.toISOString(),
        meeting: head(c.meetingId),
        note: c.note,
        changedBy: { userId: c.changedBy, name: names.get(c.changedBy) ?? null },
      })),
  }));
}
