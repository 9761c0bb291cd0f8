import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { renderRegisterPdf } from '../adapters/register-pdf.js';
import { registerRoles } from '../domain/privacy-roles.js';
import { processingActivities, securityMeasures } from '../domain/register.js';
import { retentionPeriodsOf } from './retention-settings.js';

const localeInput = z.object({ locale: z.enum(['fr', 'en']).default('fr') });

/** The register of processing activities (GDPR art. 30) of the actor's organization, in one language. */
async function registerOf(db: Executor, organizationId: string, locale: 'fr' | 'en', today: string) {
  const organizations = organizationsApi(db);
  const [organization, consortia, periods] = await Promise.all([
    organizations.findOrganization(organizationId),
    organizations.consortiaOfOrganization(organizationId),
    retentionPeriodsOf(db, organizationId),
  ]);
  const partners = new Set<string>();
  for (const consortium of consortia)
    for (const member of await organizations.consortiumMembers(consortium.id))
      if (member.id !== organizationId) partners.add(member.name);
  const monthsOf = new Map(periods.map((p) => [p.purpose, p.months]));
  return {
    organization: { id: organizationId, name: organization?.name ?? '' },
    locale,
    drawnUpOn: today,
    partners: [...partners].sort(),
    activities: processingActivities.map((a) => ({
      id: a.id,
      name: a.name[locale],
      purpose: a.purpose[locale],
      legalBasis: a.legalBasis[locale],
      dataCategories: a.dataCategories.map((c) => c[locale]),
      peopleCategories: a.peopleCategories.map((c) => c[locale]),
      recipients: a.recipients.map((c) => c[locale]),
      retention:
        'setting' in a.retention
          ? { purpose: a.retention.setting, months: monthsOf.get(a.retention.setting) ?? null, text: null }
          : { purpose: null, months: null, text: a.retention.fixed[locale] },
    })),
    securityMeasures: securityMeasures.map((m) => m[locale]),
  };
}

export type ProcessingRegister = Awaited<ReturnType<typeof registerOf>>;

export const getProcessingRegister = defineUseCase(localeInput, async ({ input, ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, registerRoles);
  return registerOf(
    trx,
    actor.organizationId,
    input.locale,
    await organizationsApi(trx).todayOf(actor.organizationId, now),
  );
});

/** The same register as a PDF to print and sign. */
export const processingRegisterPdf = defineUseCase(localeInput, async ({ input, ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, registerRoles);
  const register = await registerOf(
    trx,
    actor.organizationId,
    input.locale,
    await organizationsApi(trx).todayOf(actor.organizationId, now),
  );
  return {
    filename: `processing-register-${register.drawnUpOn}-${input.locale}.pdf`,
    pdf: await renderRegisterPdf(register),
  };
});
