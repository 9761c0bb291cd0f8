import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { enrolmentsOfPeople } from '../../programs/api.js';
import { renderPlanPdf } from '../adapters/plan-pdf.js';
import { planLanguages } from '../domain/vocabulary.js';
import { followedPerson, planRoles, visiblePlan } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { todayOf } from './plan-changes.js';
import { planViews } from './plan-view.js';

/** The plan as a PDF to print or send, in the plan's language unless another is asked for. */
export const planDocument = defineUseCase(
  z.object({ planId: z.uuid(), locale: z.enum(planLanguages).optional() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const plan = await visiblePlan(trx, actor, input.planId);
    const today = await todayOf(trx, actor.organizationId, now);
    const locale = input.locale ?? plan.language;
    const person = await followedPerson(trx, actor, plan.person_id);
    const [[view], organizations, enrolments] = await Promise.all([
      planViews(trx, [plan], today, { locale, sex: person.sex }),
      organizationsApi(trx).listOrganizations([plan.organization_id]),
      plan.program_id ? enrolmentsOfPeople(trx, plan.organization_id, [plan.person_id]) : Promise.resolve([]),
    ]);
    const enrolment = enrolments.find((e) => e.programId === plan.program_id);
    const pdf = await renderPlanPdf({
      locale,
      plan: view!,
      personName: `${person.givenName} ${person.familyName}`,
      personNameOriginal:
        [person.givenNameOriginal, person.familyNameOriginal].filter(Boolean).join(' ') || null,
      organizationName: organizations[0]?.name ?? '',
      programName: enrolment ? (locale === 'fr' ? enrolment.programNameFr : enrolment.programNameEn) : null,
      printedOn: today,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.print',
      resourceType: 'plan',
      resourceId: plan.id,
      personId: plan.person_id,
      details: { locale, revision: plan.revision },
    });
    const slug = `${person.familyName}-${person.givenName}`.normalize('NFD').replace(/[^A-Za-z0-9-]/g, '');
    return { filename: `plan-${slug}-${locale}.pdf`, pdf };
  },
);
