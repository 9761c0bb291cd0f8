import type { Actor } from '../../../core/auth/actor.js';
import { requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { type EmployerRecord, employersRepository } from '../adapters/employers-repository.js';
import { employerReadRoles, employerWriteRoles } from '../domain/employer-roles.js';
import { employerErrors } from '../errors.js';

/**
 * The other organizations of the consortia an organization belongs to or coordinates: their employers
 * shared with the consortium are readable (not writable) by it.
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

/** The consortia an organization may name as an SIAE's: those it belongs to or coordinates. */
export async function consortiaOf(
  db: Executor,
  organizationId: string,
): Promise<{ id: string; name: string }[]> {
  return (await organizationsApi(db).consortiaOfOrganization(organizationId)).map((c) => ({
    id: c.id,
    name: c.name,
  }));
}

/** Whether an organization reads an employer: its own, or one a consortium partner shares. */
export async function readableBy(
  db: Executor,
  employer: EmployerRecord,
  organizationId: string,
): Promise<boolean> {
  if (employer.organizationId === organizationId) return true;
  return (
    employer.sharedWithConsortium && (await partnersOf(db, organizationId)).includes(employer.organizationId)
  );
}

/**
 * An employer the actor reads, and whether their organization owns it. Another organization's
 * employer that is not shared with one of the actor's consortia answers as if it did not exist (404).
 */
export async function readableEmployer(
  db: Executor,
  actor: Actor,
  employerId: string,
  lock = false,
): Promise<{ employer: EmployerRecord; owned: boolean }> {
  requireRole(actor, employerReadRoles);
  const employer = await employersRepository(db).find(employerId, lock);
  if (!employer || !(await readableBy(db, employer, actor.organizationId)))
    throw employerErrors.employerNotFound();
  return { employer, owned: employer.organizationId === actor.organizationId };
}

/**
 * An employer of the actor's organization, locked for the change that follows. A shared one is read
 * only: EMPLOYER_SHARED_READ_ONLY (403), naming the organization to ask.
 */
export async function writableEmployer(
  db: Executor,
  actor: Actor,
  employerId: string,
): Promise<EmployerRecord> {
  requireRole(actor, employerWriteRoles);
  const { employer, owned } = await readableEmployer(db, actor, employerId, true);
  if (!owned) {
    const [owner] = await organizationsApi(db).listOrganizations([employer.organizationId]);
    throw employerErrors.readOnly({ organization: owner?.name ?? '—' });
  }
  return employer;
}
