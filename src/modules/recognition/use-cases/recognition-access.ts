import {
  type Actor,
  hasRole,
  type RequestContext,
  requireActor,
  requireRole,
} from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { type CaseRecord, type CaseStepRecord, casesRepository } from '../adapters/cases-repository.js';
import { type PathwayRecord, pathwaysRepository } from '../adapters/pathways-repository.js';
import { caseStatusOf } from '../domain/case-rules.js';
import { caseRoles, catalogueEditorRoles, catalogueReaderRoles } from '../domain/vocabulary.js';
import { recognitionErrors } from '../errors.js';

export function actorWith(ctx: RequestContext, roles: Parameters<typeof requireRole>[1]): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, roles);
  return actor;
}

/**
 * The other organizations of the consortia an organization belongs to or coordinates: their pathways
 * shared with the consortium are readable (not writable) by it, as employers are.
 */
export async function partnersOf(db: Executor, organizationId: string): Promise<string[]> {
  const organizations = organizationsApi(db);
  const consortia = await organizations.consortiaOfOrganization(organizationId);
  const members = await Promise.all(consortia.map((c) => organizations.consortiumMembers(c.id)));
  const partners = new Set([
    ...consortia.map((c) => c.coordinatingOrganizationId),
    ...members.flat().map((o) => o.id),
  ]);
  partners.delete(organizationId);
  return [...partners];
}

/** A pathway the organization reads: its own, or a partner's shared one; anything else is not found. */
export async function visiblePathway(
  db: Executor,
  actor: Actor,
  pathwayId: string,
  lock = false,
): Promise<PathwayRecord> {
  const pathway = await pathwaysRepository(db).find(pathwayId, lock);
  if (!pathway) throw recognitionErrors.pathwayNotFound();
  if (pathway.organizationId === actor.organizationId) return pathway;
  if (
    pathway.sharedWithConsortium &&
    (await partnersOf(db, actor.organizationId)).includes(pathway.organizationId)
  )
    return pathway;
  throw recognitionErrors.pathwayNotFound();
}

/** Whether the actor may change the pathway: the owner's working group (its program administrators). */
export function mayEdit(actor: Actor, pathway: Pick<PathwayRecord, 'organizationId'>): boolean {
  return pathway.organizationId === actor.organizationId && hasRole(actor, catalogueEditorRoles);
}

/**
 * A pathway the actor changes: readers who may not are refused plainly (403) — a partner's shared
 * pathway is read-only —, a pathway they do not read is not found.
 */
export async function editablePathway(db: Executor, ctx: RequestContext, pathwayId: string) {
  const actor = actorWith(ctx, catalogueReaderRoles);
  const pathway = await visiblePathway(db, actor, pathwayId, true);
  if (pathway.organizationId !== actor.organizationId) throw recognitionErrors.pathwayReadOnly();
  requireRole(actor, catalogueEditorRoles);
  return { actor, pathway };
}

/** The person, when the caller's organization follows them; not found otherwise. */
export async function followedPerson(db: Executor, actor: Actor, personId: string) {
  const person = await personSummary(db, personId, actor.organizationId);
  if (!person) throw recognitionErrors.personNotFound();
  return person;
}

/** A case of the caller's organization whose person it still follows; locked when it is about to change. */
export async function visibleCase(
  db: Executor,
  ctx: RequestContext,
  caseId: string,
  lock = false,
): Promise<{ actor: Actor; record: CaseRecord }> {
  const actor = actorWith(ctx, caseRoles);
  const record = await casesRepository(db).find(caseId, actor.organizationId, lock);
  if (!record || !(await personSummary(db, record.personId, actor.organizationId)))
    throw recognitionErrors.caseNotFound();
  return { actor, record };
}

/** A case that may still change: open (no result, not closed). */
export async function openCase(db: Executor, ctx: RequestContext, caseId: string) {
  const found = await visibleCase(db, ctx, caseId, true);
  if (caseStatusOf(found.record) !== 'open') throw recognitionErrors.caseNotOpen();
  const steps = await casesRepository(db).stepsOf([caseId]);
  return { ...found, steps };
}

export type { CaseStepRecord };
