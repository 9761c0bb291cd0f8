import { z } from 'zod';
import { type Actor, requireActor, requireRole } from '../../../core/auth/actor.js';
import { figuresRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { DEFAULT_TIME_ZONE } from '../../../core/time-zone.js';
import { organizationsApi } from '../../organizations/api.js';
import { programForFigures } from '../../programs/api.js';
import { templatesRepository } from '../adapters/templates-repository.js';
import { standardTemplateOf } from '../domain/catalogue.js';
import type { ReportDefinition } from '../domain/template.js';
import { reportErrors } from '../errors.js';

/**
 * What a reader of a program's reports may read: the program (taking part in it), the member
 * organizations whose people are counted (all when it steers the program, else its own), the reader's
 * today and the program's time zone and country (days of attendance, working language).
 */
export async function reportAccess(
  db: Executor,
  ctxActor: Parameters<typeof requireActor>[0],
  programId: string,
  now: Date,
) {
  const actor: Actor = requireActor(ctxActor);
  requireRole(actor, figuresRoles);
  const program = await programForFigures(db, actor, programId);
  if (!program) throw reportErrors.programNotFound();
  const organizations = program.steers
    ? program.organizations
    : program.organizations.filter((o) => o.id === actor.organizationId);
  const orgs = organizationsApi(db);
  const [today, owner] = await Promise.all([
    orgs.todayOf(actor.organizationId, now),
    orgs.findOrganization(program.organizationId),
  ]);
  return {
    actor,
    program,
    organizations,
    today,
    timeZone: owner?.timeZone ?? DEFAULT_TIME_ZONE,
    country: owner?.country ?? null,
    audience: actor.role === 'funder' ? ('funder' as const) : ('staff' as const),
  };
}
export type ReportAccess = Awaited<ReturnType<typeof reportAccess>>;

export interface ResolvedTemplate {
  /** The standard template's key or the saved template's id. */
  ref: string;
  source: 'standard' | 'saved';
  /** The saved template's version (each save bumps it); null for a standard one. */
  version: number | null;
  organizationId: string | null;
  basedOn: string | null;
  definition: ReportDefinition;
}

/** A standard template by key, or a copy saved for this program by one of its organizations. */
export async function resolveTemplate(
  db: Executor,
  access: ReportAccess,
  ref: string,
): Promise<ResolvedTemplate> {
  const standard = standardTemplateOf(ref);
  if (standard)
    return {
      ref,
      source: 'standard',
      version: null,
      organizationId: null,
      basedOn: null,
      definition: standard.definition,
    };
  if (!z.uuid().safeParse(ref).success) throw reportErrors.templateNotFound();
  const saved = await templatesRepository(db).find(ref);
  const participants = new Set(access.program.organizations.map((o) => o.id));
  if (!saved || saved.programId !== access.program.id || !participants.has(saved.organizationId))
    throw reportErrors.templateNotFound();
  return {
    ref,
    source: 'saved',
    version: saved.version,
    organizationId: saved.organizationId,
    basedOn: saved.basedOn,
    definition: saved.definition,
  };
}
