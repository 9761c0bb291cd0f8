import { programAdminRoles } from '../../../core/auth/roles.js';
import { catalogue } from '../domain/catalogue.js';
import type { ReportAccess, ResolvedTemplate } from './report-access.js';

/** A template as its reader sees it: editable only as its own organization's copy, by a role that configures programs. */
export function presentTemplate(template: ResolvedTemplate, access: ReportAccess) {
  return {
    ref: template.ref,
    source: template.source,
    version: template.version,
    basedOn: template.basedOn,
    organizationId: template.organizationId,
    editable:
      template.source === 'saved' &&
      template.organizationId === access.actor.organizationId &&
      programAdminRoles.includes(access.actor.role),
    definition: template.definition,
  };
}

/** The catalogue as the web app lists it. */
export function presentIndicators() {
  return [
    ...[...catalogue.enrolment.values()].map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      countingRule: i.countingRule,
      breakdowns: [...i.breakdowns],
    })),
    ...[...catalogue.fund.values()].map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      countingRule: i.countingRule,
      breakdowns: [],
    })),
  ];
}
