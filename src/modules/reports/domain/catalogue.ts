import { enrolmentIndicators } from './enrolment-indicators.js';
import { fundIndicators } from './fund-indicators.js';
import type { Catalogue } from './run-report.js';
import { standardTemplates } from './standard-templates.js';

/** Every indicator a report may hold, by code: the people a program accompanies, and its loan fund's books. */
export const catalogue: Catalogue = {
  enrolment: new Map(enrolmentIndicators.map((indicator) => [indicator.code, indicator])),
  fund: new Map(fundIndicators.map((indicator) => [indicator.code, indicator])),
};

export const standardTemplateOf = (key: string) => standardTemplates.find((t) => t.key === key);
