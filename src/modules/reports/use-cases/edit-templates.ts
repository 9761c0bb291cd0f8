import { z } from 'zod';
import { text } from '../../../contracts/primitives.js';
import { requireRole } from '../../../core/auth/actor.js';
import { programAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { templatesRepository } from '../adapters/templates-repository.js';
import { catalogue } from '../domain/catalogue.js';
import { definitionProblems } from '../domain/run-report.js';
import { type ReportDefinition, reportDefinition } from '../domain/template.js';
import { reportErrors } from '../errors.js';
import { presentTemplate } from './present.js';
import { type ReportAccess, reportAccess, resolveTemplate } from './report-access.js';

const templateRef = z.string().regex(/^[a-z0-9_-]{2,60}$/i);

function checkDefinition(definition: ReportDefinition) {
  const problems = definitionProblems(definition, catalogue);
  if (problems.length > 0) throw reportErrors.invalidDefinition(undefined, { problems });
}

/** Only the reader's own organization's copy, by a role that configures programs. */
async function ownCopy(access: ReportAccess, db: Parameters<typeof resolveTemplate>[0], ref: string) {
  requireRole(access.actor, programAdminRoles);
  const template = await resolveTemplate(db, access, ref);
  if (template.source !== 'saved' || template.organizationId !== access.actor.organizationId)
    throw reportErrors.templateNotYours();
  return template;
}

/**
 * Copies a standard template, or a copy saved by one of the program's organizations, for the reader's
 * organization: the coordinator then changes it. Audited.
 */
export const copyReportTemplate = defineUseCase(
  z.object({
    programId: z.uuid(),
    from: templateRef,
    name: z.object({ fr: text(160), en: text(160) }).optional(),
  }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    requireRole(access.actor, programAdminRoles);
    const source = await resolveTemplate(trx, access, input.from);
    const definition: ReportDefinition = {
      ...source.definition,
      name: input.name ?? {
        fr: `${source.definition.name.fr} (copie)`.slice(0, 160),
        en: `${source.definition.name.en} (copy)`.slice(0, 160),
      },
    };
    checkDefinition(definition);
    const id = newId();
    await templatesRepository(trx).insert({
      id,
      organizationId: access.actor.organizationId,
      programId: access.program.id,
      basedOn: input.from,
      definition,
      userId: access.actor.userId,
      at: now,
    });
    await audit.record({
      actorUserId: access.actor.userId,
      organizationId: access.actor.organizationId,
      subjectOrganizationId: access.actor.organizationId,
      action: 'reports.template_copied',
      resourceType: 'report_template',
      resourceId: id,
      requestId: ctx.requestId,
      details: { programId: access.program.id, from: input.from },
    });
    return presentTemplate(
      {
        ref: id,
        source: 'saved',
        version: 1,
        organizationId: access.actor.organizationId,
        basedOn: input.from,
        definition,
      },
      access,
    );
  },
);

/** Saves a new version of the organization's copy, checked against the catalogue; a stale version is refused. */
export const updateReportTemplate = defineUseCase(
  z.object({
    programId: z.uuid(),
    template: templateRef,
    version: z.number().int().min(1),
    definition: reportDefinition,
  }),
  async ({ input, ctx, trx, now, audit }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    const template = await ownCopy(access, trx, input.template);
    checkDefinition(input.definition);
    const saved = await templatesRepository(trx).update({
      id: template.ref,
      organizationId: access.actor.organizationId,
      expectedVersion: input.version,
      definition: input.definition,
      userId: access.actor.userId,
      at: now,
    });
    if (!saved) throw reportErrors.templateChanged();
    await audit.record({
      actorUserId: access.actor.userId,
      organizationId: access.actor.organizationId,
      subjectOrganizationId: access.actor.organizationId,
      action: 'reports.template_updated',
      resourceType: 'report_template',
      resourceId: template.ref,
      requestId: ctx.requestId,
      details: { programId: access.program.id, version: input.version + 1 },
    });
    return presentTemplate({ ...template, version: input.version + 1, definition: input.definition }, access);
  },
);

export const deleteReportTemplate = defineUseCase(
  z.object({ programId: z.uuid(), template: templateRef }),
  async ({ input, ctx, trx, now, audit }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    const template = await ownCopy(access, trx, input.template);
    await templatesRepository(trx).remove(template.ref, access.actor.organizationId);
    await audit.record({
      actorUserId: access.actor.userId,
      organizationId: access.actor.organizationId,
      subjectOrganizationId: access.actor.organizationId,
      action: 'reports.template_deleted',
      resourceType: 'report_template',
      resourceId: template.ref,
      requestId: ctx.requestId,
      details: { programId: access.program.id },
    });
  },
);
