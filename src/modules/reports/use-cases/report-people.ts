import { z } from 'zod';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { unitKeyOf } from '../../outcomes/domain/measure.js';
import { catalogue } from '../domain/catalogue.js';
import { dataQuality, dataQualityChecks } from '../domain/data-quality.js';
import { sectionFigures } from '../domain/run-report.js';
import { reportErrors } from '../errors.js';
import { reportInputs } from './compute-report.js';
import { reportInput } from './program-report.js';
import { reportAccess, resolveTemplate } from './report-access.js';

/**
 * The people behind one figure of a report, or behind a data-quality finding, for staff who may see
 * files: those their own organization follows are named (and each read is audited), those of other
 * member organizations only counted. Funders never reach this (not found).
 */
export const reportPeople = defineUseCase(
  reportInput.extend({
    section: z.number().int().min(0).max(39).optional(),
    category: z.string().max(80).optional(),
    part: z.enum(['value', 'denominator']).default('value'),
    check: z.enum(dataQualityChecks).optional(),
  }),
  async ({ input, ctx, trx, now, deps, audit }) => {
    const access = await reportAccess(trx, ctx, input.programId, now);
    if (!personDataRoles.includes(access.actor.role)) throw reportErrors.programNotFound();
    // Checked once the reader may ask at all: a stranger learns nothing from the question's shape.
    if ((input.section === undefined) === (input.check === undefined)) throw reportErrors.peopleQuestion();
    const template = await resolveTemplate(trx, access, input.template);
    const inputs = await reportInputs(trx, deps.keyRing, access, template, input);
    let keys: ReadonlySet<string>;
    if (input.check !== undefined) {
      const finding = dataQuality(inputs.records, inputs.period, inputs.asOf).find(
        (f) => f.check === input.check,
      );
      keys = new Set(finding?.personIds ?? []);
    } else {
      const section = template.definition.sections[input.section ?? -1];
      if (!section || !catalogue.enrolment.has(section.indicator)) throw reportErrors.sectionNotFound();
      const figures = sectionFigures(
        section,
        { records: inputs.records, fund: null, context: inputs.context },
        catalogue,
      );
      const figure =
        input.category === undefined
          ? figures?.total
          : figures?.rows.find((row) => row.category === input.category)?.figure;
      if (!figure) throw reportErrors.sectionNotFound();
      keys = new Set(input.part === 'value' ? figure.members : figure.denominatorMembers);
    }
    const names = new Map(access.program.organizations.map((o) => [o.id, o.name]));
    const named = new Map<string, { personId: string; displayName: string; organizationName: string }>();
    const others = new Set<string>();
    for (const record of inputs.records) {
      // Members are the counting unit's keys (a person, a household) or, for some measures, people.
      if (!keys.has(unitKeyOf(record, inputs.context.unit)) && !keys.has(record.personId)) continue;
      if (record.organizationId !== access.actor.organizationId) {
        others.add(record.personId);
        continue;
      }
      named.set(record.personId, {
        personId: record.personId,
        displayName: inputs.displayNames.get(record.personId) ?? '',
        organizationName: names.get(record.organizationId) ?? '',
      });
    }
    const items = [...named.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
    for (const item of items)
      await audit.record({
        actorUserId: access.actor.userId,
        organizationId: access.actor.organizationId,
        subjectOrganizationId: access.actor.organizationId,
        action: 'reports.people_read',
        resourceType: 'program',
        resourceId: access.program.id,
        personId: item.personId,
        requestId: ctx.requestId,
        details: { template: input.template, section: input.section ?? null, check: input.check ?? null },
      });
    return { items, othersCount: [...others].filter((id) => !named.has(id)).length };
  },
);
