import type { Actor } from '../../../core/auth/actor.js';
import { hasRole } from '../../../core/auth/actor.js';
import { type Role, sensitiveDataRoles } from '../../../core/auth/roles.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import type { Deps } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { type DocumentRecord, documentsRepository } from '../adapters/documents-repository.js';
import { type DocumentType, isSensitiveType } from '../domain/document-types.js';
import { documentErrors } from '../errors.js';

/** Staff who work with people's files. Funders and administrators never read documents. */
export const documentStaffRoles: readonly Role[] = [
  'counselor',
  'program_referent',
  'coordinator',
  'director',
];

export function requireKeyRing(deps: Deps): KeyRing {
  if (!deps.keyRing) throw documentErrors.encryptionNotConfigured();
  return deps.keyRing;
}

export function mayHandleType(actor: Actor, type: DocumentType): boolean {
  return !isSensitiveType(type) || hasRole(actor, sensitiveDataRoles);
}

/** The person, when the actor's organization follows them; reported as not found otherwise. */
export async function requireFollowedPerson(db: Executor, actor: Actor, personId: string): Promise<void> {
  if (!(await personSummary(db, personId, actor.organizationId))) throw documentErrors.personNotFound();
}

/**
 * A live document of a person the actor's organization follows, of a type the actor may see.
 * Anything else is not found, so that the existence of a document never leaks.
 */
export async function visibleDocument(
  db: Executor,
  actor: Actor,
  documentId: string,
  lock = false,
): Promise<DocumentRecord> {
  const document = await documentsRepository(db).find(documentId, actor.organizationId, lock);
  if (!document || !mayHandleType(actor, document.type)) throw documentErrors.notFound();
  if (!(await personSummary(db, document.personId, actor.organizationId))) throw documentErrors.notFound();
  if (document.deletedAt) throw documentErrors.alreadyDeleted();
  return document;
}
