import { z } from 'zod';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase, type UseCaseScope } from '../../../core/use-case.js';
import { defaultSmallCellThreshold } from '../../outcomes/domain/vocabulary.js';
import { targetProgressOf } from '../../programs/api.js';
import { catalogue } from '../domain/catalogue.js';
import { dataQuality } from '../domain/data-quality.js';
import { runReport } from '../domain/run-report.js';
import { reportInputs } from './compute-report.js';
import { presentIndicators, presentTemplate } from './present.js';
import { type ReportAccess, reportAccess, resolveTemplate } from './report-access.js';

export const reportInput = z.object({
  programId: z.uuid(),
  template: z.string().regex(/^[a-z0-9_-]{2,60}$/i),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  fundId: z.uuid().optional(),
});
export type ReportInput = z.output<typeof reportInput>;

/** "N months after entry" said with the months of the program's rule (impulseR: 18). */
function withRuleMonths<I extends { code: string; name: { fr: string; en: string } }>(
  indicator: I,
  months: number | null,
): I {
  if (indicator.code !== 'positive_exit_rate_after_entry' || months === null) return indicator;
  return {
    ...indicator,
    name: {
      fr: indicator.name.fr.replace(' N ', ` ${months} `),
      en: indicator.name.en.replace(' N ', ` ${months} `),
    },
  };
}

/** Computes a report for its reader: staff read every figure, funders aggregates with small cells hidden. */
export async function computeProgramReport(scope: UseCaseScope<ReportInput>, access?: ReportAccess) {
  const { input, ctx, trx, now, deps } = scope;
  const reader = access ?? (await reportAccess(trx, ctx, input.programId, now));
  const template = await resolveTemplate(trx, reader, input.template);
  // Counted by the database; the records are read only for a section it does not count.
  const inputs = await reportInputs(trx, deps.keyRing, reader, template, input, true);
  const sections = runReport(
    template.definition,
    {
      records: inputs.records,
      fund: inputs.fund?.facts ?? null,
      context: inputs.context,
      ...(inputs.counted && { counted: inputs.counted }),
    },
    catalogue,
    reader.audience,
  );
  const used = new Set(template.definition.sections.map((s) => s.indicator));
  const funder = reader.audience === 'funder';
  // Targets whose period overlaps the report's, as the program page shows them to this reader.
  const progress = await targetProgressOf(trx, reader.actor, reader.program.id, now);
  const targets = progress.rows
    .filter((row) => row.periodStart <= inputs.period.to && row.periodEnd >= inputs.period.from)
    .map(({ series: _series, targetId: _id, ...row }) =>
      // A funder reads an actual of 1 to 9 no more here than in a section (nor the projection made from it).
      funder && row.actual > 0 && row.actual < defaultSmallCellThreshold
        ? { ...row, actual: null, projection: null, suppressed: true }
        : { ...row, suppressed: false },
    );
  return {
    access: reader,
    inputs,
    result: {
      program: { id: reader.program.id, nameFr: reader.program.nameFr, nameEn: reader.program.nameEn },
      template: presentTemplate(template, reader),
      period: inputs.period,
      asOf: inputs.asOf,
      countingUnit: inputs.context.unit,
      audience: reader.audience,
      drillDown: personDataRoles.includes(reader.actor.role),
      fund: inputs.fund
        ? { id: inputs.fund.id, name: inputs.fund.name, currency: inputs.fund.currency }
        : null,
      organizations: reader.organizations.map((o) => ({ id: o.id, name: o.name })),
      indicators: presentIndicators()
        .filter((i) => used.has(i.code))
        .map((i) => withRuleMonths(i, inputs.context.rule?.rule.measuredMonthsAfterEntry ?? null)),
      sections,
      targets,
      dataQuality: (
        inputs.dataQualityCounts ??
        dataQuality(inputs.records, inputs.period, inputs.asOf).map((f) => ({
          check: f.check,
          count: f.personIds.length,
        }))
      ).map(({ check, count }) => ({
        check,
        count: funder && count < defaultSmallCellThreshold ? null : count,
      })),
    },
  };
}

/**
 * A program's report over a period, computed from its records. Audited as a read of the program's
 * figures (no person is named in it).
 */
export const programReport = defineUseCase(reportInput, async (scope) => {
  const { result, access } = await computeProgramReport(scope);
  await scope.audit.record({
    actorUserId: access.actor.userId,
    organizationId: access.actor.organizationId,
    subjectOrganizationId: access.program.organizationId,
    action: 'reports.run',
    resourceType: 'program',
    resourceId: access.program.id,
    requestId: scope.ctx.requestId,
    details: { template: scope.input.template, from: result.period.from, to: result.period.to },
  });
  return result;
});
