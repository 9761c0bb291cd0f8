import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { dayInZone } from '../../../core/time-zone.js';
import type { UseCaseScope } from '../../../core/use-case.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { renderPersonExportPdf } from '../adapters/export-pdf.js';
import { privacyExportRoles } from '../domain/privacy-roles.js';
import { gatherPersonExport } from './person-export.js';

async function exportOf(scope: UseCaseScope<{ personId: string }>, format: 'json' | 'pdf', locale?: string) {
  const actor = requireActor(scope.ctx);
  requireRole(actor, privacyExportRoles);
  // Exporting a whole file is a sensitive action: the session must have proven the password (and
  // second factor) within the last minutes (403 REAUTHENTICATION_REQUIRED otherwise).
  await accountsApi(scope.trx).requireRecentAuthentication(actor, scope.now);
  const data = await gatherPersonExport(
    scope.trx,
    scope.deps.keyRing,
    actor,
    scope.input.personId,
    scope.now,
  );
  await scope.audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'person.export',
    resourceType: 'person',
    resourceId: scope.input.personId,
    personId: scope.input.personId,
    requestId: scope.ctx.requestId,
    details: {
      format,
      ...(locale ? { locale } : {}),
      sections: data.counts,
      sensitiveShown: !data.sensitiveHidden,
      confidentialNotesHidden: data.confidentialNotesHidden,
    },
  });
  return data;
}

/** The day of the export where the organization works (its file names say that day). */
const day = (now: Date, data: { organization: { timeZone: string } }) =>
  dayInZone(now, data.organization.timeZone);

/** Everything held on the person, machine-readable (GDPR art. 15 and 20), as a JSON file. */
export const exportPersonData = defineUseCase(z.object({ personId: z.uuid() }), async (scope) => {
  const data = await exportOf(scope, 'json');
  return { filename: `person-data-${scope.input.personId}-${day(scope.now, data)}.json`, data };
});

/** The same, readable: a PDF in French or English. */
export const exportPersonDataPdf = defineUseCase(
  z.object({ personId: z.uuid(), locale: z.enum(['fr', 'en']).default('fr') }),
  async (scope) => {
    const data = await exportOf(scope, 'pdf', scope.input.locale);
    const pdf = await renderPersonExportPdf(data, scope.input.locale);
    return {
      filename: `person-data-${scope.input.personId}-${day(scope.now, data)}-${scope.input.locale}.pdf`,
      pdf,
    };
  },
);
